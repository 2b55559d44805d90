#!/usr/bin/env bash
# summary.sh DIR: sums the count files DIR/*.counts (lines "PART PASSED
# FAILED SKIPPED UNIT", written by suite.sh and run-checks.sh), prints one
# line per file with each part in its own unit, then the total line
# "N passed, M failed".  Exits non-zero when anything failed or nothing ran.
set -uo pipefail
passed=0; failed=0
for f in "$1"/*.counts; do
	[ -e "$f" ] || continue
	line=""
	while read -r part p fl s unit; do
		[ -n "$part" ] || continue
		line+="${line:+, }$part $p/$((p + fl)) $unit"
		[ "$s" -gt 0 ] && line+=" ($s skipped)"
		passed=$((passed + p)); failed=$((failed + fl))
	done < "$f"
	name=${f##*/}
	echo "${name%.counts}: ${line:-nothing ran}"
done
[ $((passed + failed)) -gt 0 ] || failed=1
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

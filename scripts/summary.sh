#!/usr/bin/env bash
# summary.sh FILE...: sums the count files NAME.counts (lines "PART PASSED
# FAILED SKIPPED UNIT", written by suite.sh and run-checks.sh), prints one
# line per file with each part in its own unit, then the total line
# "N passed, M failed".  Exits non-zero when anything failed or nothing ran.
set -uo pipefail
passed=0; failed=0
for f in "$@"; do
	line=""
	while read -r part p fl s unit; do
		[ -n "$part" ] || continue
		line+="${line:+, }$part $p/$((p + fl)) $unit"
		[ "$s" -gt 0 ] && line+=" ($s skipped)"
		passed=$((passed + p)); failed=$((failed + fl))
	done < <(cat "$f" 2>/dev/null)
	name=${f##*/}
	[ -n "$line" ] || { line="nothing ran"; failed=$((failed + 1)); }
	echo "${name%.counts}: $line"
done
[ $((passed + failed)) -gt 0 ] || failed=1
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

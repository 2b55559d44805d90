#!/usr/bin/env bash
# run-checks.sh DIR: runs every DIR/*.sh as one check each and prints
# "ok - NAME", "not ok - NAME" or "skip - NAME".  Exit code 0 is a pass, 77
# a skip (the check cannot run here, e.g. its data is missing), anything
# else a failure.  With $SEIZURE_COUNTS set, appends the line
# "DIR PASSED FAILED SKIPPED checks" to that file (scripts/test.sh sums them).
set -uo pipefail
passed=0; failed=0; skipped=0
for check in "$1"/*.sh; do
	[ -e "$check" ] || continue
	echo "== $check"
	bash "$check"
	case $? in
		0) echo "ok - $check"; passed=$((passed + 1)) ;;
		77) echo "skip - $check"; skipped=$((skipped + 1)) ;;
		*) echo "not ok - $check"; failed=$((failed + 1)) ;;
	esac
done
echo "$1: $passed passed, $failed failed, $skipped skipped"
[ -n "${SEIZURE_COUNTS:-}" ] && echo "${1#test/} $passed $failed $skipped checks" >> "$SEIZURE_COUNTS"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# run-extras.sh DIR COUNTFILE: runs every DIR/*.sh as one test each (exit 0 = pass),
# prints "ok - NAME" / "not ok - NAME", and writes "PASSED FAILED" to COUNTFILE.
set -uo pipefail
passed=0; failed=0
for extra in "$1"/*.sh; do
	[ -e "$extra" ] || continue
	echo "== $extra"
	if bash "$extra"; then
		echo "ok - $extra"; passed=$((passed + 1))
	else
		echo "not ok - $extra"; failed=$((failed + 1))
	fi
done
echo "$passed $failed" > "$2"

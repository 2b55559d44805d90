#!/usr/bin/env bash
# The suite against one running server (inside pg_virtualenv, PG* set, the
# extension installed): pg_regress, pgTAP, the extra checks.  Appends one
# line per part, "PART PASSED FAILED SKIPPED UNIT", to $SEIZURE_COUNTS.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${SEIZURE_COUNTS:?set SEIZURE_COUNTS to the file that collects the counts}"
mk() { make -s --no-print-directory PG_CONFIG="${PG_CONFIG:-pg_config}" "$@"; }
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

t=$SECONDS
# pg_regress, counted in files: its summary line names the failures
files=$(mk regress-list | wc -w)
skipped=$(mk regress-skipped | wc -w)
mk installcheck 2>&1 | tee "$log/regress"
rc=${PIPESTATUS[0]}
failed=0
if [ "$rc" -ne 0 ]; then
	failed=$(sed -nE 's/^#? *([0-9]+) of [0-9]+ tests failed.*/\1/p' "$log/regress" | tail -1)
	failed=${failed:-$files}	# no summary: nothing can be counted as passed
	[ -f regression.diffs ] && head -300 regression.diffs
fi
[ "$skipped" -gt 0 ] && echo "skip - pg_regress: $(mk regress-skipped) (data missing, or a later server needed: see REGRESS_SKIPPED in the Makefile)"
echo "regress $((files - failed)) $failed $skipped files" >> "$SEIZURE_COUNTS"
echo "pg_regress: $((SECONDS - t)) s"; t=$SECONDS

# pgTAP, counted in assertions: pg_prove's summary
mk pgtap-check 2>&1 | tee "$log/prove"
rc=${PIPESTATUS[0]}
tests=$(sed -nE 's/^Files=[0-9]+, Tests=([0-9]+),.*/\1/p' "$log/prove" | tail -1)
bad=$(sed -nE 's/.*Failed ([0-9]+)\/[0-9]+ subtests.*/\1/p' "$log/prove" | awk '{s += $1} END {print s + 0}')
tests=${tests:-0}
# a suite that died or planned wrongly fails without a failed assertion
[ "$rc" -ne 0 ] && [ "$bad" -eq 0 ] && bad=1 && tests=$((tests + 1))
echo "pgtap $((tests - bad)) $bad 0 assertions" >> "$SEIZURE_COUNTS"
echo "pgTAP: $((SECONDS - t)) s"; t=$SECONDS

# the extra checks, counted in checks (run-checks.sh writes its own line)
bash scripts/run-checks.sh test/extra
echo "extra checks: $((SECONDS - t)) s"
exit 0

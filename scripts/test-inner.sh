#!/usr/bin/env bash
# Runs inside pg_virtualenv: pg_regress tests, then pgTAP suites.
# Writes the pass/fail counts into the folder given as $1.
set -uo pipefail
out=$1
passed=0; failed=0
make -s PG_CONFIG="$PG_CONFIG" installcheck 2>&1 | tee "$out/regress.log"
rrc=${PIPESTATUS[0]}
# PostgreSQL 15 prints "test NAME ... ok"; 16+ print TAP lines "ok N - NAME".
passed=$((passed + $(grep -cE '^(test .* \.\.\. ok|ok [0-9]+ )' "$out/regress.log")))
failed=$((failed + $(grep -cE '^(test .* \.\.\. FAILED|not ok [0-9]+ )' "$out/regress.log")))
# a run that failed without a failed test line (no expected file, crash) counts once
[ "$rrc" -ne 0 ] && ! grep -qE '^(test .* \.\.\. FAILED|not ok [0-9]+ )' "$out/regress.log" && failed=$((failed + 1))
[ -f regression.diffs ] && head -200 regression.diffs

psql -qX -c "CREATE EXTENSION IF NOT EXISTS pgtap" -c "CREATE EXTENSION IF NOT EXISTS seizure" >/dev/null
suites=(test/pgtap/*.sql)
if [ -e "${suites[0]}" ]; then
	pg_prove --ext .sql "${suites[@]}" | tee "$out/prove.log"
	prc=${PIPESTATUS[0]}
	tests=$(sed -nE 's/.*Tests=([0-9]+).*/\1/p' "$out/prove.log" | tail -1)
	bad=$(sed -nE 's/.*Failed ([0-9]+)\/[0-9]+ subtests.*/\1/p' "$out/prove.log" | awk '{s+=$1} END {print s+0}')
	tests=${tests:-0}; bad=${bad:-0}
	[ "$prc" -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
	passed=$((passed + tests - bad)); failed=$((failed + bad))
fi
# further checks that need a running server: one test each, named by file
bash scripts/run-extras.sh test/extra "$out/extra.count"
read -r p f < "$out/extra.count"
passed=$((passed + p)); failed=$((failed + f))
echo "$passed" > "$out/passed"; echo "$failed" > "$out/failed"
[ "$failed" -eq 0 ]

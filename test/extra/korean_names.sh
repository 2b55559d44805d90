#!/usr/bin/env bash
# Korean names across scripts: the pairs of test/data/korean_names/pairs.tsv
# (built by build_pairs.py from the surname and syllable tables and the
# romanization standards, not by the extension) must match when they are
# the same person, at least 95 % of them, and not match when they are not,
# at most 1 %.  Prints both rates and every pair on the wrong side.
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8
/usr/bin/python3 test/data/korean_names/build_pairs.py --check
db=korean_names_$$
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
createdb -E UTF8 -T template0 "$db"
psql -qX -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE EXTENSION seizure;
CREATE TABLE pairs (expect text, a text, b text, how text);
\copy pairs FROM 'test/data/korean_names/pairs.tsv'
CREATE TABLE results AS
  SELECT *, normalize_party(a, 'name') AS key_a, normalize_party(b, 'name') AS key_b,
         normalize_party(a, 'name') IS NOT DISTINCT FROM normalize_party(b, 'name') AS matched
    FROM pairs;
\pset footer off
SELECT expect, count(*) AS pairs, count(*) FILTER (WHERE matched) AS matched,
       round(100.0 * count(*) FILTER (WHERE matched) / count(*), 1) AS match_pct
  FROM results GROUP BY 1 ORDER BY 1;
\echo same person, not matched; different people, matched
SELECT expect, a, b, how, key_a, key_b FROM results
 WHERE (expect = 'same') <> matched ORDER BY 1, 4, 2;
SQL
read -r same diff < <(psql -qAtX -F ' ' -d "$db" -c "
  SELECT 100.0 * count(*) FILTER (WHERE expect = 'same' AND matched) / count(*) FILTER (WHERE expect = 'same'),
         100.0 * count(*) FILTER (WHERE expect = 'different' AND matched) / count(*) FILTER (WHERE expect = 'different')
    FROM results")
printf 'same-person pairs matched: %.1f %% (goal >= 95 %%)\ndifferent-person pairs matched: %.1f %% (goal <= 1 %%)\n' "$same" "$diff"
awk -v s="$same" -v d="$diff" 'BEGIN { exit !(s >= 95 && d <= 1) }'

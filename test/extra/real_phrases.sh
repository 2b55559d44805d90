#!/usr/bin/env bash
# Phrases as real reports write them (test/data/real_phrases.tsv: kind,
# phrase, expected, source).  A substance row holds when
# normalize_substance(phrase) is the expected key (NULL written as NULL).
# Prints the score and every row that does not hold; fails on any.  Rows
# of other kinds are left to their own check.
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8
file=test/data/real_phrases.tsv
[ "$(head -1 "$file")" = "$(printf 'kind\tphrase\texpected\tsource')" ] || { echo "bad header in $file"; exit 1; }
db=real_phrases_$$
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
createdb -E UTF8 -T template0 "$db"
psql -qX -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE EXTENSION seizure;
CREATE TABLE phrases (kind text, phrase text, expected text, source text);
\copy phrases FROM 'test/data/real_phrases.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
CREATE TABLE results AS
  SELECT phrase, expected, coalesce(normalize_substance(phrase), 'NULL') AS got
    FROM phrases WHERE kind = 'substance';
\pset footer off
\echo substance phrases read otherwise than expected
SELECT phrase, expected, got FROM results WHERE got <> expected ORDER BY phrase;
SQL
read -r ok total < <(psql -qAtX -F ' ' -d "$db" -c "
  SELECT count(*) FILTER (WHERE got = expected), count(*) FROM results")
echo "substance phrases as expected: $ok of $total"
[ "$total" -gt 0 ] && [ "$ok" -eq "$total" ]

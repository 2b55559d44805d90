#!/usr/bin/env bash
# Phrases as real reports write them (test/data/real_phrases.tsv): each row's
# kind (quantity or substance), phrase, expected reading and source.  A
# quantity row compares phrase::quantity::text, a substance row
# normalize_substance(phrase) (NULL written as NULL); a refusal is written
# as its SQLSTATE, "ERROR 22P02".  Prints the corpus's size and score and
# fails on any mismatch.
#
# bash test/extra/real_phrases.sh --actual   prints every row with what it
# gives, for writing new rows.  REAL_PHRASES=FILE checks another file.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-check}
file=${REAL_PHRASES:-test/data/real_phrases.tsv}
db=real_phrases_$$
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
[ -s "$file" ] || { echo "$file is missing or empty"; exit 1; }

# line number and the four columns, backslashes escaped for COPY; the header,
# comments (#) and blank lines left out; a malformed row stops the check
rows=$(awk -F'\t' '
	NR == 1 && $1 == "kind" { next }
	/^#/ || /^[ \t]*$/ { next }
	NF != 4 || ($1 != "quantity" && $1 != "substance") || $2 == "" || $3 == "" || $4 == "" {
		printf "%s:%d: want kind (quantity|substance), phrase, expected, source: %s\n", FILENAME, NR, $0 > "/dev/stderr"
		bad = 1; next
	}
	{ gsub(/\\/, "\\\\"); print NR "\t" $0 }
	END { exit bad }' "$file")

createdb -T template0 -E UTF8 --locale=C.UTF-8 "$db"
psql -qX -v ON_ERROR_STOP=1 -d "$db" <<SQL
CREATE EXTENSION seizure;
CREATE TABLE phrases (line int, kind text, phrase text, expected text, source text);
COPY phrases FROM STDIN;
$rows
\.
CREATE FUNCTION reading(kind text, phrase text) RETURNS text LANGUAGE plpgsql AS \$\$
BEGIN
  IF kind = 'quantity' THEN
    RETURN phrase::quantity::text;
  END IF;
  RETURN coalesce(normalize_substance(phrase), 'NULL');
EXCEPTION WHEN OTHERS THEN
  RETURN 'ERROR ' || SQLSTATE;
END \$\$;
CREATE TABLE results AS SELECT *, reading(kind, phrase) AS got FROM phrases;
SQL

q() { psql -qXAt -F ' | ' -d "$db" -c "$1"; }
if [ "$mode" = --actual ]; then
	q "SELECT line, kind, phrase, got FROM results ORDER BY line"
	exit 0
fi
q "SELECT '$file:' || line, kind, phrase, 'expected ' || expected, 'got ' || got
   FROM results WHERE got IS DISTINCT FROM expected ORDER BY line"
q "SELECT kind || ': ' || count(*) || ' phrases, ' || count(*) FILTER (WHERE got = expected) || ' read as expected'
   FROM results GROUP BY kind ORDER BY kind"
read -r total good < <(q "SELECT count(*), count(*) FILTER (WHERE got = expected) FROM results" | tr -d '|')
echo "$total phrases, $good read as expected"
[ "$total" -gt 0 ] && [ "$total" -eq "$good" ]

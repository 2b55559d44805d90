#!/usr/bin/env bash
# The bad-input corpus: every case in test/data/bad_input/*.tsv gives exactly
# the SQLSTATE or the value it expects.  Prints each mismatch and a count.
#
# A case is one line, tab-separated, in COPY text format (so \t \n \\ and
# \xHH escapes work):  target <TAB> input <TAB> expected
#   target    a type (quantity, quantity(mass), quantity_tally, ...), read as
#             CAST(input AS target); or an SQL expression in which $1 is the
#             input as text: quantity($1::numeric, 'kg'), normalize_party($1)
#   input     the text; {{N*text}} stands for text (without "}") repeated N times
#   expected  a SQLSTATE (22P02), or = followed by the exact output text ({{N*text}}
#             works here too)
#             (=NULL for a NULL result); an accepted value of a type must
#             also read back to itself
# Lines starting with # and empty lines are ignored.  Files named
# *.sql_ascii.tsv run in a SQL_ASCII database, so invalid UTF-8 reaches the
# parsers; the others in a UTF8 database.
#
# bash test/extra/bad_input.sh --actual   prints every case with what it gives
# (inside pg_virtualenv with the extension installed), for writing new cases.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-check}
export LC_ALL=C
dbs=()
cleanup() { for d in "${dbs[@]}"; do dropdb --if-exists "$d" >/dev/null 2>&1 || true; done; }
trap cleanup EXIT

setup_sql=$(cat <<'SQL'
CREATE EXTENSION seizure;
CREATE TABLE cases (src text, target text, input text, expected text, got text);
-- {{N*text}}: text repeated N times
CREATE FUNCTION expand(s text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  m text[];
  at int;
BEGIN
  LOOP
    m := regexp_match(s, '(\{\{([0-9]+)\*([^}]*)\}\})');
    EXIT WHEN m IS NULL;
    at := strpos(s, m[1]);
    s := substr(s, 1, at - 1) || repeat(m[3], m[2]::int) || substr(s, at + length(m[1]));
  END LOOP;
  RETURN s;
END $$;
-- a text as it is written in a case file: control bytes (and, in SQL_ASCII,
-- bytes over 0x7f) as \xHH
CREATE FUNCTION visible(s text) RETURNS text LANGUAGE sql AS $$
  SELECT coalesce(string_agg(CASE WHEN c = E'\\' THEN E'\\\\'
                         WHEN ascii(c) < 32 OR ascii(c) = 127
                              OR (ascii(c) > 127 AND getdatabaseencoding() = 'SQL_ASCII')
                         THEN '\x' || lpad(to_hex(ascii(c)), 2, '0')
                         ELSE c END, '' ORDER BY i), '')
  FROM regexp_split_to_table(s, '') WITH ORDINALITY AS t(c, i) WHERE c <> ''
$$;
CREATE FUNCTION run_case(target text, input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  r text;
  back text;
  is_expr boolean := strpos(target, '$1') > 0;
BEGIN
  IF is_expr THEN
    EXECUTE format('SELECT (%s)::text', target) INTO r USING input;
  ELSE
    EXECUTE format('SELECT CAST($1 AS %s)::text', target) INTO r USING input;
  END IF;
  IF r IS NULL THEN
    RETURN '=NULL';
  END IF;
  IF NOT is_expr THEN
    BEGIN
      EXECUTE format('SELECT CAST($1 AS %s)::text', target) INTO back USING r;
    EXCEPTION WHEN OTHERS THEN
      back := 'ERROR ' || SQLSTATE;
    END;
    IF back IS DISTINCT FROM r THEN
      RETURN format('=%s (does not read back: %s)', r, back);
    END IF;
  END IF;
  RETURN '=' || r;
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE;
END $$;
SQL
)

total=0; bad=0
for enc in UTF8 SQL_ASCII; do
	if [ "$enc" = UTF8 ]; then
		files=$(ls test/data/bad_input/*.tsv | grep -v '\.sql_ascii\.tsv$' || true)
		locale=C.UTF-8
	else
		files=$(ls test/data/bad_input/*.sql_ascii.tsv 2>/dev/null || true)
		locale=C
	fi
	[ -n "$files" ] || continue
	db="bad_input_$(echo "$enc" | tr 'A-Z' 'a-z')_$$"
	dbs+=("$db")
	createdb -T template0 -E "$enc" --locale="$locale" "$db"
	psql -qX -v ON_ERROR_STOP=1 -d "$db" -c "$setup_sql" >/dev/null
	# file:line, then the case's three fields
	awk -F'\t' 'BEGIN { OFS = "\t" } /^#/ || /^$/ { next }
		NF != 3 { printf "%s:%d: expected 3 tab-separated fields, got %d\n", FILENAME, FNR, NF > "/dev/stderr"; bad = 1; next }
		{ print FILENAME ":" FNR, $0 } END { exit bad }' $files |
		psql -qX -v ON_ERROR_STOP=1 -d "$db" \
			-c "\\copy cases (src, target, input, expected) FROM STDIN"
	psql -qX -v ON_ERROR_STOP=1 -d "$db" \
		-c "UPDATE cases SET expected = expand(expected), got = run_case(target, expand(input))" >/dev/null
	if [ "$mode" = --actual ]; then
		psql -qAtX -F$'\t' -d "$db" -c "SELECT src, target, visible(input), visible(got) FROM cases ORDER BY split_part(src, ':', 1), split_part(src, ':', 2)::int"
		continue
	fi
	n=$(psql -qAtX -d "$db" -c "SELECT count(*) FROM cases")
	psql -qAtX -d "$db" -F' | ' -c "SELECT src, target, visible(left(expand(input), 200)), 'expected ' || visible(left(expected, 200)), 'got ' || visible(left(got, 200))
		FROM cases WHERE got IS DISTINCT FROM expected ORDER BY split_part(src, ':', 1), split_part(src, ':', 2)::int" > /tmp/bad_input_$$.out
	m=$(wc -l < /tmp/bad_input_$$.out)
	cat /tmp/bad_input_$$.out; rm -f /tmp/bad_input_$$.out
	echo "bad_input ($enc): $n cases, $m mismatches"
	total=$((total + n)); bad=$((bad + m))
done
[ "$mode" = --actual ] && exit 0
echo "bad_input: $total cases, $bad mismatches"
[ "$total" -gt 0 ] && [ "$bad" -eq 0 ]

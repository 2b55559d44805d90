#!/usr/bin/env bash
# Mutation fuzzing inside the server: random insertions, deletions,
# replacements, repetitions and splices applied to the valid literals in
# test/data/fuzz_seeds.tsv.  Every mutant must either give a value whose
# output reads back to itself (types) or a result (expressions), or fail with
# a 22xxx SQLSTATE; the server must stay up with no "terminated by signal" in
# its log.  Runs in a SQL_ASCII database (any byte but NUL reaches the
# parsers) and a UTF8 one, for FUZZ_SQL_SECONDS in all (default 60).
#
# Seeds: target <TAB> literal, COPY text format; the target is a type (read
# as CAST(mutant AS target)) or an SQL expression of $1, as in the bad-input
# corpus.  Batches are seeded: a failing batch prints its seed, and
#   FUZZ_SQL_SEED=<seed> bash test/extra/mutation_fuzz.sh
# replays that one batch.
set -euo pipefail
cd "$(dirname "$0")/../.."
budget=${FUZZ_SQL_SECONDS:-60}
batch=${FUZZ_SQL_BATCH:-400}
dbs=()
cleanup() { for d in "${dbs[@]}"; do dropdb --if-exists "$d" >/dev/null 2>&1 || true; done; }
trap cleanup EXIT

setup_sql=$(cat <<'SQL'
CREATE EXTENSION IF NOT EXISTS seizure;
CREATE TABLE seeds (target text, literal text);
CREATE TABLE targets (id serial, target text);
CREATE FUNCTION rnd(n int) RETURNS int LANGUAGE sql AS 'SELECT floor(random() * n)::int';
-- a character worth inserting: number syntax, unit letters, any ASCII, bytes
-- (SQL_ASCII) or Latin-1 letters (UTF8), other scripts and look-alikes
CREATE FUNCTION rchar() RETURNS text LANGUAGE plpgsql AS $$
DECLARE k int := rnd(12);
BEGIN
  IF k < 4 THEN RETURN substr('0123456789+-.,eE~ kgLmtsx', 1 + rnd(26), 1);
  ELSIF k < 7 THEN RETURN chr(1 + rnd(126));
  ELSIF k < 9 THEN RETURN chr(128 + rnd(128));
  ELSE RETURN (ARRAY['정', '킬로', '그램', '톤', '–', ' ', '９', 'ｋ', '😀', 'Ω', 'µ', '​',
                     '﻿', '٫', 'и', 'ᄀ', '+', ' + ', '{', '"', '''', '\', '%s', '%n'])[1 + rnd(24)];
  END IF;
END $$;
CREATE FUNCTION mutate(s text, target text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  n int := 1 + rnd(3);
  len int;
  pos int;
  k int;
  other text;
BEGIN
  FOR i IN 1..n LOOP
    len := length(s);
    pos := 1 + rnd(len + 1);
    k := rnd(9);
    IF k = 0 THEN       -- insert
      s := substr(s, 1, pos - 1) || rchar() || substr(s, pos);
    ELSIF k = 1 THEN    -- delete a few
      s := substr(s, 1, pos - 1) || substr(s, pos + 1 + rnd(3));
    ELSIF k = 2 THEN    -- replace one
      s := substr(s, 1, pos - 1) || rchar() || substr(s, pos + 1);
    ELSIF k = 3 THEN    -- repeat a chunk: long inputs, many parts
      other := substr(s, pos, 1 + rnd(6));
      s := substr(s, 1, pos - 1) || repeat(other, 1 + rnd(200)) || substr(s, pos);
    ELSIF k = 4 THEN    -- a run of digits
      s := substr(s, 1, pos - 1) || substr(repeat('9876543210', 5), 1 + rnd(10), 1 + rnd(40)) || substr(s, pos);
    ELSIF k = 5 THEN    -- splice with another seed of the target
      SELECT literal INTO other FROM seeds WHERE seeds.target = mutate.target ORDER BY random() LIMIT 1;
      s := substr(s, 1, pos - 1) || substr(other, 1 + rnd(length(other) + 1));
    ELSIF k = 6 THEN    -- swap two neighbours
      s := substr(s, 1, pos - 1) || substr(s, pos + 1, 1) || substr(s, pos, 1) || substr(s, pos + 2);
    ELSIF k = 7 THEN    -- cut
      s := substr(s, 1, pos - 1);
    ELSE                -- change case
      s := CASE WHEN rnd(2) = 0 THEN upper(s) ELSE lower(s) END;
    END IF;
  END LOOP;
  RETURN s;
END $$;
-- one case: NULL when it behaves, else what went wrong
CREATE FUNCTION check_case(target text, input text, OUT outcome text, OUT problem text)
LANGUAGE plpgsql AS $$
DECLARE
  r text;
  back text;
BEGIN
  IF strpos(target, '$1') > 0 THEN
    EXECUTE format('SELECT (%s)::text', target) INTO r USING input;
    outcome := 'accepted';
    RETURN;
  END IF;
  EXECUTE format('SELECT CAST($1 AS %s)::text', target) INTO r USING input;
  outcome := 'accepted';
  BEGIN
    EXECUTE format('SELECT CAST($1 AS %s)::text', target) INTO back USING r;
  EXCEPTION WHEN OTHERS THEN
    back := 'ERROR ' || SQLSTATE || ' ' || SQLERRM;
  END;
  IF back IS DISTINCT FROM r THEN
    problem := format('output %L reads back as %L', r, back);
  END IF;
EXCEPTION WHEN OTHERS THEN
  outcome := 'rejected';
  IF SQLSTATE NOT LIKE '22%' THEN
    problem := format('ERROR %s %s', SQLSTATE, SQLERRM);
  END IF;
END $$;
CREATE FUNCTION fuzz_batch(seed float8, n int, OUT accepted int, OUT rejected int, OUT problems text[])
LANGUAGE plpgsql AS $$
DECLARE
  t text;
  m text;
  c record;
  ntargets int := (SELECT count(*) FROM targets);
  pick int;
BEGIN
  PERFORM setseed(seed);
  accepted := 0; rejected := 0; problems := '{}';
  FOR i IN 1..n LOOP
    pick := 1 + rnd(ntargets);   -- once: random() in WHERE would run per row
    SELECT target INTO t FROM targets WHERE id = pick;
    SELECT literal INTO m FROM seeds WHERE target = t ORDER BY random() LIMIT 1;
    m := mutate(m, t);
    c := check_case(t, m);
    IF c.outcome = 'accepted' THEN accepted := accepted + 1; ELSE rejected := rejected + 1; END IF;
    IF c.problem IS NOT NULL THEN
      problems := problems || format('%s | %L | %s', t, left(m, 300), c.problem);
    END IF;
  END LOOP;
END $$;
SQL
)

log=$(pg_lsclusters -h 2>/dev/null | awk '$4 == "online" { print $7; exit }')
start_lines=0
[ -n "$log" ] && [ -r "$log" ] && start_lines=$(wc -l < "$log")

status=0; total_ok=0; total_err=0; total_batches=0
for enc in SQL_ASCII UTF8; do
	db="mutation_$(echo "$enc" | tr 'A-Z' 'a-z')_$$"
	dbs+=("$db")
	if [ "$enc" = UTF8 ]; then locale=C.UTF-8; else locale=C; fi
	createdb -T template0 -E "$enc" --locale="$locale" "$db"
	psql -qX -v ON_ERROR_STOP=1 -d "$db" -c "$setup_sql" >/dev/null
	grep -v -e '^#' -e '^$' test/data/fuzz_seeds.tsv |
		psql -qX -v ON_ERROR_STOP=1 -d "$db" -c "\\copy seeds FROM STDIN"
	# every target equally often, whatever its number of seeds
	psql -qX -v ON_ERROR_STOP=1 -d "$db" -c "INSERT INTO targets (target) SELECT DISTINCT target FROM seeds ORDER BY 1" >/dev/null
	if [ -n "${FUZZ_SQL_SEED:-}" ]; then
		seeds=("$FUZZ_SQL_SEED")
	else
		seeds=()
	fi
	deadline=$((SECONDS + budget / 2))
	i=0
	while :; do
		if [ -n "${FUZZ_SQL_SEED:-}" ]; then
			[ "$i" -lt 1 ] || break
			seed=$FUZZ_SQL_SEED
		else
			[ "$SECONDS" -lt "$deadline" ] || break
			seed=$(awk -v r="$RANDOM$RANDOM" 'BEGIN { printf "%.6f", (r % 2000001) / 1000000 - 1 }')
		fi
		i=$((i + 1))
		if ! out=$(psql -qAtX -F'|' -d "$db" -c "SELECT accepted, rejected, array_to_string(problems, E'\\n') FROM fuzz_batch($seed, $batch)" 2>&1); then
			echo "mutation_fuzz ($enc): batch with seed $seed failed: $out"
			status=1; break
		fi
		ok=${out%%|*}; rest=${out#*|}; err=${rest%%|*}; problems=${rest#*|}
		total_ok=$((total_ok + ok)); total_err=$((total_err + err)); total_batches=$((total_batches + 1))
		if [ -n "$problems" ]; then
			echo "mutation_fuzz ($enc): seed $seed:"; echo "$problems"
			status=1
		fi
	done
	if ! psql -qAtX -d "$db" -c "SELECT 1" >/dev/null 2>&1; then
		echo "mutation_fuzz: the server is not answering"; status=1; break
	fi
done
if [ -n "$log" ] && [ -r "$log" ]; then
	if tail -n +"$((start_lines + 1))" "$log" | grep -E 'terminated by signal|was terminated|server process .* exited' ; then
		echo "mutation_fuzz: a server process died (see above)"; status=1
	fi
else
	echo "mutation_fuzz: server log not found; relying on the connection checks"
fi
echo "mutation_fuzz: $((total_ok + total_err)) mutants in $total_batches batches: $total_ok accepted, $total_err rejected with 22xxx"
exit $status

#!/usr/bin/env bash
# make sqlsmith: install sqlsmith if missing, build and install this tree,
# start a throwaway cluster, load tables of every type of the extension,
# run N random queries from sqlsmith as an unprivileged role with a
# statement timeout, then check that the server never crashed.
# Usage: mk/sqlsmith.sh QUERIES SEED
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
if [ "${1:-}" != inner ]; then
	command -v sqlsmith >/dev/null || bash scripts/deps.sh sqlsmith
	make -s PG_CONFIG="$PG_CONFIG" >/dev/null && make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
	ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
	exec pg_virtualenv -t -v "$ver" bash "$0" inner "${1:-10000}" "${2:-1}"
fi
queries=$2; seed=$3
log=$(pg_lsclusters -h | awk '{print $7; exit}')
createdb -T template0 -E UTF8 --locale=C.UTF-8 smith
psql -qX -v ON_ERROR_STOP=1 -d smith >/dev/null <<'SQL'
CREATE EXTENSION seizure;
CREATE ROLE smith LOGIN PASSWORD 'smith';
ALTER ROLE smith SET statement_timeout = '2s';
ALTER DATABASE smith SET track_functions = 'all';
ALTER ROLE smith SET seizure.linked_groups_max_nodes = 10000;
CREATE TABLE lots (id int PRIMARY KEY, q quantity, net quantity(mass), t quantity_tally,
                   s quantity_sum_state, r route, remark text, substance text, phone text, receiver text);
INSERT INTO lots
SELECT g,
       CASE g % 6 WHEN 0 THEN (g * 1.25 || ' kg') WHEN 1 THEN ('~' || g || ' g') WHEN 2 THEN (g || ' tablets')
                  WHEN 3 THEN (g || '.5 mL') WHEN 4 THEN (g / 3.0 || ' lb') ELSE ('-' || g || ' oz') END::quantity,
       CASE WHEN g % 3 = 0 THEN (g || ' mg')::quantity END,
       CASE WHEN g % 4 <> 1 THEN (g || ' kg + ~' || g % 13 || ' g + ' || g || ' vials')::quantity_tally END,
       CASE WHEN g % 5 = 0 THEN ('n=' || g || ' sum=' || g * 1000 || ' units=g,lb')::quantity_sum_state END,
       (ARRAY['traveler', 'mail', 'express', 'air cargo', 'sea cargo', 'general cargo', 'land', 'other'])[1 + g % 8]::route,
       (ARRAY['EMS parcel EE876543216CA from LA', '특송화물 운송장 1Z5R89390357567127', 'passenger on KE012, carry-on',
              'container CSQU3054383 at Busan', 'AWB 176-12345675', NULL])[1 + g % 6],
       (ARRAY['ice', '필로폰', 'Liquid Marijuana', 'ecstasy', 'cocaine', NULL, 'unknown'])[1 + g % 7],
       (ARRAY['010-1234-5678', '+1 (212) 555-0123', 'n/a', NULL])[1 + g % 4],
       (ARRAY['KIM, Min-su', 'O''Brien, Patrick J.', ' 김민수 ', NULL])[1 + g % 4]
FROM generate_series(1, 500) g;
CREATE INDEX ON lots (q);
CREATE INDEX ON lots USING hash (r);
CREATE TABLE quantities (q quantity);
INSERT INTO quantities SELECT q FROM lots;
CREATE VIEW totals AS SELECT r, sum(t) AS t, tally(q) AS q, count(*) FROM lots GROUP BY r;
GRANT SELECT, INSERT, UPDATE, DELETE ON lots, quantities TO smith;
GRANT SELECT ON totals TO smith;
SQL
echo "sqlsmith: $queries queries, seed $seed, as role smith (not a superuser), statement_timeout 2s"
start=$SECONDS
set +e
sqlsmith --target="host=$PGHOST port=$PGPORT dbname=smith user=smith password=smith" \
	--exclude-catalog --max-queries="$queries" --seed="$seed" --verbose > /tmp/sqlsmith.$$.out 2>&1
rc=$?
set -e
elapsed=$((SECONDS - start))
out=/tmp/sqlsmith.$$.out
grep -vE '^  [a-z_]+: [0-9]+/[0-9]+ \(bad/ok\)' "$out" | grep -vE '^[.ectsS]+$' | tail -30
sleep 1
echo "sqlsmith: calls of the extension's functions during the run (pg_stat_user_functions):"
psql -qAtX -d smith -F' ' <<'SQL'
SELECT format('  %s distinct functions called, %s calls', count(*), coalesce(sum(calls), 0))
FROM pg_stat_user_functions s
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = s.funcid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'seizure');
SELECT format('  %s: %s', s.funcid::regprocedure, s.calls)
FROM pg_stat_user_functions s
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = s.funcid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'seizure')
ORDER BY s.calls DESC LIMIT 15;
SQL
status=0
[ "$rc" -eq 0 ] || { echo "sqlsmith: exit code $rc"; status=1; }
if ! psql -qAtX -d smith -c "SELECT 1" >/dev/null 2>&1; then echo "sqlsmith: the server is not answering"; status=1; fi
if grep -E 'terminated by signal|was terminated by|server process .* exited with' "$log"; then
	echo "sqlsmith: a server process crashed"; status=1
fi
echo "sqlsmith: $queries queries in $elapsed s, exit code $rc, server crashes: $(grep -cE 'terminated by signal' "$log" || true)"
rm -f "$out"
exit $status

#!/usr/bin/env bash
# One long remark: classify_route and classify_route_explain against upper()
# on the same text, at 0.7, 1.4 and 2.9 MB of repeat('EMS EE876543216CA ', n)
# (the remark of the 0.3.0 report: a keyword and an S10 number, over and
# over), best of 5 calls each in one session.  A linear classifier keeps the
# ratio to upper() flat as the remark doubles; 0.2.0's grew fourfold.
# Usage: bench/long_remarks.sh        Runs in a throwaway server started from
# a private copy of the PostgreSQL tree (bench/private_server.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export BENCH_SERVER_OPTS="-c jit=off -c max_parallel_workers_per_gather=0"
source bench/private_server.sh
psql -qX -c "CREATE EXTENSION seizure"
psql -qX -At <<'SQL'
CREATE FUNCTION pg_temp.best_ms(q text, r text, runs int) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best float8 := 'Infinity'; BEGIN
  FOR i IN 1..runs LOOP
    t0 := clock_timestamp(); EXECUTE q USING r;
    best := least(best, 1000 * extract(epoch FROM clock_timestamp() - t0));
  END LOOP;
  RETURN best;
END $$;
CREATE TEMP TABLE remark AS SELECT 0 AS n, ''::text AS r;
SELECT format('%-8s %10s %16s %24s %8s %8s', 'size', 'upper', 'classify_route', 'classify_route_explain', 'ratio', 'explain');
WITH sizes(n) AS (VALUES (40000), (80000), (160000))
SELECT format('%-8s %7s ms %13s ms %21s ms %8s %8s', pg_size_pretty(length(r)::bigint),
              round(u::numeric, 1), round(c::numeric, 1), round(e::numeric, 1),
              round((c / u)::numeric, 1), round((e / u)::numeric, 1))
FROM sizes,
     LATERAL (SELECT repeat('EMS EE876543216CA ', n) AS r) rr,
     LATERAL (SELECT pg_temp.best_ms('SELECT upper($1)', r, 5) AS u,
                     pg_temp.best_ms('SELECT classify_route($1)', r, 5) AS c,
                     pg_temp.best_ms('SELECT classify_route_explain($1)', r, 5) AS e) t;
SQL

-- parallel query splits every aggregate and gives the serial plan's results
CREATE TABLE par AS
SELECT i, 'substance_' || (i % 7) AS substance,
       CASE i % 5 WHEN 0 THEN ((i % 1000) || '.125 g')
                  WHEN 1 THEN ((i % 300) || ' kg')
                  WHEN 2 THEN ('~' || (i % 50) || '.5 lb')
                  WHEN 3 THEN ((i % 90) || ' mg')
                  ELSE ((i % 10) || ' oz') END::quantity AS q,
       CASE WHEN i % 3 = 0 THEN (i % 40 || ' tablets')::quantity ELSE (i % 20 || ' mL')::quantity END AS mixed
FROM generate_series(1, 60000) i;
ANALYZE par;

CREATE TEMP TABLE serial AS
SELECT sum(q) AS s, avg(q) AS a, min(q) AS mn, max(q) AS mx, tally(q) AS t, tally(mixed) AS tm
FROM par;
CREATE TEMP TABLE serial_grouped AS
SELECT substance, sum(q) AS s, avg(q) AS a, tally(mixed) AS tm FROM par GROUP BY substance;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;

EXPLAIN (COSTS OFF)
SELECT sum(q), avg(q), min(q), max(q), tally(q), tally(mixed) FROM par;
SELECT s = sum(q) AND s::text = sum(q)::text AS sum_same,
       a = avg(q) AND a::text = avg(q)::text AS avg_same,
       mn = min(q) AND mx = max(q) AS minmax_same,
       t = tally(q) AND tm = tally(mixed) AS tally_same,
       sum(q) AS parallel_sum, tally(mixed) AS parallel_tally
FROM par, serial GROUP BY s, a, mn, mx, t, tm;

EXPLAIN (COSTS OFF)
SELECT substance, sum(q), avg(q), tally(mixed) FROM par GROUP BY substance;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE g.s = p.s AND g.s::text = p.s::text AND g.a = p.a AND g.tm = p.tm) AS same
FROM serial_grouped g
JOIN (SELECT substance, sum(q) AS s, avg(q) AS a, tally(mixed) AS tm FROM par GROUP BY substance) p
USING (substance);

-- sum(quantity_tally) is parallel too
CREATE TABLE par_tallies AS SELECT i % 100 AS k, tally(mixed) AS t FROM par GROUP BY i % 100;
EXPLAIN (COSTS OFF) SELECT sum(t) FROM par_tallies;
SELECT sum(t) = (SELECT tm FROM serial) AS rollup_same FROM par_tallies;

-- a parallel plan raises the same error as a serial one
\set SHOW_CONTEXT never
SELECT sum(mixed) FROM par;

RESET ALL;
DROP TABLE par, par_tallies;

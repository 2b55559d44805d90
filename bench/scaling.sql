-- One size of bench/scaling.sh: :rows amounts in g, kg, lb and mg; g is
-- the row number modulo 10,000, so g % G makes G groups of equal size.
DROP TABLE IF EXISTS amounts;
SELECT setseed(0.3) \g /dev/null
CREATE UNLOGGED TABLE amounts AS
SELECT (i % 10000)::int AS g,
       (round((random() * 1000)::numeric, 3)::text || ' ' || (ARRAY['g', 'kg', 'lb', 'mg'])[1 + (i % 4)])::quantity AS q
FROM generate_series(1, :rows) i;
ALTER TABLE amounts ADD COLUMN i8 int8;
UPDATE amounts SET i8 = round(value(q, 'mg'));
VACUUM FULL ANALYZE amounts;
SELECT :rows AS rows, pg_size_pretty(pg_table_size('amounts')) AS table_size,
       round(pg_table_size('amounts')::numeric / :rows, 1) AS bytes_per_row;

SELECT set_config('bench.rows', :'rows', false), set_config('bench.runs', :'runs', false) \g /dev/null
DO $$
DECLARE
  aggs text[] := ARRAY['sum(i8)', 'sum(q)', 'tally(q)'];
  groups int;
  workers int;
  stmts text[];
  plan jsonb;
BEGIN
  FOREACH workers IN ARRAY ARRAY[0, 2] LOOP
    EXECUTE format('SET max_parallel_workers_per_gather = %s', workers);
    FOREACH groups IN ARRAY ARRAY[1, 100, 10000] LOOP
      CONTINUE WHEN workers = 2 AND groups = 100;
      SELECT array_agg(CASE WHEN groups = 1 THEN format('SELECT %s FROM amounts', a)
                            ELSE format('SELECT g %% %s, %s FROM amounts GROUP BY 1', groups, a) END ORDER BY o)
      INTO stmts FROM unnest(aggs) WITH ORDINALITY u(a, o);
      TRUNCATE timings;
      PERFORM pg_temp.time_bench('scaling', aggs, ARRAY[NULL, 'sum(i8)', 'sum(i8)'], stmts,
                                 current_setting('bench.runs')::int);
      INSERT INTO scaling_timings
      SELECT current_setting('bench.rows')::bigint, groups, workers, variant, median_ms, min_ms, max_ms
      FROM timings;
      IF workers = 0 AND groups > 1 THEN
        FOR i IN 1..3 LOOP
          SET enable_sort = off;	-- a hash aggregate, whose memory EXPLAIN reports
          EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || stmts[i] INTO plan;
          RESET enable_sort;
          INSERT INTO scaling_memory
          SELECT current_setting('bench.rows')::bigint, groups, aggs[i], (m #>> '{}')::numeric
          FROM jsonb_path_query(plan, 'strict $.**."Peak Memory Usage"') m;
        END LOOP;
      END IF;
    END LOOP;
  END LOOP;
  RESET max_parallel_workers_per_gather;
END $$;
DROP TABLE amounts;

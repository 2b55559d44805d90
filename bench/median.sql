-- median_ms(stmt, runs): the median wall time of a statement in ms over
-- runs runs, after one warm-up run (caches, hint bits).  Included by the
-- benchmarks with \ir.
CREATE FUNCTION pg_temp.median_ms(stmt text, runs int DEFAULT 5) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  times numeric[] := '{}';
BEGIN
  EXECUTE stmt;                                   -- warm-up (caches, hint bits)
  FOR i IN 1..runs LOOP
    t0 := clock_timestamp();
    EXECUTE stmt;
    times := times || (extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric;
  END LOOP;
  RETURN (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY x)::numeric, 1) FROM unnest(times) x);
END $$;

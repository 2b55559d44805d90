-- Benchmark helpers: median wall time of a statement over several runs.
\pset footer off
CREATE EXTENSION IF NOT EXISTS seizure;
CREATE EXTENSION IF NOT EXISTS unit;

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

CREATE TEMP TABLE results (bench text, variant text, ms numeric, baseline text);

-- prints each variant's median and its ratio to the named baseline variant
CREATE FUNCTION pg_temp.report(b text) RETURNS TABLE (variant text, median_ms numeric, ratio text)
LANGUAGE sql AS $$
  SELECT r.variant, r.ms,
         CASE WHEN r.baseline IS NULL THEN '' ELSE
           round(r.ms / NULLIF((SELECT x.ms FROM results x WHERE x.bench = r.bench AND x.variant = r.baseline), 0), 2)
           || 'x ' || r.baseline END
  FROM results r WHERE r.bench = b ORDER BY r.ms
$$;

-- Timing helpers for the benchmarks that report ranges: each statement runs
-- once to warm the cache, then :runs times; median, fastest and slowest are
-- kept, with the variant it is compared to.
\pset footer off
CREATE EXTENSION IF NOT EXISTS seizure;
CREATE EXTENSION IF NOT EXISTS unit;

CREATE TEMP TABLE timings (bench text, variant text, baseline text,
                           median_ms numeric, min_ms numeric, max_ms numeric, ord serial);

CREATE FUNCTION pg_temp.time_it(b text, v text, base text, stmt text, runs int)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  times numeric[] := '{}';
BEGIN
  EXECUTE stmt;
  FOR i IN 1..runs LOOP
    t0 := clock_timestamp();
    EXECUTE stmt;
    times := times || (extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric;
  END LOOP;
  INSERT INTO timings (bench, variant, baseline, median_ms, min_ms, max_ms)
  SELECT b, v, base, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY x)::numeric, 1),
         round(min(x), 1), round(max(x), 1)
  FROM unnest(times) x;
END $$;

-- one line per variant: median (range) and the ratio of medians to its baseline
CREATE FUNCTION pg_temp.report(b text)
RETURNS TABLE (bench text, variant text, median_ms numeric, range_ms text, ratio text)
LANGUAGE sql AS $$
  SELECT t.bench, t.variant, t.median_ms, t.min_ms || '-' || t.max_ms,
         CASE WHEN t.baseline IS NULL THEN '' ELSE
           round(t.median_ms / NULLIF(x.median_ms, 0), 2) || 'x ' || t.baseline END
  FROM timings t LEFT JOIN timings x ON x.bench = t.bench AND x.variant = t.baseline
  WHERE t.bench = b ORDER BY t.ord
$$;

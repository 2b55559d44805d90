-- Timing helpers for the benchmarks that report ranges: median, fastest and
-- slowest of each variant, with the variant it is compared to.
\pset footer off
CREATE EXTENSION IF NOT EXISTS seizure;
CREATE EXTENSION IF NOT EXISTS unit;

CREATE TEMP TABLE timings (bench text, variant text, baseline text,
                           median_ms numeric, min_ms numeric, max_ms numeric, ord serial);

-- Times the variants of one bench interleaved (a, b, c, a, b, c, ...), so
-- that load from elsewhere on the machine falls on all of them alike; each
-- runs once first to warm the cache.
CREATE FUNCTION pg_temp.time_bench(b text, variants text[], baselines text[], stmts text[], runs int)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  times numeric[] := '{}';	-- runs x variants, row-major by run
  n int := array_length(variants, 1);
BEGIN
  FOR v IN 1..n LOOP
    EXECUTE stmts[v];
  END LOOP;
  FOR r IN 1..runs LOOP
    FOR v IN 1..n LOOP
      t0 := clock_timestamp();
      EXECUTE stmts[v];
      times := times || (extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric;
    END LOOP;
  END LOOP;
  FOR v IN 1..n LOOP
    INSERT INTO timings (bench, variant, baseline, median_ms, min_ms, max_ms)
    SELECT b, variants[v], baselines[v],
           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY x)::numeric, 1), round(min(x), 1), round(max(x), 1)
    FROM (SELECT times[(r - 1) * n + v] AS x FROM generate_series(1, runs) r) s;
  END LOOP;
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

-- Benchmark helpers: median wall time of a statement over several runs.
\pset footer off
CREATE EXTENSION IF NOT EXISTS seizure;
CREATE EXTENSION IF NOT EXISTS unit;

\ir median.sql

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

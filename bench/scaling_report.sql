\pset footer off
\echo 'median ms (range) by rows and groups; ratio to sum(int8) on the same rows; ns per row'
SELECT t.rows, t.groups, t.workers, t.agg, t.median_ms, t.min_ms || '-' || t.max_ms AS range_ms,
       round(t.median_ms / b.median_ms, 2) AS over_int8,
       round(t.median_ms * 1e6 / t.rows, 1) AS ns_per_row
FROM scaling_timings t JOIN scaling_timings b USING (rows, groups, workers)
WHERE b.agg = 'sum(i8)'
ORDER BY t.workers, t.groups, t.agg, t.rows;

\echo 'growth with rows: median time relative to the smallest size, per aggregate and groups (serial)'
SELECT t.agg, t.groups, t.rows, round(t.median_ms / s.median_ms, 2) AS time_ratio,
       round(t.rows::numeric / s.rows, 1) AS rows_ratio
FROM scaling_timings t
JOIN scaling_timings s ON s.agg = t.agg AND s.groups = t.groups AND s.workers = t.workers
 AND s.rows = (SELECT min(rows) FROM scaling_timings)
WHERE t.workers = 0 ORDER BY t.agg, t.groups, t.rows;

\echo 'parallel speed-up with 2 workers (serial median / parallel median)'
SELECT s.rows, s.groups, s.agg, round(s.median_ms / p.median_ms, 2) AS speed_up
FROM scaling_timings s JOIN scaling_timings p USING (rows, groups, agg)
WHERE s.workers = 0 AND p.workers = 2 ORDER BY s.agg, s.groups, s.rows;

\echo 'hash aggregate peak memory per group (bytes): fixed as rows grow'
SELECT rows, groups, agg, peak_kb, round(peak_kb * 1024 / groups) AS bytes_per_group
FROM scaling_memory ORDER BY agg, groups, rows;

-- Tables kept across the sizes of bench/scaling.sh: every timing, and the
-- hash aggregate's peak memory per group.
CREATE TABLE scaling_timings (rows bigint, groups int, workers int, agg text,
                              median_ms numeric, min_ms numeric, max_ms numeric);
CREATE TABLE scaling_memory (rows bigint, groups int, agg text, peak_kb numeric);


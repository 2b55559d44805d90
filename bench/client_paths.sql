-- Issue 15's ratios in one run (see bench/client_paths.sh).  Every
-- competitor holds the same amounts: n is value(q) as numeric, i8 the
-- amount in whole mg as int8, u postgresql-unit's unit parsed from the same
-- text.  Goals: text output <= 1.2x numeric_out, conversion <= 1.2x the
-- numeric multiply, sum(quantity) <= 1.1x sum(int8).
\echo 'rows:' :rows ' runs:' :runs ' groups:' :groups
-- the benches to run: all, or those named in the variable only (psql -v
-- only='sum,per group')
\if :{?only}
\else
\set only ''
\endif
-- and of those, all variants, or those named in the variable variants
\if :{?variants}
\else
\set variants ''
\endif
SELECT :'only' = '' OR :'only' LIKE '%parse%' AS need_texts,
       :'only' = '' OR :'only' LIKE '%tally projection%' AS need_tallies \gset
SELECT setseed(0.15) \gset
CREATE TABLE amounts AS
SELECT i AS id, i % :groups AS grp,
       (round((random() * 1000)::numeric, 3)::text || ' ' ||
        (ARRAY['g', 'kg', 'lb', 'mg'])[1 + (i % 4)])::quantity AS q
FROM generate_series(1, :rows) i;
ALTER TABLE amounts ADD COLUMN n numeric, ADD COLUMN i8 int8, ADD COLUMN u unit,
  ADD COLUMN q_text text, ADD COLUMN n_text text, ADD COLUMN u_text text;
UPDATE amounts SET n = value(q), i8 = round(value(q, 'mg')),
  u = (value(q)::text || ' ' || unit(q))::unit;
\if :need_texts
UPDATE amounts SET q_text = q::text, n_text = n::text, u_text = u::text;
\endif
VACUUM FULL ANALYZE amounts;
-- one tally per 4 rows, for the tally projections
CREATE TABLE tallies AS
SELECT tally(q) AS t, sum(n) AS n FROM amounts WHERE :'need_tallies' GROUP BY id / 4;
VACUUM ANALYZE tallies;

-- each: bench, variant, baseline, statement
CREATE TEMP TABLE plan (bench text, variant text, baseline text, stmt text, ord serial);
INSERT INTO plan (bench, variant, baseline, stmt) VALUES
  ('text output', 'numeric', NULL, 'SELECT count(n::text) FROM amounts'),
  ('text output', 'quantity', 'numeric', 'SELECT count(q::text) FROM amounts'),
  ('text output', 'unit', 'numeric', 'SELECT count(u::text) FROM amounts'),
  ('binary send', 'numeric', NULL, 'SELECT count(numeric_send(n)) FROM amounts'),
  ('binary send', 'quantity', 'numeric', 'SELECT count(quantity_send(q)) FROM amounts'),
  ('binary send', 'unit', 'numeric', 'SELECT count(unit_send(u)) FROM amounts'),
  ('conversion', 'numeric * 0.45359237', NULL, 'SELECT sum(n * 0.45359237) FROM amounts'),
  ('conversion', 'value(q, ''kg'')', 'numeric * 0.45359237', 'SELECT sum(value(q, ''kg'')) FROM amounts'),
  ('conversion', 'mass_kg(q)', 'numeric * 0.45359237', 'SELECT sum(mass_kg(q)) FROM amounts'),
  ('conversion', 'value(to_unit(q, ''kg''))', 'numeric * 0.45359237', 'SELECT sum(value(to_unit(q, ''kg''))) FROM amounts'),
  ('conversion', 'unit: value(u) (kg, float8)', 'numeric * 0.45359237', 'SELECT sum(value(u)) FROM amounts'),
  ('multiply', 'numeric * 2.5', NULL, 'SELECT count(n * 2.5) FROM amounts'),
  ('multiply', 'quantity * 2.5', 'numeric * 2.5', 'SELECT count(q * 2.5) FROM amounts'),
  ('multiply', 'quantity * 0.0000000000000000000025 (through numeric)', 'numeric * 2.5',
   'SELECT count(q * 0.0000000000000000000025) FROM amounts'),
  ('tally projection', 'numeric * 0.45359237', NULL, 'SELECT sum(n * 0.45359237) FROM tallies'),
  ('tally projection', 'mass_kg(tally)', 'numeric * 0.45359237', 'SELECT sum(mass_kg(t)) FROM tallies'),
  ('sum', 'sum(int8)', NULL, 'SELECT sum(i8) FROM amounts'),
  ('sum', 'sum(numeric)', 'sum(int8)', 'SELECT sum(n) FROM amounts'),
  ('sum', 'sum(quantity)', 'sum(int8)', 'SELECT sum(q) FROM amounts'),
  ('sum', 'tally(quantity)', 'sum(int8)', 'SELECT tally(q) FROM amounts'),
  ('sum', 'unit: sum(unit)', 'sum(int8)', 'SELECT sum(u) FROM amounts'),
  ('per group', 'sum(numeric)', NULL, 'SELECT grp, sum(n) FROM amounts GROUP BY grp'),
  ('per group', 'sum(int8)', 'sum(numeric)', 'SELECT grp, sum(i8) FROM amounts GROUP BY grp'),
  ('per group', 'sum(quantity)', 'sum(numeric)', 'SELECT grp, sum(q) FROM amounts GROUP BY grp'),
  ('per group', 'tally(quantity)', 'sum(numeric)', 'SELECT grp, tally(q) FROM amounts GROUP BY grp'),
  ('per group', 'unit: sum(unit)', 'sum(numeric)', 'SELECT grp, sum(u) FROM amounts GROUP BY grp'),
  ('parse', 'numeric', NULL, 'SELECT count(n_text::numeric) FROM amounts'),
  ('parse', 'quantity', 'numeric', 'SELECT count(q_text::quantity) FROM amounts'),
  ('parse', 'unit', 'numeric', 'SELECT count(u_text::unit) FROM amounts'),
  ('ORDER BY', 'numeric', NULL, 'SELECT count(*) FROM (SELECT n FROM amounts ORDER BY n OFFSET 0) s'),
  ('ORDER BY', 'quantity', 'numeric', 'SELECT count(*) FROM (SELECT q FROM amounts ORDER BY q OFFSET 0) s'),
  ('ORDER BY', 'int8', 'numeric', 'SELECT count(*) FROM (SELECT i8 FROM amounts ORDER BY i8 OFFSET 0) s'),
  ('ORDER BY', 'unit', 'numeric', 'SELECT count(*) FROM (SELECT u FROM amounts ORDER BY u OFFSET 0) s'),
  ('CREATE INDEX', 'numeric', NULL, 'CREATE INDEX i_n ON amounts (n); DROP INDEX i_n'),
  ('CREATE INDEX', 'quantity', 'numeric', 'CREATE INDEX i_q ON amounts (q); DROP INDEX i_q'),
  ('CREATE INDEX', 'int8', 'numeric', 'CREATE INDEX i_i ON amounts (i8); DROP INDEX i_i'),
  ('CREATE INDEX', 'unit', 'numeric', 'CREATE INDEX i_u ON amounts (u); DROP INDEX i_u');

SELECT set_config('bench.only', :'only', false), set_config('bench.runs', :'runs', false),
       set_config('bench.variants', :'variants', false) \g /dev/null
DO $$
DECLARE
  b record;
BEGIN
  FOR b IN SELECT bench, array_agg(variant ORDER BY ord) AS variants,
                  array_agg(baseline ORDER BY ord) AS baselines, array_agg(stmt ORDER BY ord) AS stmts
           FROM plan
           WHERE (current_setting('bench.only') = ''
                  OR bench = ANY (string_to_array(current_setting('bench.only'), ',')))
             AND (current_setting('bench.variants') = ''
                  OR variant = ANY (string_to_array(current_setting('bench.variants'), ',')))
           GROUP BY bench ORDER BY min(ord)
  LOOP
    PERFORM pg_temp.time_bench(b.bench, b.variants, b.baselines, b.stmts,
                               current_setting('bench.runs')::int);
  END LOOP;
END $$;

\echo 'median and range (ms) of each variant, and the ratio of medians to its competitor'
SELECT r.bench, r.variant, r.median_ms, r.range_ms, r.ratio
FROM (SELECT DISTINCT bench FROM timings) b, LATERAL pg_temp.report(b.bench) r
JOIN timings t ON t.bench = r.bench AND t.variant = r.variant
ORDER BY t.ord;

\echo 'the goals (ratios of medians)'
SELECT 'text output, quantity / numeric' AS ratio,
       round((SELECT median_ms FROM timings WHERE bench = 'text output' AND variant = 'quantity') /
             (SELECT median_ms FROM timings WHERE bench = 'text output' AND variant = 'numeric'), 2) AS value, '<= 1.2' AS goal
UNION ALL
SELECT 'binary send, quantity / numeric',
       round((SELECT median_ms FROM timings WHERE bench = 'binary send' AND variant = 'quantity') /
             (SELECT median_ms FROM timings WHERE bench = 'binary send' AND variant = 'numeric'), 2), '<= 1'
UNION ALL
SELECT 'conversion, value(q, kg) / numeric multiply',
       round((SELECT median_ms FROM timings WHERE bench = 'conversion' AND variant = 'value(q, ''kg'')') /
             (SELECT median_ms FROM timings WHERE bench = 'conversion' AND variant = 'numeric * 0.45359237'), 2), '<= 1.2'
UNION ALL
SELECT 'sum(quantity) / sum(int8)',
       round((SELECT median_ms FROM timings WHERE bench = 'sum' AND variant = 'sum(quantity)') /
             (SELECT median_ms FROM timings WHERE bench = 'sum' AND variant = 'sum(int8)'), 2), '<= 1.1';

\echo 'bytes on disk per row (average column size) and aggregate state per group'
SELECT round(avg(pg_column_size(q)), 1) AS quantity, round(avg(pg_column_size(n)), 1) AS numeric,
       round(avg(pg_column_size(i8)), 1) AS int8, round(avg(pg_column_size(u)), 1) AS unit
FROM amounts;
SELECT pg_column_size(quantity_sum_trans(NULL, '1 kg')) AS sum_state_bytes,
       pg_column_size('24.2 kg'::quantity_tally) AS tally_one_kind_bytes,
       pg_column_size('24.2 kg + ~7.2 kg + 2782 tablets'::quantity_tally) AS tally_three_parts_bytes;

\echo 'the results agree with the competitors'
SELECT sum(value(q, 'kg')) = sum(n * CASE unit(q) WHEN 'g' THEN 0.001 WHEN 'kg' THEN 1 WHEN 'lb' THEN 0.45359237 ELSE 0.000001 END) AS conversion_agrees,
       value(sum(q), 'kg') = sum(n * CASE unit(q) WHEN 'g' THEN 0.001 WHEN 'kg' THEN 1 WHEN 'lb' THEN 0.45359237 ELSE 0.000001 END) AS sum_agrees,
       count(*) FILTER (WHERE q::text <> n::text || ' ' || unit(q)) = 0 AS text_agrees
FROM amounts;

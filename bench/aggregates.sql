-- sum/tally/avg over 5M quantities against sum(numeric), sum(int8) and
-- postgresql-unit's sum(unit) on the same amounts, with parallel workers off
-- and on, then grouped by substance.  Goals: sum(quantity) no slower than
-- sum(numeric) and within 1.5x of sum(int8); tally within 1.5x of sum(numeric).
\echo 'aggregate benchmark: 5,000,000 rows, amounts in g, kg and lb, 20 substances; median of 5 runs'
SELECT setseed(0.25) \gset
CREATE TABLE amounts AS
SELECT 'substance_' || (i % 20) AS substance,
       (round((random() * 1000)::numeric, 3)::text || ' ' ||
        (ARRAY['g', 'kg', 'lb'])[1 + (i % 3)])::quantity AS q
FROM generate_series(1, 5000000) i;
-- the same amounts as numeric grams, int8 milligrams, and postgresql-unit values
ALTER TABLE amounts ADD COLUMN n numeric, ADD COLUMN i8 int8, ADD COLUMN u unit;
UPDATE amounts SET n = value(q, 'g'), i8 = round(value(q, 'mg')), u = (value(q, 'g')::text || ' g')::unit;
VACUUM FULL ANALYZE amounts;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;

CREATE FUNCTION pg_temp.run(label text, workers int, grp text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  b text := label;
  g text := CASE WHEN grp = '' THEN '' ELSE ' GROUP BY ' || grp END;
  sel text := CASE WHEN grp = '' THEN '' ELSE grp || ', ' END;
BEGIN
  EXECUTE format('SET max_parallel_workers_per_gather = %s', workers);
  INSERT INTO results VALUES
    (b, 'sum(int8)',     pg_temp.median_ms(format('SELECT %s sum(i8) FROM amounts%s', sel, g)), NULL),
    (b, 'sum(numeric)',  pg_temp.median_ms(format('SELECT %s sum(n) FROM amounts%s', sel, g)), 'sum(int8)'),
    (b, 'sum(quantity)', pg_temp.median_ms(format('SELECT %s sum(q) FROM amounts%s', sel, g)), 'sum(numeric)'),
    (b, 'avg(quantity)', pg_temp.median_ms(format('SELECT %s avg(q) FROM amounts%s', sel, g)), 'sum(numeric)'),
    (b, 'tally(quantity)', pg_temp.median_ms(format('SELECT %s tally(q) FROM amounts%s', sel, g)), 'sum(numeric)'),
    (b, 'sum(unit)',     pg_temp.median_ms(format('SELECT %s sum(u) FROM amounts%s', sel, g)), 'sum(numeric)');
END $$;

SELECT pg_temp.run('no workers', 0, '') \gset
\echo 'whole table, parallel workers off'
SELECT * FROM pg_temp.report('no workers');
SELECT pg_temp.run('2 workers', 2, '') \gset
\echo 'whole table, 2 parallel workers'
SELECT * FROM pg_temp.report('2 workers');
SELECT pg_temp.run('grouped, no workers', 0, 'substance') \gset
\echo 'GROUP BY substance (20 groups), parallel workers off'
SELECT * FROM pg_temp.report('grouped, no workers');
SELECT pg_temp.run('grouped, 2 workers', 2, 'substance') \gset
\echo 'GROUP BY substance (20 groups), 2 parallel workers'
SELECT * FROM pg_temp.report('grouped, 2 workers');

\echo 'sum(quantity) / sum(int8), per setting'
SELECT r.bench, round(r.ms / b.ms, 2) AS sum_quantity_over_int8
FROM results r JOIN results b ON b.bench = r.bench AND b.variant = 'sum(int8)'
WHERE r.variant = 'sum(quantity)' ORDER BY r.bench;
\echo 'state sizes (bytes)'
SELECT pg_column_size(quantity_sum_trans(NULL, '1 kg')) AS sum_state,
       pg_column_size('24.2 kg'::quantity_tally) AS tally_one_part,
       pg_column_size('24.2 kg + 2782 tablets'::quantity_tally) AS tally_two_parts;
-- results agree
SELECT sum(q) = quantity(sum(n), 'g') AS sum_agrees, tally(q) = quantity(sum(n), 'g')::quantity_tally AS tally_agrees
FROM amounts;

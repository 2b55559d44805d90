-- Parsing 2M amounts as quantity, numeric and postgresql-unit's unit, and
-- building a btree index on each.  Goal: quantity parses in at most 1.5x
-- numeric's time and faster than unit.
\echo 'quantity parse and index benchmark: 2,000,000 amounts (g, kg, lb), median of 5 runs'
SET max_parallel_workers_per_gather = 0;
SELECT setseed(0.5) \gset
CREATE TABLE amounts AS
SELECT n::text AS num_text, n::text || ' ' || u AS qty_text
FROM (SELECT round((random() * 10000)::numeric, (random() * 4)::int) AS n,
             (ARRAY['g', 'kg', 'lb'])[1 + (random() * 2.999)::int] AS u
      FROM generate_series(1, 2000000)) s;
VACUUM ANALYZE amounts;

INSERT INTO results VALUES
  ('parse', 'numeric', pg_temp.median_ms('SELECT count(num_text::numeric) FROM amounts'), NULL),
  ('parse', 'quantity', pg_temp.median_ms('SELECT count(qty_text::quantity) FROM amounts'), 'numeric'),
  ('parse', 'unit', pg_temp.median_ms('SELECT count(qty_text::unit) FROM amounts'), 'numeric');
\echo 'text -> type, 2M values'
SELECT * FROM pg_temp.report('parse');
SELECT round((SELECT ms FROM results WHERE bench = 'parse' AND variant = 'unit') /
             (SELECT ms FROM results WHERE bench = 'parse' AND variant = 'quantity'), 2) AS unit_over_quantity;

CREATE TABLE typed AS
SELECT num_text::numeric AS n, qty_text::quantity AS q, qty_text::unit AS u FROM amounts;
VACUUM ANALYZE typed;
SET maintenance_work_mem = '512MB';
SET max_parallel_maintenance_workers = 0;
INSERT INTO results VALUES
  ('index', 'numeric', pg_temp.median_ms('CREATE INDEX i_n ON typed (n); DROP INDEX i_n', 3), NULL),
  ('index', 'quantity', pg_temp.median_ms('CREATE INDEX i_q ON typed (q); DROP INDEX i_q', 3), 'numeric'),
  ('index', 'unit', pg_temp.median_ms('CREATE INDEX i_u ON typed (u); DROP INDEX i_u', 3), 'numeric');
\echo 'btree index build, 2M values'
SELECT * FROM pg_temp.report('index');
SELECT pg_size_pretty(pg_column_size(q)::bigint) AS quantity_size, pg_column_size(n) AS numeric_size_example,
       pg_column_size(u) AS unit_size FROM typed LIMIT 1;

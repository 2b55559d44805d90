-- Sorting with abbreviated keys keeps the exact order, and a btree index
-- built with them passes amcheck.  The keys hold the kind's rank and the
-- amount to 52 significant bits, so the data has many large amounts that
-- differ below that, equal amounts in other units, estimates beside
-- measurements, masses of every weight basis, and count kinds whose ids are
-- not in their sort order (bags, bottles and patches came after vials).
CREATE EXTENSION IF NOT EXISTS amcheck;
SELECT setseed(0.7);
CREATE TEMP TABLE sorted (q quantity);
INSERT INTO sorted
SELECT to_unit(CASE k WHEN 0 THEN quantity(base * 1e-15, 'kg')
                      WHEN 1 THEN quantity(base * 1e-12, 'L')
                      ELSE quantity(base * 1e-12, (ARRAY['tablets', 'capsules', 'vials', 'doses', 'bags', 'patches', 'bottles'])[k - 1]) END,
               CASE k WHEN 0 THEN (ARRAY['mg', 'g', 'kg', 't', 'lb', 'oz'])[1 + (i % 6)]
                      WHEN 1 THEN (ARRAY['mL', 'L'])[1 + (i % 2)]
                      ELSE (ARRAY['tablets', 'capsules', 'vials', 'doses', 'bags', 'patches', 'bottles'])[k - 1] END)
FROM (SELECT i, (i % 9) AS k,
             -- near neighbours: a few hundred centres, each with offsets of a few steps
             -- and of one step
             (floor(random() * 300) - 150)::numeric * 1e20 + floor(random() * 5)::numeric * 123456789 + floor(random() * 3)::numeric
               + CASE WHEN i % 7 = 0 THEN floor(random() * 1e25)::numeric * sign(random() - 0.5)::numeric ELSE 0 END AS base
      FROM generate_series(1, 20000) i) s;
UPDATE sorted SET q = as_estimate(q) WHERE random() < 0.3;
UPDATE sorted SET q = with_basis(q, (ARRAY['net', 'bulk', 'gross'])[1 + floor(random() * 3)::int])
WHERE kind(q) = 'mass' AND random() < 0.4;

-- an independent key for the documented order: kind (mass, volume, then
-- count units alphabetically), amount in the kind's unit, basis (unstated,
-- net, bulk, gross), measured first
CREATE FUNCTION pg_temp.order_key(q quantity) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format('%s|%s|%s|%s|%s', CASE kind(q) WHEN 'mass' THEN 0 WHEN 'volume' THEN 1 ELSE 2 END,
                kind(q), to_char(coalesce(mass_kg(q), volume_l(q), item_count(q)) + 1e15,
                                 'FM00000000000000000.000000000000000'),
                CASE basis(q) WHEN 'net' THEN 1 WHEN 'bulk' THEN 2 WHEN 'gross' THEN 3 ELSE 0 END,
                is_estimate(q))
$$;
SELECT count(*) AS rows, count(DISTINCT q) AS distinct_values,
       count(DISTINCT (q::text)) AS distinct_texts FROM sorted;
-- ORDER BY q (abbreviated keys) gives the keys in order
SELECT array_agg(pg_temp.order_key(q) ORDER BY q) = array_agg(pg_temp.order_key(q) ORDER BY pg_temp.order_key(q) COLLATE "C")
       AS sort_keeps_order
FROM sorted;
SELECT bool_and(prev <= q) AS every_row_after_the_last
FROM (SELECT q, lag(q) OVER (ORDER BY q) AS prev FROM sorted) s WHERE prev IS NOT NULL;

-- an index built by sorting, checked with its heap
SET maintenance_work_mem = '64MB';
CREATE INDEX sorted_q ON sorted (q);
SELECT bt_index_check('sorted_q', true);
SELECT bt_index_parent_check('sorted_q', true);
-- and an index scan returns the same order as the sort
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SELECT array_agg(pg_temp.order_key(q)) = (SELECT array_agg(pg_temp.order_key(q) ORDER BY pg_temp.order_key(q) COLLATE "C") FROM sorted)
       AS index_order_matches
FROM (SELECT q FROM sorted ORDER BY q) s;
RESET enable_seqscan;
RESET enable_bitmapscan;
-- a sort too large for work_mem (external merge) keeps the order too
SET work_mem = '64kB';
SELECT array_agg(pg_temp.order_key(q) ORDER BY q) = array_agg(pg_temp.order_key(q) ORDER BY pg_temp.order_key(q) COLLATE "C")
       AS external_sort_keeps_order
FROM sorted;
RESET work_mem;
DROP EXTENSION amcheck;

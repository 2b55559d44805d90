-- comparison: by amount across units within a kind
SELECT '1 kg'::quantity = '1000 g' AS kg_g, '1 lb'::quantity < '454 g' AS lb_lt,
       '1 lb'::quantity > '453 g' AS lb_gt, '500 mL'::quantity = '0.5 L' AS ml_l,
       '~1 kg'::quantity = '1 kg' AS est_eq, '~1 kg'::quantity > '1 kg' AS est_after,
       '1 kg'::quantity <> '1 g' AS ne, '2 tablets'::quantity >= '2 tabs' AS ge,
       '1 g'::quantity <= '1 mg' AS le;

-- across kinds: mass, volume, then count units alphabetically
CREATE TEMP TABLE mixed (id int, q quantity);
INSERT INTO mixed VALUES
  (1, '2782 tablets'), (2, '18.5 kg'), (3, '500 mL'), (4, '30 doses'), (5, '1 kg'),
  (6, '1000 g'), (7, '~1 kg'), (8, '3 capsules'), (9, '1 lb'), (10, '-2 kg'), (11, '2 L'),
  (12, '10 ampoules'), (13, '4 vials'), (14, '5 blotters'), (15, '6 pieces'), (16, '7 plants'),
  (17, '8 seeds'), (18, '1 tablet');
SELECT id, q FROM mixed ORDER BY q, id;
SELECT q, count(*) FROM mixed GROUP BY q ORDER BY q;
SELECT count(DISTINCT q) FROM mixed;

-- hashing agrees with equality
SELECT quantity_hash('1 kg') = quantity_hash('1000 g') AS h1,
       quantity_hash('1 lb') = quantity_hash('453.59237 g') AS h2,
       quantity_hash('500 mL') = quantity_hash('0.5 L') AS h3,
       quantity_hash_extended('1 kg', 7) = quantity_hash_extended('1000000 mg', 7) AS h4,
       quantity_hash('~1 kg') = quantity_hash('1 kg') AS h5_differs;

-- indexes and joins give the same answers in every plan
CREATE TEMP TABLE big AS
  SELECT i, (i % 997 || ' ' || (ARRAY['g','kg','mg','lb','tablets','mL'])[1 + i % 6])::quantity AS q
  FROM generate_series(1, 6000) i;
CREATE INDEX big_q_btree ON big (q);
CREATE INDEX big_q_hash ON big USING hash (q);
ANALYZE big;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM big WHERE q = '5 kg';
SELECT count(*) FROM big WHERE q = '5 kg';
SELECT count(*) FROM big WHERE q = '5000 g';
EXPLAIN (COSTS OFF) SELECT * FROM big WHERE q < '2 g';
SELECT count(*) FROM big WHERE q < '2 g';
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SET enable_seqscan = on;
SELECT count(*) FROM big WHERE q = '5 kg';
SELECT count(*) FROM big WHERE q < '2 g';
RESET ALL;
DROP INDEX big_q_btree;
EXPLAIN (COSTS OFF) SELECT * FROM big WHERE q = '5 kg';
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM big WHERE q = '5 kg';
RESET ALL;

-- hash, merge and nested-loop joins agree
CREATE TEMP TABLE other AS SELECT DISTINCT q FROM big WHERE q < '50 g';
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM big JOIN other USING (q);
SELECT count(*) FROM big JOIN other USING (q);
RESET ALL;
SET enable_hashjoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM big JOIN other USING (q);
SELECT count(*) FROM big JOIN other USING (q);
RESET ALL;
SET enable_hashjoin = off; SET enable_mergejoin = off;
SELECT count(*) FROM big JOIN other USING (q);
RESET ALL;

-- hash aggregation and sort-based grouping form the same groups; equal values
-- in different units ('0 g', '0 kg') share a group, shown in either unit, so
-- compare the groups by value
CREATE FUNCTION pg_temp.canon(q quantity) RETURNS text LANGUAGE sql AS $$
  SELECT kind(q) || ' ' || value(q, CASE kind(q) WHEN 'mass' THEN 'g' WHEN 'volume' THEN 'mL' ELSE kind(q) END)
$$;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT q, count(*) n FROM big GROUP BY q;
SELECT count(*), md5(string_agg(pg_temp.canon(q) || ':' || n, ',' ORDER BY q)) FROM (SELECT q, count(*) n FROM big GROUP BY q) s;
SET enable_hashagg = on; SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT q, count(*) n FROM big GROUP BY q;
SELECT count(*), md5(string_agg(pg_temp.canon(q) || ':' || n, ',' ORDER BY q)) FROM (SELECT q, count(*) n FROM big GROUP BY q) s;
RESET ALL;

-- a unique index treats equal amounts in other units as duplicates
CREATE TEMP TABLE u (q quantity UNIQUE);
INSERT INTO u VALUES ('1 kg');
INSERT INTO u VALUES ('1000 g');
INSERT INTO u VALUES ('~1 kg');

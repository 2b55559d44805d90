-- The source database of test/crossversion: every type of the extension
-- (quantity, quantity_tally, quantity_sum_state, quantity_tally_state,
-- route and arrays of them) in tables with primary keys (the replica
-- identity of logical replication), btree, hash, unique and expression
-- indexes, a hash-partitioned table on quantity, users' rows in the
-- reference tables, and a view.  Run on PostgreSQL 15; :rows sets the size.
CREATE EXTENSION seizure;
CREATE TABLE lot (
  id int PRIMARY KEY,
  q quantity NOT NULL,
  net quantity(mass),
  items quantity(count),
  t quantity_tally,
  s quantity_sum_state,
  ts quantity_tally_state,
  r route,
  history quantity[],
  tallies quantity_tally[],
  routes route[],
  substance text
);
INSERT INTO lot (id, q, net, items, t, r, history, tallies, routes, substance)
SELECT g,
       CASE g % 9 WHEN 0 THEN (g * 1.25 || ' kg') WHEN 1 THEN ('~' || g || ' g') WHEN 2 THEN (g || ' tablets')
                  WHEN 3 THEN (g || '.5 mL') WHEN 4 THEN (g / 3.0 || ' lb') WHEN 5 THEN ('-' || g || ' oz')
                  WHEN 6 THEN (g || ' kg gross') WHEN 7 THEN ('~' || g || ' g net') ELSE (g || ' dosage units') END::quantity,
       CASE WHEN g % 3 = 0 THEN (g || ' mg net')::quantity END,
       CASE WHEN g % 2 = 0 THEN (g || ' capsules')::quantity END,
       CASE WHEN g % 4 <> 1 THEN (g || ' kg + ~' || g % 13 || ' g + ' || g || ' vials')::quantity_tally END,
       (ARRAY['traveler', 'mail', 'express', 'air cargo', 'sea cargo', 'general cargo', 'land', 'other'])[1 + g % 8]::route,
       ARRAY[(g || ' g')::quantity, NULL, '~1 kg', '2 kg gross'],
       CASE WHEN g % 5 = 0 THEN ARRAY[(g || ' kg + 2 tablets')::quantity_tally, ''] END,
       ARRAY['mail', 'sea cargo']::route[],
       (ARRAY['ice', '필로폰', 'Liquid Marijuana', 'bingo dust', NULL])[1 + g % 5]
FROM generate_series(1, :rows) g;
-- aggregate states as stored values
UPDATE lot SET s = CASE WHEN id % 6 = 0 THEN quantity_sum_trans(quantity_sum_trans(NULL, q), q) END,
               ts = CASE WHEN id % 4 = 0 THEN quantity_tally_state_trans(quantity_tally_state_trans(NULL, q), '~3 tablets') END;
-- the extremes of each type, apart: their sums would overflow
INSERT INTO lot (id, q, t, s, r) VALUES
  (-1, '99999999999.999999999999999 kg', '99999999999.999999999999999 kg + -99999999999999.999999999999 vials',
   'n=1 sum=-170141183460469231731687303715884105728 units=kg', 'other'),
  (-2, '0.002204622621849 lb', '', 'n=0 sum=0 units=', NULL),
  (-3, '51372307261206298.0235264 mL', '1 kg + ~1 kg + 1 L + ~1 L + 1 ampoule + ~1 ampoule + 1 blotter + ~1 blotter + 1 capsule + ~1 capsule + 1 dose + ~1 dose + 1 piece + ~1 piece + 1 plant + ~1 plant + 1 seed + ~1 seed + 1 tablet + ~1 tablet + 1 vial + ~1 vial',
   'n=3 sum=7 units=dosage unit estimate', 'traveler');
CREATE INDEX lot_q ON lot (q);
CREATE INDEX lot_q_hash ON lot USING hash (q);
CREATE INDEX lot_t_hash ON lot USING hash (t);
CREATE INDEX lot_r_q ON lot (r, q);
CREATE UNIQUE INDEX lot_q_id ON lot (q, id);
CREATE INDEX lot_mass_value ON lot (value(q)) WHERE dimension(q) = 'mass';
CREATE INDEX lot_kind ON lot (kind(q), basis(q));
-- hash partitions on quantity: a row must land in the same partition on
-- the new server (the extension's extended hash, not the server's)
CREATE TABLE lot_part (id int, q quantity, r route, PRIMARY KEY (id, q)) PARTITION BY HASH (q);
CREATE TABLE lot_part_0 PARTITION OF lot_part FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE lot_part_1 PARTITION OF lot_part FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE lot_part_2 PARTITION OF lot_part FOR VALUES WITH (MODULUS 3, REMAINDER 2);
INSERT INTO lot_part SELECT id, q, r FROM lot;
-- route as a key
CREATE TABLE route_note (r route PRIMARY KEY, note text, seen route[]);
INSERT INTO route_note SELECT DISTINCT r, 'note ' || r, ARRAY[r, 'land'] FROM lot WHERE r IS NOT NULL;
CREATE VIEW lot_summary AS
  SELECT r, kind(q) AS kind, basis(q) AS basis, sum(q) AS total, tally(q) AS tally, min(q) AS smallest,
         max(q) AS largest, count(*) AS n
  FROM lot WHERE id > 0 GROUP BY r, kind(q), basis(q);
-- users' rows in the reference tables (pg_dump saves them, not the built-in ones)
INSERT INTO substance (key, name_en, name_ko) VALUES ('bingo_dust', 'Bingo Dust', '빙고');
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('bingo dust', 'en', 'ketamine', 0.6),
  ('빙고가루', 'ko', 'bingo_dust', 1);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
  VALUES ('mdma', 'tablet', 0.25, 'net', 'lab report 2024-117');
-- a column option of the user's own, beside the pg_attver option that some
-- PostgreSQL 15 builds add to every column: it must survive the filter
ALTER TABLE lot ALTER COLUMN r SET (n_distinct = 8);

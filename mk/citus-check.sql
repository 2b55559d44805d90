-- make citus-check: each line runs on the cluster's coordinator and on one
-- server; output and errors must be the same bytes.  Aggregates must be
-- split (citus.coordinator_aggregation_strategy = disabled for each line).
-- aggregates grouped by a column that is not the distribution column
SELECT grp % 10 AS g, sum(q), avg(q), min(q), max(q), tally(mixed), min(same), max(same), count(*) FROM seizures GROUP BY 1 ORDER BY 1;
SELECT sum(q), avg(q), min(q), max(q), tally(q), tally(mixed), sum(t), min(same), max(same) FROM seizures;
SELECT grp % 7 AS g, sum(t), tally(q) FROM seizures GROUP BY 1 HAVING count(*) > 10 ORDER BY 1;
SELECT grp % 3 AS g, sum(q) FILTER (WHERE kind(q) = 'mass' AND q > '1 g'), avg(mixed) FILTER (WHERE kind(mixed) = 'volume') FROM seizures GROUP BY 1 ORDER BY 1;
SELECT g, s FROM (SELECT grp % 4 AS g, tally(mixed) AS s FROM seizures WHERE id % 3 = 0 GROUP BY 1) x ORDER BY g;
WITH c AS (SELECT grp % 5 AS g, min(same) AS mn, max(same) AS mx, sum(same) AS s FROM seizures GROUP BY 1) SELECT * FROM c ORDER BY g;
-- grouped by the distribution column: pushed down whole
SELECT id, sum(q), avg(q), min(same), max(same), tally(mixed) FROM seizures WHERE id <= 12 GROUP BY id ORDER BY id;
-- the binary protocol between nodes
SET citus.enable_binary_protocol = on; SELECT grp % 10 AS g, sum(q), avg(q), min(same), max(same), tally(mixed), sum(t) FROM seizures GROUP BY 1 ORDER BY 1;
-- min and max among equal amounts in different units
SELECT min(same), max(same), min(same) FILTER (WHERE same > '0 g') FROM seizures;
SELECT grp % 2 AS g, min(same), max(same) FROM seizures GROUP BY 1 ORDER BY 1;
-- errors: the user's aggregate, the same two kinds
SELECT sum(mixed) FROM seizures;
SELECT avg(mixed) FROM seizures WHERE kind(mixed) <> 'mass';
SELECT grp % 4 AS g, sum(mixed) FROM seizures GROUP BY 1 ORDER BY 1;
SELECT id, sum(mixed) FROM seizures WHERE id <= 3 GROUP BY id ORDER BY id;
SET citus.enable_binary_protocol = on; SELECT avg(mixed) FROM seizures;
-- tally() fails or succeeds as sum() does, whatever the split
SELECT tally(big), sum(big) FROM seizures;
SELECT tally(big2) FROM seizures;
SELECT sum(big2) FROM seizures;
SELECT sum(quantity_tally(big)) FROM seizures;
-- a catalog change before catalog_sync_setup(): refused on the cluster, made on one server
SELECT outcome = CASE WHEN EXISTS (SELECT FROM pg_extension WHERE extname = 'citus') THEN 'refused: the substance catalog of this Citus cluster is not shared by its nodes' ELSE 'made' END AS as_expected FROM catalog_before_setup;
-- the substance catalog, then a change made on the coordinator
SELECT normalize_substance(label) AS s, kr_class(label), count(*) FROM seizures GROUP BY 1, 2 ORDER BY 1, 2;
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('bingo dust', 'en', 'ketamine', 0.6);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source) VALUES ('mdma', 'tablet', 0.1, 'bulk', 'figure for the check');
SELECT normalize_substance(label) AS s, kr_class(label), count(*) FROM seizures GROUP BY 1, 2 ORDER BY 1, 2;
SELECT count(*) FROM seizures WHERE normalize_substance(label) = 'ketamine';
SELECT grp % 3 AS g, sum(to_mass(mixed, 'mdma')), tally(to_mass(mixed, 'mdma')) FROM seizures WHERE kind(mixed) = 'tablet' GROUP BY 1 ORDER BY 1;
SELECT to_mass('10 tablets', 'molly'), normalize_substance('BINGO DUST');
INSERT INTO seizures_copy SELECT id, grp, label, q, mixed, same, t, big, big2, normalize_substance(label) FROM seizures;
SELECT sub, count(*) FROM seizures_copy GROUP BY 1 ORDER BY 1;
INSERT INTO seizures_copy (id, label, sub) VALUES (-1, 'Bingo Dust', normalize_substance('Bingo Dust'));
SELECT sub FROM seizures_copy WHERE id = -1;
UPDATE conversion_factor SET grams_per_unit = 0.25 WHERE source = 'figure for the check';
SELECT sum(to_mass(mixed, 'mdma')) FROM seizures WHERE kind(mixed) = 'tablet';
BEGIN; INSERT INTO substance_alias (alias, lang, substance) VALUES ('rolled back', 'en', 'heroin'); ROLLBACK;
SELECT count(*) FROM seizures WHERE normalize_substance(label || 'x') IS NOT NULL;
-- UPDATE and DELETE with the catalog functions: the documented pattern
UPDATE seizures_copy c SET sub = NULL;
WITH m AS MATERIALIZED (SELECT id, normalize_substance(label) AS sub FROM seizures_copy) UPDATE seizures_copy c SET sub = m.sub FROM m WHERE c.id = m.id;
SELECT sub, count(*) FROM seizures_copy GROUP BY 1 ORDER BY 1;
WITH m AS MATERIALIZED (SELECT id FROM seizures_copy WHERE kr_class(label) = '대마') DELETE FROM seizures_copy c USING m WHERE c.id = m.id;
SELECT sub, count(*) FROM seizures_copy GROUP BY 1 ORDER BY 1;
DELETE FROM substance_alias WHERE alias = 'bingo dust';
SELECT normalize_substance(label) AS s, count(*) FROM seizures GROUP BY 1 ORDER BY 1;
-- screening: consignments' fields distributed, the watch-list and the partner's pseudonyms reference tables
SELECT count(*), md5(string_agg(h::text, '|' ORDER BY h::text)) FROM screen('SELECT id, field, kind, value, country FROM consignment_fields', 'SELECT * FROM watch', as_of => '2026-01-01') h;
SELECT matched, list, count(*) FROM screen('SELECT id, field, kind, value, country FROM consignment_fields', 'SELECT * FROM watch', 'SELECT * FROM partner', '\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', '2026-01-01') GROUP BY 1, 2 ORDER BY 1, 2;
SELECT count(*) FROM screen('SELECT id, field, kind, value, country FROM consignment_fields', 'SELECT * FROM watch WHERE false', 'SELECT * FROM partner', '\xff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', '2026-01-01');
-- the units added in 0.3.0 (bricks, US gal) in split sums and tallies
SELECT grp % 4 AS g, sum(t), tally(part(t, 'bricks')), sum(part(t, 'volume')) FROM seizures GROUP BY 1 ORDER BY 1;

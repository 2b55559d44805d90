-- screen() against the same hash join on lower() (bench/screening.sh):
-- 1,000,000 consignments, their sender phone and receiver name, against
-- 100,000 watch-list entries; recall on planted variants and false matches
-- on planted near misses.
\pset footer off
CREATE EXTENSION IF NOT EXISTS seizure;
SET max_parallel_workers_per_gather = 0;	-- one core
SET work_mem = '256MB';

\ir median.sql

SELECT setseed(0.25);
-- the parties of past seizures: 50,000 phones (US) and 50,000 names
-- (Korean in Hangul, Western), each as a seizure recorded it; the Korean
-- names and their romanized forms are the "same" pairs of the name test set
CREATE TEMP TABLE kr_pool (hangul text, roman text);
\copy kr_pool FROM PROGRAM 'grep "^same" test/data/korean_names/pairs.tsv | cut -f2,3'
CREATE TABLE watched AS
SELECT 'S-' || g AS ref, 'phone' AS kind,
       format('+1 %s-%s-%s', 201 + g % 700, 200 + (g / 700) % 800, lpad((g % 9973)::text, 4, '0')) AS value,
       'US' AS country
FROM generate_series(1, 50000) g
UNION ALL
SELECT 'S-' || (50000 + g), 'name',
       CASE WHEN g % 2 = 0 THEN (SELECT hangul FROM kr_pool OFFSET g % (SELECT count(*) FROM kr_pool) LIMIT 1)
            ELSE (ARRAY['John','Mary','Carlos','Ana','Peter','Olga','Ahmed','Emma'])[1 + g % 8] || ' '
                 || (ARRAY['Smith','Garcia','Johnson','Müller','Rossi','Ivanova','Hassan','Brown'])[1 + (g / 8) % 8]
                 || ' ' || g END,
       NULL
FROM generate_series(1, 50000) g;
CREATE TABLE watch AS
SELECT * FROM watch_list($$SELECT ref, DATE '2025-01-01', NULL::quantity, NULL::route FROM watched$$,
                         'SELECT ref, kind, value, country FROM watched', NULL);
-- the baseline's list: the values as recorded, lower-cased
CREATE TABLE watch_lower AS SELECT kind, lower(value) AS v, ref FROM watched;

-- consignments: fresh parties, plus 2,000 planted variants of watched parties
-- (another phone format; a Korean name romanized; "LAST, First" in capitals)
-- and 2,000 near misses (one digit off; another given name)
CREATE TABLE consignment AS
SELECT 'C-' || g AS id,
       format('(%s) %s-%s', 201 + g % 700, 200 + (g / 700) % 800, lpad(((g * 7) % 9973)::text, 4, '0') || '9') AS sender_phone,
       'Traveler ' || g AS receiver_name, 'fresh' AS planted
FROM generate_series(1, 996000) g;
INSERT INTO consignment
SELECT 'V-' || g,
       CASE WHEN g % 2 = 0 THEN format('(%s) %s-%s', 201 + w % 700, 200 + (w / 700) % 800, lpad((w % 9973)::text, 4, '0')) END,
       CASE WHEN g % 2 = 1 THEN
            CASE WHEN w % 2 = 0 THEN (SELECT roman FROM kr_pool OFFSET w % (SELECT count(*) FROM kr_pool) LIMIT 1)
                 ELSE upper((ARRAY['Smith','Garcia','Johnson','Müller','Rossi','Ivanova','Hassan','Brown'])[1 + (w / 8) % 8]
                      || ', ' || (ARRAY['John','Mary','Carlos','Ana','Peter','Olga','Ahmed','Emma'])[1 + w % 8] || ' ' || w) END END,
       'variant'
FROM (SELECT g, 1 + (g * 37) % 50000 AS w FROM generate_series(1, 2000) g) s;
INSERT INTO consignment
SELECT 'D-' || g,
       CASE WHEN g % 2 = 0 THEN format('(%s) %s-%s', 201 + w % 700, 200 + (w / 700) % 800, lpad(((w + 1) % 9973)::text, 4, '0') || '1') END,
       CASE WHEN g % 2 = 1 THEN 'Jonathan ' || (ARRAY['Smith','Garcia','Johnson','Müller','Rossi','Ivanova','Hassan','Brown'])[1 + (w / 8) % 8] || ' ' || w END,
       'near miss'
FROM (SELECT g, 1 + (g * 41) % 50000 AS w FROM generate_series(1, 2000) g) s;
CREATE VIEW fields AS
  SELECT id, 'sender_phone' AS field, 'phone' AS kind, sender_phone AS value, 'US' AS country FROM consignment UNION ALL
  SELECT id, 'receiver_name', 'name', receiver_name, NULL FROM consignment;
VACUUM ANALYZE watched, watch, watch_lower, consignment;

SELECT (SELECT count(*) FROM consignment) AS consignments, (SELECT count(*) FROM watch) AS entries,
       (SELECT count(*) FROM consignment WHERE planted = 'variant') AS planted_variants,
       (SELECT count(*) FROM consignment WHERE planted = 'near miss') AS planted_near_misses;

-- recall and false matches
CREATE TEMP TABLE hits_screen AS
  SELECT DISTINCT consignment FROM screen('SELECT * FROM fields', 'SELECT * FROM watch');
CREATE TEMP TABLE hits_lower AS
  SELECT DISTINCT c.id AS consignment FROM fields c JOIN watch_lower w ON w.kind = c.kind AND w.v = lower(c.value);
SELECT m.method,
       count(*) FILTER (WHERE c.planted = 'variant') AS variants_found,
       round(100.0 * count(*) FILTER (WHERE c.planted = 'variant') / 2000, 1) AS recall_pct,
       count(*) FILTER (WHERE c.planted = 'near miss') AS near_misses_hit,
       count(*) FILTER (WHERE c.planted = 'fresh') AS fresh_hit
FROM (SELECT 'screen' AS method, consignment FROM hits_screen
      UNION ALL SELECT 'lower() join', consignment FROM hits_lower) m
JOIN consignment c ON c.id = m.consignment
GROUP BY m.method ORDER BY m.method DESC;

CREATE TEMP TABLE results (variant text, ms numeric);
INSERT INTO results VALUES
	('hash join on lower()', pg_temp.median_ms($$SELECT count(*) FROM fields c JOIN watch_lower w ON w.kind = c.kind AND w.v = lower(c.value)$$, 3)),
	('screen()', pg_temp.median_ms($$SELECT count(*) FROM screen('SELECT * FROM fields', 'SELECT * FROM watch')$$, 3)),
	('keys only: count(party_key(...))', pg_temp.median_ms($$SELECT count(party_key(value, kind, country)) FROM fields$$, 3)),
	('lower() only: count(lower(value))', pg_temp.median_ms($$SELECT count(lower(value)) FROM fields$$, 3));
\echo 'median of 3 runs, 2,000,000 fields (1M consignments x phone, name) against 100,000 entries, one core'
SELECT r.variant, r.ms AS median_ms, round(r.ms / b.ms, 2) AS time_vs_lower_join
FROM results r, results b WHERE b.variant = 'hash join on lower()' ORDER BY r.ms;

-- The route type: input of every label and alias, output, order, labels,
-- transport modes, errors, indexes and binary COPY.

-- every label and alias, English and Korean, any ASCII case
SELECT a AS input, a::route AS route
FROM (VALUES
  ('traveler'), ('travelers'), ('Traveller'), ('travellers'), ('passenger'), ('PASSENGERS'),
  ('air passenger'), ('air passengers'),
  ('여행자'), ('항공여행자'), ('항공 여행자'), ('여행객'),
  ('international_mail'), ('mail'), ('Postal'), ('post'), ('EMS'), ('international mail'),
  ('국제우편'), ('국제 우편'), ('우편'),
  ('express_cargo'), ('express'), ('Courier'), ('express cargo'), ('특송'), ('특송화물'),
  ('특송 화물'),
  ('air_cargo'), ('air cargo'), ('Air Freight'), ('airfreight'), ('항공화물'), ('항공 화물'),
  ('sea_cargo'), ('sea cargo'), ('sea freight'), ('maritime'), ('container'), ('해상화물'), ('해상 화물'),
  ('general_cargo'), ('general cargo'), ('일반화물'), ('일반 화물'),
  ('land_border'), ('land'), ('land border'), ('vehicle'), ('육로'),
  ('other'), ('기타')
) AS t(a);

-- separators and white space fold: '_', '-' and spaces are one space
SELECT '  International-Mail  '::route AS a, E'air\t_ cargo'::route AS b, 'LAND_BORDER'::route AS c;

-- output is the canonical label; order is the declared order
SELECT r, r::text AS label, route_label(r, 'en') AS en, route_label(r, 'ko') AS ko,
       transport_mode(r) AS mode
FROM unnest('{other,land,general cargo,sea cargo,air cargo,express,mail,traveler}'::route[]) r
ORDER BY r;

-- display labels read back as the same route
SELECT bool_and(route_label(r, 'en')::route = r AND route_label(r, 'ko')::route = r) AS labels_round_trip
FROM unnest('{traveler,mail,express,air cargo,sea cargo,general cargo,land,other}'::route[]) r;

SELECT route_label('mail', 'EN') AS en_upper, route_label('mail', 'Ko') AS ko_mixed;

-- comparison operators
SELECT 'traveler'::route < 'mail' AS lt, 'other'::route > 'land' AS gt,
       'EMS'::route = 'international_mail' AS eq, 'EMS'::route <> 'courier' AS ne,
       'sea cargo'::route <= 'sea cargo' AS le, 'air cargo'::route >= 'express' AS ge;
SELECT min(r), max(r), min(r::text) AS min_text FROM unnest('{mail,sea cargo,express}'::route[]) r;

-- errors: messages
SELECT 'plane'::route;
SELECT ''::route;
SELECT 'mail box'::route;
SELECT route_label('mail', 'fr');
-- errors: SQLSTATEs
\set VERBOSITY sqlstate
SELECT 'plane'::route;
SELECT '국제'::route;
SELECT route_label('mail', '');
\set VERBOSITY default

-- NULL in, NULL out
SELECT route_label(NULL, 'en') IS NULL AS a, route_label('mail', NULL) IS NULL AS b,
       transport_mode(NULL) IS NULL AS c;

-- btree and hash indexes
CREATE TABLE route_seizures (id int PRIMARY KEY, r route NOT NULL);
INSERT INTO route_seizures
SELECT i, (ARRAY['traveler', 'mail', 'express', 'air cargo', 'sea cargo', 'general cargo',
                 'land', 'other'])[1 + i % 8]::route
FROM generate_series(1, 2000) i;
CREATE INDEX route_seizures_btree ON route_seizures (r);
CREATE INDEX route_seizures_hash ON route_seizures USING hash (r);
ANALYZE route_seizures;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM route_seizures WHERE r = 'express';
SELECT count(*) FROM route_seizures WHERE r = 'express';
EXPLAIN (COSTS OFF) SELECT count(*) FROM route_seizures WHERE r < 'express';
SELECT count(*) FROM route_seizures WHERE r < 'express';
EXPLAIN (COSTS OFF) SELECT r FROM route_seizures ORDER BY r DESC LIMIT 1;
SELECT r FROM route_seizures ORDER BY r DESC LIMIT 1;
DROP INDEX route_seizures_btree;
EXPLAIN (COSTS OFF) SELECT count(*) FROM route_seizures WHERE r = 'sea cargo';
SELECT count(*) FROM route_seizures WHERE r = 'sea cargo';
RESET enable_seqscan;
RESET enable_bitmapscan;

-- hash aggregation uses the hash opclass
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT r, count(*) FROM route_seizures GROUP BY r;
SELECT r, count(*) FROM route_seizures GROUP BY r ORDER BY r;
RESET enable_sort;

-- binary COPY round trip
\copy route_seizures TO 'results/binary/route_type.dat' WITH (FORMAT binary)
CREATE TABLE route_seizures_copy (LIKE route_seizures);
\copy route_seizures_copy FROM 'results/binary/route_type.dat' WITH (FORMAT binary)
SELECT count(*) AS rows, count(*) FILTER (WHERE a.r = b.r) AS same
FROM route_seizures a JOIN route_seizures_copy b USING (id);

-- binary input rejects what text input would reject: a byte outside 0..7;
-- the same file with byte 7 loads as 'other'
CREATE TABLE route_one (r route);
SELECT regress.try_binary_copy('route_one', '\x08'), regress.try_binary_copy('route_one', '\x07');

-- binary output: one byte, the route's number
SELECT r, route_send(r) FROM unnest('{traveler,other}'::route[]) r;

DROP TABLE route_seizures, route_seizures_copy, route_one;

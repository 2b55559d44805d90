-- normalize_party vs lower() over the same 1M values (bench/party.sh)
\pset footer off
CREATE EXTENSION IF NOT EXISTS seizure;
SET max_parallel_workers_per_gather = 0;	-- one core

\ir median.sql

SELECT setseed(0.5);
-- phones: Korean mobiles and Seoul numbers, US numbers, in national,
-- international, 00 and carrier-prefix forms
CREATE TABLE phones AS
SELECT CASE g % 8
	WHEN 0 THEN format('010-%s-%s', a, b)
	WHEN 1 THEN format('+82 10-%s-%s', a, b)
	WHEN 2 THEN format('0082 10 %s %s', a, b)
	WHEN 3 THEN format('02-%s-%s', 200 + g % 800, b)
	WHEN 4 THEN format('(%s) 555-%s', 201 + g % 700, b)
	WHEN 5 THEN format('+1 %s-555-%s', 201 + g % 700, b)
	WHEN 6 THEN format('001-1-%s-555-%s', 201 + g % 700, b)
	ELSE format('010%s%s', a, b) END AS v
FROM (SELECT g, lpad((1000 + random() * 8999)::int::text, 4, '0') AS a,
             lpad((random() * 9999)::int::text, 4, '0') AS b
        FROM generate_series(1, 1000000) g) s;

-- names: Korean names in Hangul and in the romanized forms of the test set,
-- and Western names
CREATE TEMP TABLE pool (v text);
\copy pool FROM PROGRAM 'cut -f2 test/data/korean_names/pairs.tsv; cut -f3 test/data/korean_names/pairs.tsv'
INSERT INTO pool SELECT f || ' ' || l
  FROM unnest('{John,Mary,Carlos,Ana,Peter,Olga,Ahmed,Emma}'::text[]) f,
       unnest('{Smith,Garcia,Johnson,Müller,Rossi,Ivanova,Hassan,Brown}'::text[]) l;
INSERT INTO pool SELECT upper(l) || ', ' || f
  FROM unnest('{José,Zoë,François,Jürgen}'::text[]) f,
       unnest('{García,Núñez,Łukasiewicz,Søndergaard}'::text[]) l;
CREATE TEMP TABLE pool_n AS SELECT row_number() OVER () AS n, v FROM pool;
CREATE TABLE names AS
SELECT p.v FROM (SELECT g, 1 + floor(random() * (SELECT count(*) FROM pool_n))::bigint AS n
                   FROM generate_series(1, 1000000) g) pick
  JOIN pool_n p USING (n) ORDER BY pick.g;
-- addresses: US (suffixes, units and directionals spelt out or
-- abbreviated, ZIP+4) and Korean (provinces and cities in full or short)
CREATE TABLE addresses AS
SELECT CASE g % 6
	WHEN 0 THEN format('%s %s Main Street, Apartment %s, Springfield, IL 62704-%s', g % 9000 + 1, d, g % 40, b)
	WHEN 1 THEN format('%s %s MAIN ST., APT #%s SPRINGFIELD IL 62704', g % 9000 + 1, d, g % 40)
	WHEN 2 THEN format('%s Oak Avenue Suite %s, Los Angeles, CA 90012', g % 9000 + 1, g % 300)
	WHEN 3 THEN format('서울특별시 강남구 테헤란로 %s, %s층 (역삼동)', g % 500 + 1, g % 30 + 1)
	WHEN 4 THEN format('경기도 성남시 분당구 판교역로 %s', g % 300 + 1)
	ELSE format('부산 해운대구 센텀중앙로 %s-%s', g % 200 + 1, g % 20 + 1) END AS v
FROM (SELECT g, (ARRAY['North', 'SW', 'E', 'South West'])[1 + g % 4] AS d,
             lpad((random() * 9999)::int::text, 4, '0') AS b
        FROM generate_series(1, 1000000) g) s;
VACUUM ANALYZE phones, names, addresses;

SELECT 'phones' AS input, count(*), round(avg(octet_length(v)), 1) AS avg_bytes,
       round(100.0 * count(normalize_party(v, 'phone', 'KR')) / count(*), 1) AS pct_keyed_kr
  FROM phones
UNION ALL
SELECT 'names', count(*), round(avg(octet_length(v)), 1),
       round(100.0 * count(*) FILTER (WHERE normalize_party(v, 'name') ~ '^[가-힣]+$') / count(*), 1)
  FROM names
UNION ALL
SELECT 'addresses', count(*), round(avg(octet_length(v)), 1), NULL
  FROM addresses;

CREATE TEMP TABLE results (input text, variant text, ms numeric);
INSERT INTO results VALUES
	('phones', 'scan only: count(v)', pg_temp.median_ms('SELECT count(v) FROM phones')),
	('phones', 'lower(v)', pg_temp.median_ms('SELECT count(lower(v)) FROM phones')),
	('phones', 'normalize_party(v, ''phone'', ''KR'')', pg_temp.median_ms('SELECT count(normalize_party(v, ''phone'', ''KR'')) FROM phones')),
	('phones', 'normalize_party(v, ''phone'')', pg_temp.median_ms('SELECT count(normalize_party(v, ''phone'')) FROM phones')),
	('names', 'scan only: count(v)', pg_temp.median_ms('SELECT count(v) FROM names')),
	('names', 'lower(v)', pg_temp.median_ms('SELECT count(lower(v)) FROM names')),
	('names', 'normalize_party(v, ''name'')', pg_temp.median_ms('SELECT count(normalize_party(v, ''name'')) FROM names')),
	('addresses', 'scan only: count(v)', pg_temp.median_ms('SELECT count(v) FROM addresses')),
	('addresses', 'lower(v)', pg_temp.median_ms('SELECT count(lower(v)) FROM addresses')),
	('addresses', 'normalize_party(v, ''address'')', pg_temp.median_ms('SELECT count(normalize_party(v, ''address'')) FROM addresses'));

\echo 'median of 5 runs over 1,000,000 values, one core; time_vs_lower: against lower() on the same values'
SELECT r.input, r.variant, r.ms AS median_ms, round(1000000 / (r.ms / 1000)) AS calls_per_s,
       round(1000000 / (nullif(r.ms - s.ms, 0) / 1000)) AS calls_per_s_without_scan,
       round(r.ms / l.ms, 2) AS time_vs_lower
  FROM results r
  JOIN results l ON l.input = r.input AND l.variant = 'lower(v)'
  JOIN results s ON s.input = r.input AND s.variant = 'scan only: count(v)'
 ORDER BY CASE r.input WHEN 'phones' THEN 1 WHEN 'names' THEN 2 ELSE 3 END, r.ms;

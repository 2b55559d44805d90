-- normalize_party vs lower() over the same 1M values (bench/party.sh)
\pset footer off
CREATE EXTENSION IF NOT EXISTS seizure;
SET max_parallel_workers_per_gather = 0;	-- one core

\ir median.sql

\ir party_data.sql

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

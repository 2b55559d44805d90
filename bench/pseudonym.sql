-- party_pseudonym vs normalize_party, md5(normalize_party) and pgcrypto's
-- hmac over the same message, on the same 1M phones and 1M names
-- (bench/pseudonym.sh)
\pset footer off
CREATE EXTENSION IF NOT EXISTS seizure;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
SET max_parallel_workers_per_gather = 0;	-- one core

\ir median.sql
\ir party_data.sql

-- one secret for the run: a constant in each query, as a psql variable
-- would make it
SELECT '\x' || encode(gen_random_bytes(32), 'hex') AS secret \gset

-- the statement timed for each variant; %L is the secret
CREATE TEMP TABLE variants (input text, variant text, stmt text);
INSERT INTO variants VALUES
	('phones', 'scan only: count(v)', 'SELECT count(v) FROM phones'),
	('phones', 'normalize_party(v, ''phone'', ''KR'')',
	 'SELECT count(normalize_party(v, ''phone'', ''KR'')) FROM phones'),
	('phones', 'party_pseudonym(v, ''phone'', ''KR'', secret)',
	 'SELECT count(party_pseudonym(v, ''phone'', ''KR'', %L::bytea)) FROM phones'),
	('phones', 'md5(normalize_party(v, ''phone'', ''KR''))',
	 'SELECT count(md5(normalize_party(v, ''phone'', ''KR''))) FROM phones'),
	('phones', 'pgcrypto: encode(hmac(message, secret, ''sha256''), ''hex'')',
	 'SELECT count(encode(hmac(convert_to(''seizure-party-v1'', ''UTF8'') || ''\x0070686f6e6500''::bytea
	    || convert_to(normalize_party(v, ''phone'', ''KR''), ''UTF8''), %L::bytea, ''sha256''), ''hex'')) FROM phones'),
	('names', 'scan only: count(v)', 'SELECT count(v) FROM names'),
	('names', 'normalize_party(v, ''name'')', 'SELECT count(normalize_party(v, ''name'')) FROM names'),
	('names', 'party_pseudonym(v, ''name'', secret)',
	 'SELECT count(party_pseudonym(v, ''name'', %L::bytea)) FROM names'),
	('names', 'md5(normalize_party(v, ''name''))', 'SELECT count(md5(normalize_party(v, ''name''))) FROM names'),
	('names', 'pgcrypto: encode(hmac(message, secret, ''sha256''), ''hex'')',
	 'SELECT count(encode(hmac(convert_to(''seizure-party-v1'', ''UTF8'') || ''\x006e616d6500''::bytea
	    || convert_to(normalize_party(v, ''name''), ''UTF8''), %L::bytea, ''sha256''), ''hex'')) FROM names');

-- the pgcrypto statements compute the same pseudonyms (on 10,000 of each)
SELECT 'phones' AS input, count(*) FILTER (WHERE a IS DISTINCT FROM b) AS differ, count(a) AS pseudonyms
  FROM (SELECT party_pseudonym(v, 'phone', 'KR', :'secret'::bytea) AS a,
               encode(hmac(convert_to('seizure-party-v1', 'UTF8') || '\x0070686f6e6500'::bytea
                 || convert_to(normalize_party(v, 'phone', 'KR'), 'UTF8'), :'secret'::bytea, 'sha256'), 'hex') AS b
          FROM phones LIMIT 10000) t
UNION ALL
SELECT 'names', count(*) FILTER (WHERE a IS DISTINCT FROM b), count(a)
  FROM (SELECT party_pseudonym(v, 'name', :'secret'::bytea) AS a,
               encode(hmac(convert_to('seizure-party-v1', 'UTF8') || '\x006e616d6500'::bytea
                 || convert_to(normalize_party(v, 'name'), 'UTF8'), :'secret'::bytea, 'sha256'), 'hex') AS b
          FROM names LIMIT 10000) t;

CREATE TEMP TABLE results AS
SELECT input, variant, pg_temp.median_ms(format(stmt, :'secret')) AS ms FROM variants;

\echo 'median of 5 runs over 1,000,000 values, one core; vs_normalize: time against normalize_party on the same values (net: both without the scan)'
SELECT r.input, r.variant, r.ms AS median_ms, round(1000000 / (r.ms / 1000)) AS calls_per_s,
       round(r.ms / n.ms, 2) AS vs_normalize,
       round((r.ms - s.ms) / nullif(n.ms - s.ms, 0), 2) AS vs_normalize_net
  FROM results r
  JOIN results n ON n.input = r.input AND n.variant LIKE 'normalize_party%'
  JOIN results s ON s.input = r.input AND s.variant = 'scan only: count(v)'
 ORDER BY r.input DESC, r.ms;

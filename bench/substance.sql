-- normalize_substance vs lower() over the same 1M labels (bench/substance.sh)
\pset footer off
CREATE EXTENSION IF NOT EXISTS seizure;
SET max_parallel_workers_per_gather = 0;	-- one core

\ir median.sql

-- the label pool: every row's label in the real files (so frequent labels are
-- frequent), plus every alias, key and name of the catalog, plus unknown names
CREATE TEMP TABLE pool (label text);
\set have_data `d="${SEIZURE_DATA:-test/data/real}"; test -r "$d/cbp/nationwide-drugs-fy19-fy22.csv" -a -r "$d/unodc/drug_seizures_2018_2022.csv" && echo true || echo false`
\if :have_data
CREATE TEMP TABLE csv9 (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8 text, c9 text);
\copy csv9 FROM PROGRAM 'cat "$SEIZURE_DATA/cbp/nationwide-drugs-fy19-fy22.csv"' CSV HEADER
\copy csv9 FROM PROGRAM 'cat "$SEIZURE_DATA/cbp/nationwide-drugs-fy23-fy26-dec.csv"' CSV HEADER
\copy csv9 FROM PROGRAM 'cat "$SEIZURE_DATA/cbp/amo-drug-seizures-fy19-fy22.csv"' CSV HEADER
\copy csv9 FROM PROGRAM 'cat "$SEIZURE_DATA/cbp/amo-drug-seizures-fy23-fy26-dec.csv"' CSV HEADER
INSERT INTO pool SELECT c7 FROM csv9;		-- CBP "Drug Type"
TRUNCATE csv9;
\copy csv9 FROM PROGRAM 'cat "$SEIZURE_DATA/unodc/drug_seizures_2018_2022.csv"' CSV HEADER
INSERT INTO pool SELECT c6 FROM csv9;		-- UNODC "DrugName"
\else
\echo 'note: the CBP and UNODC files are absent: labels come from the catalog alone'
\endif
INSERT INTO pool SELECT alias FROM substance_alias
	UNION ALL SELECT key FROM substance UNION ALL SELECT name_en FROM substance
	UNION ALL SELECT name_ko FROM substance WHERE name_ko IS NOT NULL;
INSERT INTO pool SELECT 'unknown drug ' || i FROM generate_series(1, 100) i;

SELECT setseed(0.5) \gset
CREATE TEMP TABLE pool_n AS SELECT row_number() OVER () AS n, label FROM pool;
CREATE TEMP TABLE pick AS
SELECT g, 1 + floor(random() * (SELECT count(*) FROM pool_n))::bigint AS n
FROM generate_series(1, 1000000) g;
CREATE TABLE labels AS SELECT p.label FROM pick JOIN pool_n p USING (n) ORDER BY pick.g;
VACUUM ANALYZE labels;

SELECT count(*) AS labels, count(DISTINCT label) AS distinct_labels,
       round(avg(octet_length(label)), 1) AS avg_bytes,
       round(100.0 * count(*) FILTER (WHERE normalize_substance(label) IS NOT NULL) / count(*), 1) AS pct_resolved
FROM labels;

SELECT current_setting('server_encoding') AS encoding, current_setting('lc_ctype') AS lc_ctype,
       current_setting('lc_collate') AS lc_collate;

CREATE TEMP TABLE results (variant text, ms numeric);
INSERT INTO results VALUES
	('scan only: count(label)', pg_temp.median_ms('SELECT count(label) FROM labels')),
	('lower(label)', pg_temp.median_ms('SELECT count(lower(label)) FROM labels')),
	('lower(label COLLATE "C")', pg_temp.median_ms('SELECT count(lower(label COLLATE "C")) FROM labels')),
	('substance_fold(label)', pg_temp.median_ms('SELECT count(substance_fold(label)) FROM labels')),
	('normalize_substance(label)', pg_temp.median_ms('SELECT count(normalize_substance(label)) FROM labels'));

\echo 'median of 5 runs over 1,000,000 labels, one core; time_vs_lower: against lower() in the database collation'
SELECT variant, ms AS median_ms, round(1000000 / (ms / 1000)) AS calls_per_s,
       round(ms / (SELECT ms FROM results WHERE variant = 'lower(label)'), 2) AS time_vs_lower
FROM results ORDER BY ms;
SELECT round((SELECT ms FROM results WHERE variant = 'normalize_substance(label)') /
             (SELECT ms FROM results WHERE variant = 'lower(label)'), 2) AS normalize_over_lower,
       round(1000000 / (((SELECT ms FROM results WHERE variant = 'normalize_substance(label)') -
                         (SELECT ms FROM results WHERE variant = 'scan only: count(label)')) / 1000))
         AS normalize_calls_per_s_without_scan;

-- rebuilding the cache after a catalog change (a zero-row UPDATE fires the
-- statement trigger): the cost a session pays once per change
\echo 'cache rebuild after a catalog change, then one lookup (median of 5)'
SELECT pg_temp.median_ms($$UPDATE substance_alias SET confidence = confidence WHERE false;
	SELECT normalize_substance('ice')$$) AS rebuild_ms,
       pg_temp.median_ms($$SELECT normalize_substance('ice')$$) AS warm_lookup_ms,
       (SELECT count(*) FROM substance_alias) AS aliases;

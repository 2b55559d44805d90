-- Loads UNODC's "Drug seizures 2018-2022" CSV (sheet 1 of the workbook, title
-- row dropped) into unodc_seizure, and its totals rows into unodc_seizure_total:
-- every row of the file lands in exactly one of the two.  The view
-- unodc_group_total puts them back together without loss or double counting.
--
--   psql -v file=PATH/drug_seizures_2018_2022.csv -f loaders/unodc.sql
--
-- Blank quantities become NULL.  UNODC puts totals rows ("Total amphetamine-type
-- stimulants ...", "Reported total ...", "Cocaine (total of the above ...)")
-- beside the rows they total; they go to unodc_seizure_total so that summing
-- unodc_seizure counts nothing twice.  The rule: a row is a total when its
-- DrugSubGroup starts with "Reported total", or its DrugName starts with
-- "Total " or contains "(total of the above".
-- Loading a file again replaces the rows it loaded before (rows remember their
-- source file's name and line).  Everything happens in one transaction.
\set ON_ERROR_STOP on
\if :{?file}
\else
  \echo 'usage: psql -v file=PATH -f loaders/unodc.sql'
  \quit
\endif
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE TABLE IF NOT EXISTS unodc_seizure (
  region text, subregion text, country text NOT NULL, iso3 text, drug_group text,
  drug_subgroup text, drug_name text NOT NULL, substance text, year int NOT NULL,
  qty quantity(mass),
  source_file text NOT NULL, source_line int NOT NULL,
  PRIMARY KEY (source_file, source_line)
);
CREATE TABLE IF NOT EXISTS unodc_seizure_total (LIKE unodc_seizure INCLUDING ALL);
CREATE TEMP TABLE unodc_staging (
  line bigserial, region text, subregion text, country text, drug_group text, drug_subgroup text,
  drug_name text, year text, kilograms text, ms_code text) ON COMMIT DROP;
-- \copy takes no psql variables: the path reaches it through the environment
\setenv SEIZURE_LOAD_FILE :file
\copy unodc_staging (region, subregion, country, drug_group, drug_subgroup, drug_name, year, kilograms, ms_code) FROM PROGRAM 'cat -- "$SEIZURE_LOAD_FILE"' WITH (FORMAT csv, HEADER true)
SELECT regexp_replace(:'file', '^.*/', '') AS source_name \gset
DELETE FROM unodc_seizure WHERE source_file = :'source_name';
DELETE FROM unodc_seizure_total WHERE source_file = :'source_name';
CREATE TEMP TABLE unodc_rows ON COMMIT DROP AS
SELECT trim(region) AS region, trim(subregion) AS subregion, trim(country) AS country,
       trim(ms_code) AS iso3, trim(drug_group) AS drug_group, trim(drug_subgroup) AS drug_subgroup,
       trim(drug_name) AS drug_name, normalize_substance(drug_name) AS substance, year::int AS year,
       CASE WHEN nullif(trim(kilograms), '') IS NULL THEN NULL
            ELSE quantity(trim(kilograms)::numeric, 'kg') END::quantity(mass) AS qty,
       :'source_name'::text AS source_file, line::int + 1 AS source_line,
       (drug_subgroup ILIKE 'reported total%' OR drug_name ILIKE 'total %'
        OR drug_name ILIKE '%(total of the above%') AS is_total
FROM unodc_staging;
INSERT INTO unodc_seizure
SELECT region, subregion, country, iso3, drug_group, drug_subgroup, drug_name, substance, year, qty,
       source_file, source_line FROM unodc_rows WHERE NOT is_total;
INSERT INTO unodc_seizure_total
SELECT region, subregion, country, iso3, drug_group, drug_subgroup, drug_name, substance, year, qty,
       source_file, source_line FROM unodc_rows WHERE is_total;
-- One row per country, year and group that a total row covers: UNODC's totals
-- cover a DrugGroup, except cocaine's, which covers the subgroup Cocaine and
-- leaves out coca leaf and bush, so Cocaine-type is split by DrugSubGroup.
-- qty is the reported total where the file has one (the total rows of a cell
-- added up: some countries report several), else the sum of the parts.  A
-- total also covers unspecified amounts that no part carries, so it wins over
-- its parts; parts_exceed_total flags the cells where the parts add up to
-- more than the total (false where there is no total).
CREATE OR REPLACE VIEW unodc_group_total AS
WITH cell_row AS (
  SELECT iso3, country, year, drug_group, drug_subgroup, qty, false AS is_total FROM unodc_seizure
  UNION ALL
  SELECT iso3, country, year, drug_group, drug_subgroup, qty, true FROM unodc_seizure_total
), cell AS (
  SELECT iso3, country, year,
         CASE WHEN drug_group = 'Cocaine-type' THEN drug_subgroup ELSE drug_group END AS drug_group,
         bool_or(is_total) AS has_total,
         sum(qty) FILTER (WHERE is_total) AS reported,
         sum(qty) FILTER (WHERE NOT is_total) AS parts
  FROM cell_row GROUP BY 1, 2, 3, 4
)
SELECT iso3, country, year, drug_group,
       CASE WHEN has_total THEN reported ELSE parts END AS qty,
       CASE WHEN has_total THEN 'reported total' ELSE 'sum of parts' END AS basis,
       coalesce(parts > reported, false) AS parts_exceed_total
FROM cell;
COMMENT ON VIEW unodc_group_total IS
  'UNODC seizures per country, year and drug group: the reported total where the file has one, else the sum of the parts';
SELECT (SELECT count(*) FROM unodc_seizure WHERE source_file = :'source_name') AS rows_loaded,
       (SELECT count(*) FROM unodc_seizure_total WHERE source_file = :'source_name') AS totals_rows,
       (SELECT sum(qty) FROM unodc_seizure WHERE source_file = :'source_name') AS total;
COMMIT;

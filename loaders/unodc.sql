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
-- Names resolve in pg_catalog and the extension's schema only (search_path is
-- pg_catalog, pg_temp and the extension's objects are named with their
-- schema), so a function or table planted in a schema others can write is
-- never called.  The tables go into -v schema=NAME, by default the first
-- schema of the caller's search_path; a table of that name owned by another
-- role is refused (loading it would run its triggers with the loader's
-- rights).
\set ON_ERROR_STOP on
\if :{?file}
\else
  \echo 'usage: psql -v file=PATH -f loaders/unodc.sql'
  \quit
\endif
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT n.nspname AS seizure_schema
FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'seizure' \gset
\if :{?seizure_schema}
\else
  \echo 'extension seizure is not installed in this database: CREATE EXTENSION seizure'
  \quit
\endif
\if :{?schema}
\else
  SELECT pg_catalog.current_schema() AS schema \gset
\endif
SET LOCAL search_path = pg_catalog, pg_temp;
CREATE TABLE IF NOT EXISTS :"schema".unodc_seizure (
  region text, subregion text, country text NOT NULL, iso3 text, drug_group text,
  drug_subgroup text, drug_name text NOT NULL, substance text, year int NOT NULL,
  qty :"seizure_schema".quantity(mass),
  source_file text NOT NULL, source_line int NOT NULL,
  PRIMARY KEY (source_file, source_line)
);
CREATE TABLE IF NOT EXISTS :"schema".unodc_seizure_total (LIKE :"schema".unodc_seizure INCLUDING ALL);
-- every target table must be the loading role's own
SELECT pg_catalog.set_config('seizure_loader.tables', pg_catalog.array_to_string(ARRAY[pg_catalog.format('%I.%I', :'schema', 'unodc_seizure'), pg_catalog.format('%I.%I', :'schema', 'unodc_seizure_total')], ' '), true) AS tables \gset
DO $$
DECLARE
  t text;
  owner name;
BEGIN
  FOREACH t IN ARRAY pg_catalog.string_to_array(pg_catalog.current_setting('seizure_loader.tables'), ' ') LOOP
    SELECT pg_catalog.pg_get_userbyid(c.relowner) INTO owner FROM pg_catalog.pg_class c WHERE c.oid = t::pg_catalog.regclass;
    IF owner IS DISTINCT FROM current_user THEN
      RAISE EXCEPTION 'table % is owned by role %, not by the loading role %', t, owner, current_user
        USING ERRCODE = '42501',
              DETAIL = 'Loading a table runs its triggers and defaults with the rights of the loading role.',
              HINT = 'Load into a schema that only trusted roles can write: psql -v schema=NAME.';
    END IF;
  END LOOP;
END
$$;
CREATE TEMP TABLE unodc_staging (
  line bigserial, region text, subregion text, country text, drug_group text, drug_subgroup text,
  drug_name text, year text, kilograms text, ms_code text) ON COMMIT DROP;
-- \copy takes no psql variables: the path reaches it through the environment
\setenv SEIZURE_LOAD_FILE :file
\copy pg_temp.unodc_staging (region, subregion, country, drug_group, drug_subgroup, drug_name, year, kilograms, ms_code) FROM PROGRAM 'cat -- "$SEIZURE_LOAD_FILE"' WITH (FORMAT csv, HEADER true)
SELECT regexp_replace(:'file', '^.*/', '') AS source_name \gset
DELETE FROM :"schema".unodc_seizure WHERE source_file = :'source_name';
DELETE FROM :"schema".unodc_seizure_total WHERE source_file = :'source_name';
CREATE TEMP TABLE unodc_rows ON COMMIT DROP AS
SELECT trim(region) AS region, trim(subregion) AS subregion, trim(country) AS country,
       trim(ms_code) AS iso3, trim(drug_group) AS drug_group, trim(drug_subgroup) AS drug_subgroup,
       trim(drug_name) AS drug_name, :"seizure_schema".normalize_substance(drug_name) AS substance, year::int AS year,
       CAST(CASE WHEN nullif(trim(kilograms), '') IS NULL THEN NULL
                 ELSE :"seizure_schema".quantity(trim(kilograms)::numeric, 'kg') END
            AS :"seizure_schema".quantity(mass)) AS qty,
       :'source_name'::text AS source_file, line::int + 1 AS source_line,
       (drug_subgroup ILIKE 'reported total%' OR drug_name ILIKE 'total %'
        OR drug_name ILIKE '%(total of the above%') AS is_total
FROM pg_temp.unodc_staging;
INSERT INTO :"schema".unodc_seizure
SELECT region, subregion, country, iso3, drug_group, drug_subgroup, drug_name, substance, year, qty,
       source_file, source_line FROM pg_temp.unodc_rows WHERE NOT is_total;
INSERT INTO :"schema".unodc_seizure_total
SELECT region, subregion, country, iso3, drug_group, drug_subgroup, drug_name, substance, year, qty,
       source_file, source_line FROM pg_temp.unodc_rows WHERE is_total;
-- One row per country, year and group that a total row covers: UNODC's totals
-- cover a DrugGroup, except cocaine's, which covers the subgroup Cocaine and
-- leaves out coca leaf and bush, so Cocaine-type is split by DrugSubGroup.
-- qty is the reported total where the file has one (the total rows of a cell
-- added up: some countries report several), else the sum of the parts.  A
-- total also covers unspecified amounts that no part carries, so it wins over
-- its parts; parts_exceed_total flags the cells where the parts add up to
-- more than the total (false where there is no total).
CREATE OR REPLACE VIEW :"schema".unodc_group_total AS
WITH cell_row AS (
  SELECT iso3, country, year, drug_group, drug_subgroup, qty, false AS is_total FROM :"schema".unodc_seizure
  UNION ALL
  SELECT iso3, country, year, drug_group, drug_subgroup, qty, true FROM :"schema".unodc_seizure_total
), cell AS (
  SELECT iso3, country, year,
         CASE WHEN drug_group = 'Cocaine-type' THEN drug_subgroup ELSE drug_group END AS drug_group,
         bool_or(is_total) AS has_total,
         :"seizure_schema".sum(qty) FILTER (WHERE is_total) AS reported,
         :"seizure_schema".sum(qty) FILTER (WHERE NOT is_total) AS parts
  FROM cell_row GROUP BY 1, 2, 3, 4
)
SELECT iso3, country, year, drug_group,
       CASE WHEN has_total THEN reported ELSE parts END AS qty,
       CASE WHEN has_total THEN 'reported total' ELSE 'sum of parts' END AS basis,
       coalesce(parts OPERATOR(:"seizure_schema".>) reported, false) AS parts_exceed_total
FROM cell;
COMMENT ON VIEW :"schema".unodc_group_total IS
  'UNODC seizures per country, year and drug group: the reported total where the file has one, else the sum of the parts';
SELECT (SELECT count(*) FROM :"schema".unodc_seizure WHERE source_file = :'source_name') AS rows_loaded,
       (SELECT count(*) FROM :"schema".unodc_seizure_total WHERE source_file = :'source_name') AS totals_rows,
       (SELECT :"seizure_schema".sum(qty) FROM :"schema".unodc_seizure WHERE source_file = :'source_name') AS total;
COMMIT;

-- Loads a CBP "Nationwide Drug Seizures" CSV (or an Air and Marine Operations
-- CSV, whose "Branch" column goes into area) into cbp_seizure.
--
--   psql -v file=PATH/nationwide-drugs-fy19-fy22.csv -f loaders/cbp.sql
--
-- Quantities stay in pounds, as CBP publishes them, as exact quantities.
-- Loading a file again replaces the rows it loaded before (rows remember their
-- source file's name and line), so nothing is doubled; a corrected file with
-- the same name replaces the old one.  Everything happens in one transaction.
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
  \echo 'usage: psql -v file=PATH -f loaders/cbp.sql'
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
CREATE TABLE IF NOT EXISTS :"schema".cbp_seizure (
  fy int NOT NULL,
  month int NOT NULL CHECK (month BETWEEN 1 AND 12),
  component text NOT NULL,
  region text NOT NULL,
  land_filter text NOT NULL CHECK (land_filter IN ('land', 'other')),
  area text NOT NULL,
  drug_type text NOT NULL,
  substance text,
  events int NOT NULL,
  qty :"seizure_schema".quantity(mass) NOT NULL,
  source_file text NOT NULL,
  source_line int NOT NULL,
  PRIMARY KEY (source_file, source_line)
);
-- every target table must be the loading role's own
SELECT pg_catalog.set_config('seizure_loader.tables', pg_catalog.array_to_string(ARRAY[pg_catalog.format('%I.%I', :'schema', 'cbp_seizure')], ' '), true) AS tables \gset
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
CREATE TEMP TABLE cbp_staging (
  line bigserial, fy text, month text, component text, region text, land_filter text,
  area text, drug_type text, events text, qty_lbs text) ON COMMIT DROP;
-- \copy takes no psql variables: the path reaches it through the environment
\setenv SEIZURE_LOAD_FILE :file
\copy pg_temp.cbp_staging (fy, month, component, region, land_filter, area, drug_type, events, qty_lbs) FROM PROGRAM 'cat -- "$SEIZURE_LOAD_FILE"' WITH (FORMAT csv, HEADER true)
SELECT regexp_replace(:'file', '^.*/', '') AS source_name \gset
DELETE FROM :"schema".cbp_seizure WHERE source_file = :'source_name';
INSERT INTO :"schema".cbp_seizure
SELECT substring(fy FROM '^\s*(\d{4})')::int,                        -- '2026 (FYTD)' -> 2026
       array_position(ARRAY['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'],
                      upper(trim(month))),
       trim(component), trim(region),
       CASE lower(trim(land_filter)) WHEN 'land only' THEN 'land' WHEN 'land' THEN 'land'
                                     WHEN 'other' THEN 'other' END,
       trim(area), trim(drug_type), :"seizure_schema".normalize_substance(drug_type),
       events::int,
       :"seizure_schema".quantity(qty_lbs::numeric, 'lb'),
       :'source_name', line::int + 1                                 -- line 1 is the header
FROM pg_temp.cbp_staging;
SELECT count(*) AS rows_loaded, sum(events) AS events, :"seizure_schema".sum(qty) AS total
FROM :"schema".cbp_seizure WHERE source_file = :'source_name';
COMMIT;

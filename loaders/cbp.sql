-- Loads a CBP "Nationwide Drug Seizures" CSV (or an Air and Marine Operations
-- CSV, whose "Branch" column goes into area) into cbp_seizure.
--
--   psql -v file=PATH/nationwide-drugs-fy19-fy22.csv -f loaders/cbp.sql
--
-- Quantities stay in pounds, as CBP publishes them, as exact quantities.
-- Loading a file again replaces the rows it loaded before (rows remember their
-- source file's name and line), so nothing is doubled; a corrected file with
-- the same name replaces the old one.  Everything happens in one transaction.
\set ON_ERROR_STOP on
\if :{?file}
\else
  \echo 'usage: psql -v file=PATH -f loaders/cbp.sql'
  \quit
\endif
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE TABLE IF NOT EXISTS cbp_seizure (
  fy int NOT NULL,
  month int NOT NULL CHECK (month BETWEEN 1 AND 12),
  component text NOT NULL,
  region text NOT NULL,
  land_filter text NOT NULL CHECK (land_filter IN ('land', 'other')),
  area text NOT NULL,
  drug_type text NOT NULL,
  substance text,
  events int NOT NULL,
  qty quantity(mass) NOT NULL,
  source_file text NOT NULL,
  source_line int NOT NULL,
  PRIMARY KEY (source_file, source_line)
);
CREATE TEMP TABLE cbp_staging (
  line bigserial, fy text, month text, component text, region text, land_filter text,
  area text, drug_type text, events text, qty_lbs text) ON COMMIT DROP;
-- \copy takes no psql variables: the path reaches it through the environment
\setenv SEIZURE_LOAD_FILE :file
\copy cbp_staging (fy, month, component, region, land_filter, area, drug_type, events, qty_lbs) FROM PROGRAM 'cat -- "$SEIZURE_LOAD_FILE"' WITH (FORMAT csv, HEADER true)
SELECT regexp_replace(:'file', '^.*/', '') AS source_name \gset
DELETE FROM cbp_seizure WHERE source_file = :'source_name';
INSERT INTO cbp_seizure
SELECT substring(fy FROM '^\s*(\d{4})')::int,                        -- '2026 (FYTD)' -> 2026
       array_position(ARRAY['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'],
                      upper(trim(month))),
       trim(component), trim(region),
       CASE lower(trim(land_filter)) WHEN 'land only' THEN 'land' WHEN 'land' THEN 'land'
                                     WHEN 'other' THEN 'other' END,
       trim(area), trim(drug_type), normalize_substance(drug_type),
       events::int,
       quantity(qty_lbs::numeric, 'lb'),
       :'source_name', line::int + 1                                 -- line 1 is the header
FROM cbp_staging;
SELECT count(*) AS rows_loaded, sum(events) AS events, sum(qty) AS total
FROM cbp_seizure WHERE source_file = :'source_name';
COMMIT;

-- The analyst report on the illustrative Silent Sweeper II dataset.
-- Run by `make demo`; every query here also works in psql on your own data.
\pset footer off
\pset null '-'
CREATE EXTENSION IF NOT EXISTS seizure;

-- 1. Load the raw records exactly as officers typed them.
CREATE TABLE seizure_raw (
  seizure_id int PRIMARY KEY, seized_on date, route text, remarks text,
  substance text, quantity text,
  sender_name text, sender_phone text, sender_address text,
  receiver_name text, receiver_phone text, receiver_address text);
\copy seizure_raw FROM 'demo/silent_sweeper_ii.csv' WITH (FORMAT csv, HEADER true)

\echo
\echo '== Silent Sweeper II (illustrative data): 30 seizures, June 23 - July 18'
\echo
\echo '-- Raw quantities as typed, read as exact quantities'
SELECT seizure_id, substance, quantity AS typed, quantity::quantity AS quantity,
       kind(quantity::quantity) AS kind
FROM seizure_raw ORDER BY seizure_id LIMIT 8;

\echo '-- Totals: sum() refuses to add unlike kinds; tally() keeps them apart'
SELECT tally(quantity::quantity) AS everything FROM seizure_raw;
SELECT kind(quantity::quantity) AS kind, count(*) AS seizures, sum(quantity::quantity) AS total
FROM seizure_raw GROUP BY 1 ORDER BY 1;

\echo '-- Unit conversions are exact: 1.2 lbs in g, kg and oz'
SELECT '1.2 lbs'::quantity AS typed, to_unit('1.2 lbs', 'g') AS grams,
       to_unit('1.2 lbs', 'kg') AS kilograms, to_unit('1.2 lbs', 'oz') AS ounces;

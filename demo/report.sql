-- The analyst report on the illustrative Silent Sweeper II dataset.
-- Run by `make demo`; every query here works in psql on your own data.
\set ON_ERROR_STOP on
\pset footer off
\pset null '-'
\pset format wrapped
\pset columns 140
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS seizure;

-- 1. The raw records, exactly as officers typed them (illustrative data).
CREATE TABLE seizure_raw (
  seizure_id int PRIMARY KEY, seized_on date, route text, remarks text,
  substance text, quantity text,
  sender_name text, sender_phone text, sender_address text,
  receiver_name text, receiver_phone text, receiver_address text);
\copy seizure_raw FROM 'demo/silent_sweeper_ii.csv' WITH (FORMAT csv, HEADER true)

\echo
\echo '================================================================================'
\echo ' Silent Sweeper II (Korea-US joint operation), illustrative data: 30 seizures'
\echo '================================================================================'
\echo
\echo '-- Names no alias in the catalog knows yet'
SELECT substance AS unknown_name, count(*) AS seizures
FROM seizure_raw WHERE normalize_substance(substance) IS NULL GROUP BY 1 ORDER BY 1;

-- An analyst teaches the catalog two phrases it reads only as salt and form
-- around a known name (confidence 0.9); every session sees them at once.
INSERT INTO substance_alias (alias, lang, substance) VALUES
  ('liquid marijuana cartridges', 'en', 'cannabis_oil'),
  ('ketamine HCl', 'en', 'ketamine');

-- 2. Normalised: exact quantities, canonical substances, routes (recorded, or
--    classified from the remarks when the route column is empty).
CREATE TABLE seizure AS
SELECT r.seizure_id, r.seized_on, r.substance AS substance_as_typed,
       normalize_substance(r.substance) AS substance,
       r.quantity::quantity AS q,
       coalesce(nullif(r.route, '')::route, classify_route(r.remarks)) AS route,
       CASE WHEN nullif(r.route, '') IS NULL THEN 'classified' ELSE 'recorded' END AS route_source,
       r.remarks
FROM seizure_raw r;

\echo '-- Names and units as typed, normalised (first 12 of 30)'
SELECT seizure_id AS id, substance_as_typed AS typed_name, substance, q AS quantity, route, route_source
FROM seizure ORDER BY seizure_id LIMIT 12;

\echo '-- Totals by substance: tally() keeps kinds apart, so nothing mixes silently'
SELECT CASE WHEN grouping(s.name_en) = 1 THEN '(all)' ELSE s.name_en END AS substance,
       count(*) AS seizures, tally(z.q) AS total
FROM seizure z JOIN substance s ON s.key = z.substance
GROUP BY ROLLUP (s.name_en) ORDER BY grouping(s.name_en), s.name_en;

\echo '-- As the press release groups them'
SELECT CASE WHEN z.substance IN ('alprazolam', 'clonazepam', 'dextromethorphan', 'methylphenidate')
            THEN 'pharmaceuticals containing narcotics' ELSE s.name_en END AS press_category,
       count(*) AS seizures, tally(z.q) AS total
FROM seizure z JOIN substance s ON s.key = z.substance
GROUP BY 1 ORDER BY min(z.seizure_id);

\echo '-- By route (classified from the remarks where the route column was empty)'
SELECT route, route_label(route, 'ko') AS "경로", count(*) AS seizures,
       count(*) FILTER (WHERE route_source = 'classified') AS classified, tally(q) AS total
FROM seizure GROUP BY route ORDER BY route;

\echo '-- How one route was read: the evidence behind a classification'
SELECT seizure_id, remarks, classify_route(remarks) AS route,
       classify_route_explain(remarks)->'confidence' AS confidence
FROM seizure WHERE seizure_id IN (4, 17);
SELECT seizure_id, e->>'position' AS position, e->>'text' AS found, e->>'kind' AS kind, e->>'route' AS points_to,
       e->>'weight' AS weight, e->>'counted' AS counted
FROM seizure, jsonb_array_elements(classify_route_explain(remarks)->'evidence') e
WHERE seizure_id IN (4, 17);

\echo '-- By week'
SELECT date_trunc('week', seized_on)::date AS week_of, count(*) AS seizures, tally(q) AS total
FROM seizure GROUP BY 1 ORDER BY 1;

\echo '-- Reconciling the press release: "totaling 31.4 kg"'
WITH t AS (SELECT tally(q) AS all_seized FROM seizure),
     f AS (SELECT grams_per_unit, basis, source FROM conversion_factor
           WHERE substance = 'narcotic_pharmaceutical' AND unit = 'tablet')
SELECT part(all_seized, 'mass') AS drugs_weighed,
       part(all_seized, 'tablet') AS tablets,
       round(f.grams_per_unit, 4) || ' g/tablet (' || f.basis || ')' AS factor,
       to_mass(part(all_seized, 'tablet'), 'narcotic_pharmaceutical') AS tablets_as_mass,
       part(all_seized, 'mass')::quantity_tally
         + to_mass(part(all_seized, 'tablet'), 'narcotic_pharmaceutical') AS press_total
FROM t, f;
SELECT source AS "factor source" FROM conversion_factor
WHERE substance = 'narcotic_pharmaceutical' AND unit = 'tablet';

-- 3. Networks: seizures that share a sender's or receiver's phone or address.
--    Keys are normalised first (US senders, Korean receivers); names alone
--    are weak evidence and are not used to link.
CREATE TABLE seizure_party AS
SELECT r.seizure_id, p.role, p.kind, p.key
FROM seizure_raw r, LATERAL (VALUES
  ('sender', 'phone', normalize_party(r.sender_phone, 'phone', 'US')),
  ('sender', 'address', normalize_party(r.sender_address, 'address')),
  ('receiver', 'phone', normalize_party(r.receiver_phone, 'phone', 'KR')),
  ('receiver', 'address', normalize_party(r.receiver_address, 'address'))) p(role, kind, key)
WHERE p.key IS NOT NULL;

\echo '-- Party keys as typed and normalised (one sender, four spellings of one phone)'
SELECT DISTINCT r.sender_phone AS typed, normalize_party(r.sender_phone, 'phone', 'US') AS key
FROM seizure_raw r WHERE r.sender_name = 'John Park' ORDER BY 1;

CREATE TABLE network AS
SELECT substring(node FROM 'seizure:(\d+)')::int AS seizure_id, group_id
FROM linked_groups($$SELECT 'seizure:' || seizure_id, kind || ':' || key FROM seizure_party$$)
WHERE node LIKE 'seizure:%';

\echo '-- Networks of linked seizures, largest first, with what they moved'
SELECT n.group_id AS network, count(*) AS seizures, string_agg(z.seizure_id::text, ',' ORDER BY z.seizure_id) AS ids,
       string_agg(DISTINCT route::text, ', ') AS routes, tally(z.q) AS total
FROM network n JOIN seizure z USING (seizure_id)
GROUP BY n.group_id HAVING count(*) > 1
ORDER BY count(*) DESC, n.group_id;

-- The partner agency writes Korean receivers in Latin letters, in its own
-- order and spelling; a name key reads both scripts (docs/networks.md).
\echo '-- US-side records (illustrative) matched to Korean seizures by receiver name'
SELECT u.case_no AS us_case, u.consignee AS us_spelling, r.receiver_name AS kr_spelling,
       normalize_party(u.consignee, 'name') AS name_key,
       string_agg(r.seizure_id::text, ',' ORDER BY r.seizure_id) AS kr_seizures
FROM (VALUES ('HSI-LA-0412', 'KIM MIN SU'), ('HSI-SF-0433', 'Ha-eun Yoon'),
             ('HSI-LA-0450', 'Bae Su-jin')) u(case_no, consignee)
JOIN seizure_raw r ON normalize_party(r.receiver_name, 'name') = normalize_party(u.consignee, 'name')
GROUP BY 1, 2, 3, 4 ORDER BY 1;

-- 4. A plain-typed view for BI tools (see docs/bi.md).
CREATE VIEW seizure_bi AS
SELECT seizure_id, seized_on, substance, route_label(route, 'en') AS route,
       q::text AS quantity, mass_kg(q) AS net_kg, item_count(q) AS items, unit(q) AS item_unit,
       is_estimate(q) AS estimate
FROM seizure;
\echo '-- What a BI tool reads (plain numeric and text columns)'
SELECT route, sum(net_kg) AS net_kg, sum(items) AS items FROM seizure_bi GROUP BY route ORDER BY route;

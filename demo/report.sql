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

-- 5. The next inspection (docs/screening.md).  The US side keys the
--    parties of these seizures into a watch-list and shares them as keyed
--    pseudonyms; the Korean side screens a week of incoming express and
--    mail consignments against them with the operation's secret.  The
--    secret here is illustrative: an operation makes its own, e.g. with
--    pgcrypto's gen_random_bytes(32), and never stores it in a table.
\set secret '\'\\x5eed5eed000102030405060708090a0b0c0d0e0f101112131415161718191a1b\''
CREATE VIEW seizure_parties AS
SELECT seizure_id::text AS ref, 'name' AS kind, sender_name AS value, NULL::text AS country FROM seizure_raw UNION ALL
SELECT seizure_id::text, 'phone', sender_phone, 'US' FROM seizure_raw UNION ALL
SELECT seizure_id::text, 'address', sender_address, NULL FROM seizure_raw UNION ALL
SELECT seizure_id::text, 'name', receiver_name, NULL FROM seizure_raw UNION ALL
SELECT seizure_id::text, 'phone', receiver_phone, 'KR' FROM seizure_raw UNION ALL
SELECT seizure_id::text, 'address', receiver_address, NULL FROM seizure_raw;
CREATE TABLE us_watch AS
SELECT * FROM watch_list('SELECT seizure_id::text, seized_on, q, route FROM seizure',
                         'SELECT * FROM seizure_parties', DATE '2025-12-31');
-- what crosses to the partner: kinds, pseudonyms, case references, expiry
CREATE TABLE shared_with_kcs AS
SELECT * FROM watch_list_export('SELECT kind, key, reference, expires FROM us_watch', :secret);

-- A week of incoming consignments (generated): 100,000 express and mail
-- items from the US with invented parties, among them 36 sent by or to the
-- seizures' parties written in other formats and scripts, and 12 decoys one
-- digit, one syllable or one letter away.  The invented parties are kept
-- off the seizures' keys (a generated 윤하은 would be the seizures' 윤하은).
CREATE TABLE consignment AS
SELECT 'KR' || lpad(g::text, 7, '0') AS id, DATE '2025-07-21' + g % 7 AS arriving,
       (ARRAY['express_cargo', 'international_mail'])[1 + g % 2]::route AS route,
       'Shipper ' || g AS sender_name, format('+1 (%s) 555-%s', 201 + g % 700, 2000 + g % 7000) AS sender_phone,
       (ARRAY['김','이','박','최','정','강','조','윤','장','임'])[1 + g % 10]
         || (ARRAY['도','하','서','지','예','수','시','주','유','채'])[1 + (g / 10) % 10]
         || (ARRAY['윤','은','원','안','율','아','온','린','경','담'])[1 + (g / 100) % 10] AS receiver_name,
       format('010-%s-%s', 2000 + g % 7000, lpad((g % 9999)::text, 4, '0')) AS receiver_phone,
       format('경기도 성남시 분당구 판교로 %s', 1 + g % 900) AS receiver_address,
       'fresh' AS planted
FROM generate_series(1, 100200) g;
DELETE FROM consignment c
WHERE party_key(c.receiver_name, 'name', NULL) IN (SELECT key FROM us_watch WHERE kind = 'name')
   OR party_key(c.receiver_phone, 'phone', 'KR') IN (SELECT key FROM us_watch WHERE kind = 'phone')
   OR party_key(c.sender_phone, 'phone', 'US') IN (SELECT key FROM us_watch WHERE kind = 'phone');
DELETE FROM consignment WHERE id > (SELECT id FROM consignment ORDER BY id OFFSET 99951 LIMIT 1);
INSERT INTO consignment (id, arriving, route, sender_name, sender_phone, receiver_name, receiver_phone, receiver_address, planted)
SELECT 'KR9' || lpad((100 * k + n)::text, 6, '0'), DATE '2025-07-21' + (n + k) % 7,
       (ARRAY['express_cargo', 'international_mail'])[1 + n % 2]::route, s, sp, r, rp, ra, p
FROM (VALUES
  -- related: the seizures' parties, as other manifests write them
  (1, 'JOHN PARK', '213 555 0147', 'Minsu Kim', '+82-10-2345-6789', NULL, 'related'),
  (2, 'Park, John', '+1.213.555.0147', '김민수', '010 2345 6789', NULL, 'related'),
  (3, 'LA VAPE SUPPLY', '323-555-0199', 'Lee Seo-yeon', '+82 1098765432', NULL, 'related'),
  (4, 'La Vape Supply', '+13235550199', 'Seoyeon Lee', NULL, NULL, 'related'),
  (5, 'Pacific Trade', '(212)555-0123', '한국무역상사', '02 555 0101', NULL, 'related'),
  (6, 'Pacific Trade L.L.C.', '212.555.0123', NULL, '+82 2-555-0101', NULL, 'related'),
  (7, 'Green Coast', '415 555 0188', 'Yoon Ha-eun', '+82 10 7777 8888', NULL, 'related'),
  (8, 'GREEN COAST DISTRO', '+1-415-555-0188', 'YOON HA EUN', '01077778888', NULL, 'related'),
  (9, 'Sunrise Logistics', '+1 702 555 0166', 'Oh Se-hoon', '+82 10-6666-7777', NULL, 'related'),
  (10, 'Sunrise', '7025550166', '오세훈', '010.6666.7777', NULL, 'related'),
  (11, 'Westside Pharmacy', '(310) 555 0177', 'Shin Dong-wook', NULL, NULL, 'related'),
  (12, 'WESTSIDE PHARMACY SUPPLY', '310-555-0177', '신동욱', NULL, NULL, 'related'),
  (13, 'A. Lopez', '+1 213 555 9001', 'Jung Woo-jin', '+82 10 5555 1212', NULL, 'related'),
  (14, 'M. Chen', '+1 646 555 9002', '정우진', '010-5555-1212', NULL, 'related'),
  (15, 'K. Brown', '+1 503 555 9003', 'Choi Yu-na', '+82-10-3333-4444', NULL, 'related'),
  (16, 'T. Nguyen', '+1 206 555 9004', '최유나', '01033334444', NULL, 'related'),
  (17, 'J. Rivera', '+1 305 555 9005', 'Bae Su-jin', NULL, NULL, 'related'),
  (18, 'S. Patel', '+1 312 555 9006', 'Kang Tae-ho', NULL, NULL, 'related'),
  -- decoys: one digit, one syllable, one letter away
  (19, 'John Parks', '213 555 0148', '김민주', '010-2345-6788', NULL, 'decoy'),
  (20, 'LA Vape Supplies', '323-555-0198', '이서윤', '010-9876-5431', NULL, 'decoy'),
  (21, 'Pacific Trading', '212-555-0124', '한국무역', '02-555-0102', NULL, 'decoy'),
  (22, 'Green Coast Farms', '415-555-0189', '윤하늘', '010-7777-8889', NULL, 'decoy'),
  (23, 'Sunset Logistics', '702-555-0167', '오세현', '010-6666-7778', NULL, 'decoy'),
  (24, 'Westside Pharma', '310-555-0178', '신동우', '010-1111-2223', NULL, 'decoy')
) v(n, s, sp, r, rp, ra, p)
CROSS JOIN generate_series(0, 1) k;
CREATE VIEW consignment_fields AS
SELECT id, 'sender_name' AS field, 'name' AS kind, sender_name AS value, NULL::text AS country FROM consignment UNION ALL
SELECT id, 'sender_phone', 'phone', sender_phone, 'US' FROM consignment UNION ALL
SELECT id, 'receiver_name', 'name', receiver_name, NULL FROM consignment UNION ALL
SELECT id, 'receiver_phone', 'phone', receiver_phone, 'KR' FROM consignment UNION ALL
SELECT id, 'receiver_address', 'address', receiver_address, NULL FROM consignment;

CREATE TABLE hit AS
SELECT * FROM screen('SELECT * FROM consignment_fields', 'SELECT * FROM us_watch WHERE false',
                     'SELECT * FROM shared_with_kcs', :secret, DATE '2025-07-21');

\echo '-- The next inspection: a week of incoming consignments screened against the US pseudonyms'
SELECT (SELECT count(*) FROM consignment) AS consignments,
       (SELECT count(*) FROM shared_with_kcs) AS pseudonyms_received,
       count(DISTINCT h.consignment) AS to_inspect,
       count(DISTINCT h.consignment) FILTER (WHERE c.planted = 'related') AS related_found,
       (SELECT count(*) FROM consignment WHERE planted = 'related') AS related_planted,
       count(DISTINCT h.consignment) FILTER (WHERE c.planted <> 'related') AS others_hit
FROM hit h JOIN consignment c ON c.id = h.consignment;

-- The hits name US case references only; the follow-up request by
-- reference brings the evidence (here read from the US side's list).
\echo '-- Consignments to inspect, with the evidence behind each (first 12)'
SELECT i.id, i.arriving, i.route, i.matched_fields, i.us_refs,
       e.network_seizures AS network, e.network_tally AS network_total, e.last_seized
FROM (SELECT c.id, c.arriving, c.route, string_agg(DISTINCT h.field, ', ' ORDER BY h.field) AS matched_fields,
             string_agg(DISTINCT h.reference, ',' ORDER BY h.reference) AS us_refs, min(h.reference) AS first_ref
      FROM hit h JOIN consignment c ON c.id = h.consignment
      GROUP BY c.id, c.arriving, c.route) i
JOIN LATERAL (SELECT w.network_seizures, w.network_tally, w.last_seized FROM us_watch w
              WHERE w.reference = i.first_ref LIMIT 1) e ON true
ORDER BY i.arriving, i.id LIMIT 12;

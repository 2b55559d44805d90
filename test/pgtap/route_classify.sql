-- Properties of classify_route and classify_route_explain over generated
-- remarks: identifiers embedded in neutral English and Korean filler,
-- keyword-only remarks, and conflicts between the two.
BEGIN;
SELECT plan(9);
SELECT setseed(0.346);

CREATE FUNCTION pg_temp.rnd(alphabet text, n int) RETURNS text LANGUAGE sql AS $$
SELECT coalesce(string_agg(substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1), ''), '')
FROM generate_series(1, n)
$$;
CREATE FUNCTION pg_temp.filler(n int) RETURNS text LANGUAGE sql AS $$
SELECT coalesce(string_agg((ARRAY['seized', 'during', 'inspection', 'of', 'declared', 'as', 'cosmetics',
       'tablets', 'found', 'in', 'a', 'box', 'from', 'California', '적발', '은닉', '신고', '물품', '검사',
       '필로폰', '대마', '케타민', '(미국발)', '-', ',', ':'])[1 + floor(random() * 26)::int], ' '), '')
FROM generate_series(1, n)
$$;

-- identifiers that need no keyword: S10, ISO 6346, UPS, hyphenated air waybills
CREATE TEMP TABLE strong (id text, route route);
INSERT INTO strong
SELECT c, 'mail' FROM (
  SELECT pg_temp.rnd('ERCLVUHM', 1) || pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) || pg_temp.rnd('0123456789', 8) AS b,
         (ARRAY['US', 'KR', 'CN', 'GB', 'DE'])[1 + floor(random() * 5)::int] AS cc
  FROM generate_series(1, 300)) t, generate_series(0, 9) d, LATERAL (SELECT b || d || cc AS c) x
WHERE is_valid_identifier(c, 'upu_s10');
INSERT INTO strong
SELECT c, 'sea cargo' FROM (
  SELECT pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3) || 'U' || pg_temp.rnd('0123456789', 6) AS b
  FROM generate_series(1, 300)) t, generate_series(0, 9) d, LATERAL (SELECT b || d AS c) x
WHERE is_valid_identifier(c, 'iso6346');
INSERT INTO strong
SELECT c, 'express' FROM (
  SELECT '1Z' || pg_temp.rnd('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 15) AS b
  FROM generate_series(1, 300)) t, generate_series(0, 9) d, LATERAL (SELECT b || d AS c) x
WHERE is_valid_identifier(c, 'ups');
INSERT INTO strong
SELECT left(c, 3) || '-' || substr(c, 4), 'air cargo' FROM (
  SELECT pg_temp.rnd('0123456789', 10) AS b FROM generate_series(1, 300)) t,
  generate_series(0, 6) d, LATERAL (SELECT b || d AS c) x
WHERE is_valid_identifier(c, 'iata_awb');

CREATE TEMP TABLE remarks AS
SELECT id, route, pg_temp.filler(floor(random() * 6)::int) || ' ' || id || ' ' || pg_temp.filler(floor(random() * 6)::int) AS r
FROM strong;

SELECT is((SELECT count(*) FROM remarks WHERE classify_route(r) = route), (SELECT count(*) FROM remarks),
          format('an identifier in neutral filler gives its route (%s remarks)', (SELECT count(*) FROM remarks)));

SELECT is((SELECT count(*) FROM remarks, jsonb_array_elements(classify_route_explain(r) -> 'evidence') e
           WHERE substr(r, (e ->> 'position')::int, (e ->> 'length')::int) IS DISTINCT FROM e ->> 'text'),
          0::bigint, 'every evidence position and length, in characters, points at its text');

-- identifiers outweigh keywords of other routes, however many
CREATE TEMP TABLE conflicts AS
SELECT id, route, r || ' ' || string_agg(kw, ' ') AS r
FROM remarks, LATERAL (SELECT kw FROM unnest(ARRAY['passenger', 'courier', 'EMS', 'container', 'air cargo',
                                                     '여행자', '특송화물', '국제우편', '육로', 'general cargo']) kw
                       WHERE kw::route <> route ORDER BY random() LIMIT 3) k
GROUP BY id, route, r;
SELECT is((SELECT count(*) FROM conflicts WHERE classify_route(r) = route), (SELECT count(*) FROM conflicts),
          'a checked identifier outweighs three keywords of other routes');
SELECT is((SELECT count(*) FROM conflicts WHERE (classify_route_explain(r) ->> 'confidence')::numeric < 0.5),
          (SELECT count(*) FROM conflicts), 'and the conflict shows as a confidence below 0.5');

-- keyword-only remarks: ASCII case does not matter
CREATE TEMP TABLE kw_remarks AS
SELECT pg_temp.filler(2) || ' ' || kw || ' ' || pg_temp.filler(2) AS r, route::route
FROM (VALUES ('passenger', 'traveler'), ('Traveller', 'traveler'), ('carry-on', 'traveler'),
             ('courier', 'express'), ('express cargo', 'express'), ('EMS', 'mail'), ('postal', 'mail'),
             ('air waybill', 'air cargo'), ('sea freight', 'sea cargo'), ('container', 'sea cargo'),
             ('general cargo', 'general cargo'), ('land border', 'land'), ('vehicle', 'land')) k(kw, route),
     generate_series(1, 50);
SELECT is((SELECT count(*) FROM kw_remarks
           WHERE classify_route(r) = route AND classify_route(upper(r)) = route AND classify_route(lower(r)) = route),
          (SELECT count(*) FROM kw_remarks), 'a keyword gives its route in any ASCII case');

-- whole words only: a keyword glued to letters or digits is no keyword
SELECT is((SELECT count(*) FROM unnest(ARRAY['passenger', 'courier', 'mail', 'postal', 'cargo', 'container',
                                              'vehicle', 'dhl', 'fedex', 'awb', 'ems', 'express']) kw
           WHERE classify_route('x' || kw) IS NOT NULL OR classify_route(kw || '9') IS NOT NULL
              OR classify_route(kw || 'box') IS NOT NULL),
          0::bigint, 'English keywords match whole words only');

-- Korean keywords match with particles attached
SELECT is((SELECT count(*) FROM (VALUES ('여행자가'), ('국제우편으로'), ('특송화물에서'), ('항공화물을'),
                                       ('해상화물로'), ('일반화물의'), ('육로로')) v(r)
           WHERE classify_route(r) IS NULL), 0::bigint, 'Korean keywords match with particles attached');

-- the explanation agrees with the function, and confidence is in [0, 1]
SELECT is((SELECT count(*) FROM (SELECT r FROM remarks UNION ALL SELECT r FROM conflicts UNION ALL SELECT r FROM kw_remarks) t
           WHERE (classify_route_explain(r) ->> 'route') IS DISTINCT FROM classify_route(r)::text
              OR (classify_route_explain(r) ->> 'confidence')::numeric NOT BETWEEN 0 AND 1),
          0::bigint, 'classify_route_explain agrees with classify_route; confidence between 0 and 1');

-- no counted evidence, no route
SELECT is((SELECT count(*) FROM (SELECT pg_temp.filler(8) AS r FROM generate_series(1, 500)) t
           WHERE classify_route(r) IS NOT NULL
              OR jsonb_array_length(classify_route_explain(r) -> 'evidence') <> 0),
          0::bigint, 'neutral filler alone gives no route and no evidence');

SELECT * FROM finish();
ROLLBACK;

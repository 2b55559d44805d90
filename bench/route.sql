-- Data for bench/route.sh: 1M identifier-like field values and 1M free-text
-- remarks, English and Korean, built from valid identifiers of every kind.
-- Check digits are found with is_valid_identifier (the suite checks it
-- against an independent reference; here it only shapes realistic data).
SELECT setseed(0.19);

CREATE FUNCTION pg_temp.rnd(alphabet text, n int) RETURNS text LANGUAGE sql AS $$
SELECT coalesce(string_agg(substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1), ''), '')
FROM generate_series(1, n)
$$;

-- 2000 bodies of each kind, completed with the one check digit that fits
CREATE TABLE pool (kind text, id text);
INSERT INTO pool
SELECT kind, c FROM (
  SELECT 'upu_s10' AS kind, pg_temp.rnd('ERCLVUHM', 1) || pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)
         || pg_temp.rnd('0123456789', 8) AS body,
         (ARRAY['US', 'KR', 'CN', 'GB', 'DE', 'CA', 'JP', 'TH', 'NL', 'PH', 'VN', 'MX'])[1 + floor(random() * 12)::int] AS tail
  FROM generate_series(1, 2000)
  UNION ALL
  SELECT 'iata_awb', pg_temp.rnd('0123456789', 10), '' FROM generate_series(1, 2000)
  UNION ALL
  SELECT 'iso6346', pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3) || 'U' || pg_temp.rnd('0123456789', 6), ''
  FROM generate_series(1, 2000)
  UNION ALL
  SELECT 'ups', '1Z' || pg_temp.rnd('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 15), '' FROM generate_series(1, 2000)
  UNION ALL
  SELECT 'fedex_express', pg_temp.rnd('0123456789', 11), '' FROM generate_series(1, 2000)
  UNION ALL
  SELECT 'fedex_ground', '96' || pg_temp.rnd('0123456789', 12), '' FROM generate_series(1, 2000)
  UNION ALL
  SELECT 'dhl_express', pg_temp.rnd('0123456789', 9), '' FROM generate_series(1, 2000)
  UNION ALL
  SELECT 'mrz_document', pg_temp.rnd('MSLDGKR', 1) || pg_temp.rnd('0123456789', 8), '' FROM generate_series(1, 2000)
) b, generate_series(0, 9) d, LATERAL (SELECT b.body || d || b.tail AS c) x
WHERE is_valid_identifier(c, kind);
INSERT INTO pool
SELECT 'flight', (ARRAY['KE', 'OZ', 'UA', 'DL', 'AA', '7C', 'LJ', 'TW', 'CX', 'NH', 'JL', 'QF', 'BA'])[1 + floor(random() * 13)::int]
       || (1 + floor(random() * 999)::int)
FROM generate_series(1, 2000);

CREATE TABLE arr AS
SELECT kind, array_agg(id) AS ids, count(*)::int AS n FROM pool GROUP BY kind;

CREATE FUNCTION pg_temp.pick(k text) RETURNS text LANGUAGE sql AS $$
SELECT ids[1 + floor(random() * n)::int] FROM arr WHERE kind = k
$$;
CREATE FUNCTION pg_temp.one(VARIADIC a text[]) RETURNS text LANGUAGE sql AS $$
SELECT a[1 + floor(random() * array_length(a, 1))::int]
$$;

-- field values: 60% valid identifiers (some lower case or spaced), 20% with a
-- wrong check digit, 20% other things found in such columns
CREATE TABLE idents AS
SELECT CASE WHEN r < 0.6 THEN
              CASE WHEN random() < 0.1 THEN lower(v)
                   WHEN kind = 'iata_awb' AND random() < 0.5 THEN substr(v, 1, 3) || '-' || substr(v, 4)
                   WHEN kind = 'iso6346' AND random() < 0.5 THEN substr(v, 1, 4) || ' ' || substr(v, 5, 6) || ' ' || substr(v, 11)
                   ELSE v END
            -- a check digit changed (flights have none and stay valid)
            WHEN r < 0.8 AND kind = 'upu_s10' THEN overlay(v PLACING ((substr(v, 11, 1)::int + 1) % 10)::text FROM 11 FOR 1)
            WHEN r < 0.8 THEN left(v, length(v) - 1) || (right(v, 1)::int + 1) % 10
            ELSE pg_temp.one('N/A', 'unknown', '010-' || pg_temp.rnd('0123456789', 4) || '-' || pg_temp.rnd('0123456789', 4),
                             'ORD-2024-' || pg_temp.rnd('0123456789', 6), '2024-06-' || pg_temp.rnd('12', 1) || pg_temp.rnd('0123456789', 1),
                             pg_temp.rnd('0123456789', 8), 'John Smith', 'Los Angeles, CA')
       END AS s
FROM (SELECT random() AS r, kind, pg_temp.pick(kind) AS v
      FROM (SELECT (ARRAY['upu_s10', 'iata_awb', 'iso6346', 'ups', 'fedex_express', 'fedex_ground',
                          'dhl_express', 'flight', 'mrz_document'])[1 + floor(random() * 9)::int] AS kind
            FROM generate_series(1, 1000000)) k) t;

-- remarks from templates, English and Korean, with and without identifiers
CREATE TABLE remarks AS
SELECT CASE t
  WHEN 0 THEN format('EMS parcel %s from %s, %s tablets concealed in vitamins', pg_temp.pick('upu_s10'), pg_temp.one('LA', 'New York', 'Bangkok'), (random() * 3000)::int)
  WHEN 1 THEN format('Express cargo (DHL waybill %s) from %s, declared as %s', pg_temp.pick('dhl_express'), pg_temp.one('California', 'Texas', 'Vancouver'), pg_temp.one('cosmetics', 'auto parts', 'clothing'))
  WHEN 2 THEN format('FedEx tracking %s - %s with methamphetamine inside', pg_temp.pick('fedex_express'), pg_temp.one('speaker', 'candle', 'toy'))
  WHEN 3 THEN format('UPS %s sender %s, liquid marijuana %s mL', pg_temp.pick('ups'), pg_temp.one('J. Kim', 'M. Lee', 'A. Park'), (random() * 900)::int)
  WHEN 4 THEN format('Air cargo AWB %s-%s, %s, consignee %s', left(x.a, 3), substr(x.a, 4), pg_temp.one('machine parts', 'food supplements'), pg_temp.one('J. Kim', 'S. Choi'))
  WHEN 5 THEN format('Container %s discharged at Busan, cocaine %s kg in %s', pg_temp.pick('iso6346'), (random() * 90)::int, pg_temp.one('bananas', 'coffee beans'))
  WHEN 6 THEN format('Arriving passenger on %s, ketamine in checked baggage', pg_temp.pick('flight'))
  WHEN 7 THEN format('Passenger %s, passport %s, carry-on bag with pills', pg_temp.one('J. Kim', 'M. Lee'), pg_temp.pick('mrz_document'))
  WHEN 8 THEN format('International mail item %s, MDMA hidden in a greeting card', pg_temp.pick('upu_s10'))
  WHEN 9 THEN 'Seized at land border crossing, vehicle search, 4.7 kg methamphetamine'
  WHEN 10 THEN format('%s g of cannabis found during inspection, report %s', (random() * 500)::int, pg_temp.rnd('0123456789', 6))
  WHEN 11 THEN format('특송화물 운송장 %s 필로폰 %sg 적발', pg_temp.pick('ups'), (random() * 900)::int)
  WHEN 12 THEN format('국제우편물 %s 내 대마 은닉', pg_temp.pick('upu_s10'))
  WHEN 13 THEN format('여행자 휴대품에서 케타민 %sg 발견, 항공편 %s', (random() * 900)::int, pg_temp.pick('flight'))
  WHEN 14 THEN format('항공화물 %s-%s 건강식품으로 위장', left(x.a, 3), substr(x.a, 4))
  WHEN 15 THEN format('해상 컨테이너 %s 코카인 은닉', pg_temp.pick('iso6346'))
  ELSE '입국 여행객 체내은닉 필로폰 적발, 수신자 연락처 010-' || pg_temp.rnd('0123456789', 4) || '-' || pg_temp.rnd('0123456789', 4)
END AS r
FROM (SELECT floor(random() * 17)::int AS t, pg_temp.pick('iata_awb') AS a FROM generate_series(1, 1000000)) x;

DROP TABLE pool, arr;
VACUUM ANALYZE idents;
VACUUM ANALYZE remarks;

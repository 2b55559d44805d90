-- Properties of identifier_kind, is_valid_identifier and route_of_identifier
-- over generated identifiers of every kind, and over every single-character
-- change of them, judged by an independent reference written in SQL from
-- the rules in docs/routes.md.
BEGIN;
SELECT plan(40);
SELECT setseed(0.6346);

-- ---------------------------------------------------------------------------
-- reference implementation
-- ---------------------------------------------------------------------------

-- ISO 3166-1 alpha-2, officially assigned (249 codes)
CREATE FUNCTION pg_temp.countries() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
SELECT string_to_array(
 'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS '
 'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE '
 'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM '
 'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC '
 'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA '
 'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW '
 'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO '
 'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW', ' ')
$$;

CREATE FUNCTION pg_temp.d(s text, i int) RETURNS int LANGUAGE sql IMMUTABLE AS
$$ SELECT ascii(substr(s, i, 1)) - 48 $$;

-- UPU S10: weights 8 6 4 2 3 5 9 7; C = 11 - S mod 11; 10 -> 0, 11 -> 5
CREATE FUNCTION pg_temp.s10_sum(s text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT 8 * pg_temp.d(s, 1) + 6 * pg_temp.d(s, 2) + 4 * pg_temp.d(s, 3) + 2 * pg_temp.d(s, 4)
     + 3 * pg_temp.d(s, 5) + 5 * pg_temp.d(s, 6) + 9 * pg_temp.d(s, 7) + 7 * pg_temp.d(s, 8)
$$;
CREATE FUNCTION pg_temp.s10_check(s text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT CASE 11 - pg_temp.s10_sum(s) % 11 WHEN 10 THEN 0 WHEN 11 THEN 5 ELSE 11 - pg_temp.s10_sum(s) % 11 END
$$;
CREATE FUNCTION pg_temp.ref_s10(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN n ~ '^[A-Z]{2}[0-9]{9}[A-Z]{2}([0-9]{3})?$'
             AND left(n, 1) NOT IN ('J', 'K', 'S', 'T', 'W')
             AND substr(n, 12, 2) = ANY (pg_temp.countries())
       THEN pg_temp.s10_check(substr(n, 3, 8)) = pg_temp.d(n, 11) ELSE false END
$$;

-- IATA air waybill: serial mod 7
CREATE FUNCTION pg_temp.ref_awb(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN n ~ '^[0-9]{11}$' THEN substr(n, 4, 7)::int % 7 = pg_temp.d(n, 11) ELSE false END
$$;

-- ISO 6346 letter values, written out; checked against the rule below
CREATE FUNCTION pg_temp.iso_letters() RETURNS int[] LANGUAGE sql IMMUTABLE AS
$$ SELECT '{10,12,13,14,15,16,17,18,19,20,21,23,24,25,26,27,28,29,30,31,32,34,35,36,37,38}'::int[] $$;
CREATE FUNCTION pg_temp.iso_v(n text, i int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN substr(n, i, 1) ~ '[0-9]' THEN pg_temp.d(n, i)
            ELSE (pg_temp.iso_letters())[ascii(substr(n, i, 1)) - 64] END
$$;
CREATE FUNCTION pg_temp.iso_check(n text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT (pg_temp.iso_v(n, 1) + 2 * pg_temp.iso_v(n, 2) + 4 * pg_temp.iso_v(n, 3) + 8 * pg_temp.iso_v(n, 4)
      + 16 * pg_temp.iso_v(n, 5) + 32 * pg_temp.iso_v(n, 6) + 64 * pg_temp.iso_v(n, 7)
      + 128 * pg_temp.iso_v(n, 8) + 256 * pg_temp.iso_v(n, 9) + 512 * pg_temp.iso_v(n, 10)) % 11 % 10
$$;
CREATE FUNCTION pg_temp.ref_iso(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN n ~ '^[A-Z]{3}[UJZ][0-9]{7}$' THEN pg_temp.iso_check(n) = pg_temp.d(n, 11) ELSE false END
$$;

-- UPS: after 1Z, letters (ASCII - 63) mod 10; odd positions + 2 x even
CREATE FUNCTION pg_temp.ups_v(n text, i int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN substr(n, i, 1) ~ '[0-9]' THEN pg_temp.d(n, i) ELSE (ascii(substr(n, i, 1)) - 63) % 10 END
$$;
CREATE FUNCTION pg_temp.ups_check(n text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT (10 - (pg_temp.ups_v(n, 3) + 2 * pg_temp.ups_v(n, 4) + pg_temp.ups_v(n, 5) + 2 * pg_temp.ups_v(n, 6)
            + pg_temp.ups_v(n, 7) + 2 * pg_temp.ups_v(n, 8) + pg_temp.ups_v(n, 9) + 2 * pg_temp.ups_v(n, 10)
            + pg_temp.ups_v(n, 11) + 2 * pg_temp.ups_v(n, 12) + pg_temp.ups_v(n, 13) + 2 * pg_temp.ups_v(n, 14)
            + pg_temp.ups_v(n, 15) + 2 * pg_temp.ups_v(n, 16) + pg_temp.ups_v(n, 17)) % 10) % 10
$$;
CREATE FUNCTION pg_temp.ref_ups(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN n ~ '^1Z[A-Z0-9]{15}[0-9]$' THEN pg_temp.ups_check(n) = pg_temp.d(n, 18) ELSE false END
$$;

-- FedEx Express: weights 3 1 7 over digits 1-11, mod 11, 10 -> 0
CREATE FUNCTION pg_temp.fedex12_check(n text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT (3 * pg_temp.d(n, 1) + pg_temp.d(n, 2) + 7 * pg_temp.d(n, 3) + 3 * pg_temp.d(n, 4) + pg_temp.d(n, 5)
      + 7 * pg_temp.d(n, 6) + 3 * pg_temp.d(n, 7) + pg_temp.d(n, 8) + 7 * pg_temp.d(n, 9)
      + 3 * pg_temp.d(n, 10) + pg_temp.d(n, 11)) % 11 % 10
$$;
CREATE FUNCTION pg_temp.ref_fedex12(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN n ~ '^[0-9]{12}$' THEN pg_temp.fedex12_check(n) = pg_temp.d(n, 12) ELSE false END
$$;

-- FedEx Ground: GS1 mod 10 over 14 digits, weight 3 on the rightmost
CREATE FUNCTION pg_temp.gs1_check(n text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT (10 - (pg_temp.d(n, 1) + 3 * pg_temp.d(n, 2) + pg_temp.d(n, 3) + 3 * pg_temp.d(n, 4) + pg_temp.d(n, 5)
            + 3 * pg_temp.d(n, 6) + pg_temp.d(n, 7) + 3 * pg_temp.d(n, 8) + pg_temp.d(n, 9)
            + 3 * pg_temp.d(n, 10) + pg_temp.d(n, 11) + 3 * pg_temp.d(n, 12) + pg_temp.d(n, 13)
            + 3 * pg_temp.d(n, 14)) % 10) % 10
$$;
CREATE FUNCTION pg_temp.ref_fedex15(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN n ~ '^[0-9]{15}$' THEN pg_temp.gs1_check(n) = pg_temp.d(n, 15) ELSE false END
$$;

-- DHL Express: first nine digits mod 7
CREATE FUNCTION pg_temp.ref_dhl(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN n ~ '^[0-9]{10}$' THEN left(n, 9)::int % 7 = pg_temp.d(n, 10) ELSE false END
$$;

-- flight: airline code of 2 characters (not two digits), optional letter, 1-4 digits, optional letter
CREATE FUNCTION pg_temp.ref_flight(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT n ~ '^[A-Z0-9]{2}[A-Z]?[0-9]{1,4}[A-Z]?$' AND n !~ '^[0-9]{2}'
$$;

-- MRZ document number: 9-character field, '<' only as right padding, a
-- letter in it, then the ICAO 9303 check digit (weights 7 3 1, A = 10, < = 0)
CREATE FUNCTION pg_temp.icao_v(n text, i int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN substr(n, i, 1) ~ '[0-9]' THEN pg_temp.d(n, i)
            WHEN substr(n, i, 1) = '<' THEN 0 ELSE ascii(substr(n, i, 1)) - 55 END
$$;
CREATE FUNCTION pg_temp.icao_check(n text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT (7 * pg_temp.icao_v(n, 1) + 3 * pg_temp.icao_v(n, 2) + pg_temp.icao_v(n, 3)
      + 7 * pg_temp.icao_v(n, 4) + 3 * pg_temp.icao_v(n, 5) + pg_temp.icao_v(n, 6)
      + 7 * pg_temp.icao_v(n, 7) + 3 * pg_temp.icao_v(n, 8) + pg_temp.icao_v(n, 9)) % 10
$$;
CREATE FUNCTION pg_temp.ref_mrz(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN n ~ '^[A-Z0-9]+<*[0-9]$' AND length(n) = 10 AND left(n, 9) ~ '[A-Z]'
       THEN pg_temp.icao_check(n) = pg_temp.d(n, 10) ELSE false END
$$;

CREATE FUNCTION pg_temp.norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT upper(regexp_replace(s, '[[:space:]-]', '', 'g')) $$;

-- every reference rule at once, one bit each, in the documented order
CREATE FUNCTION pg_temp.ref_mask(n text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
SELECT pg_temp.ref_s10(n)::int + (pg_temp.ref_iso(n)::int << 1) + (pg_temp.ref_ups(n)::int << 2)
     + (pg_temp.ref_mrz(n)::int << 3) + (pg_temp.ref_awb(n)::int << 4) + (pg_temp.ref_dhl(n)::int << 5)
     + (pg_temp.ref_fedex12(n)::int << 6) + (pg_temp.ref_fedex15(n)::int << 7) + (pg_temp.ref_flight(n)::int << 8)
$$;
-- the kind of the lowest bit set (NULL for none)
CREATE FUNCTION pg_temp.mask_kind(mask int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT (ARRAY['upu_s10', 'iso6346', 'ups', 'mrz_document', 'iata_awb', 'dhl_express',
              'fedex_express', 'fedex_ground', 'flight'])[position('1' IN reverse(mask::bit(9)::text))]
$$;
-- the reference verdict: the first rule that accepts the normalised text
CREATE FUNCTION pg_temp.ref_kind(s text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT pg_temp.mask_kind(pg_temp.ref_mask(pg_temp.norm(s))) $$;

SELECT is(pg_temp.iso_letters(),
          (SELECT array_agg(v ORDER BY v) FROM generate_series(10, 38) v WHERE v % 11 <> 0),
          'ISO 6346 letter values: from A = 10, skipping multiples of 11');

-- ---------------------------------------------------------------------------
-- generated identifiers: 2000 of each kind, check digits computed above
-- ---------------------------------------------------------------------------

CREATE FUNCTION pg_temp.rnd(alphabet text, n int) RETURNS text LANGUAGE sql AS $$
SELECT coalesce(string_agg(substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1), ''), '')
FROM generate_series(1, n)
$$;

CREATE TEMP TABLE ids (kind text, id text, route route);

INSERT INTO ids
SELECT 'upu_s10', body || pg_temp.s10_check(serial) || country || CASE WHEN i % 10 = 0 THEN pg_temp.rnd('0123456789', 3) ELSE '' END, 'mail'
FROM (SELECT i, pg_temp.rnd('ABCDEFGHILMNOPQRUVXYZ', 1) || pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) || s AS body,
             s AS serial, (pg_temp.countries())[1 + floor(random() * 249)::int] AS country
      FROM (SELECT i, pg_temp.rnd('0123456789', 8) AS s FROM generate_series(1, 2000) i) a) b;

INSERT INTO ids
SELECT 'iata_awb', CASE i % 3 WHEN 0 THEN p || s || c WHEN 1 THEN p || '-' || s || c ELSE p || ' ' || s || ' ' || c END, 'air cargo'
FROM (SELECT i, p, s, (s::int % 7)::text AS c
      FROM (SELECT i, pg_temp.rnd('0123456789', 3) AS p, pg_temp.rnd('0123456789', 7) AS s
            FROM generate_series(1, 2000) i) a) b;

INSERT INTO ids
SELECT 'iso6346', b || pg_temp.iso_check(b), 'sea cargo'
FROM (SELECT pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3) || pg_temp.rnd('UJZ', 1) || pg_temp.rnd('0123456789', 6) AS b
      FROM generate_series(1, 2000) i) a;

INSERT INTO ids
SELECT 'ups', b || pg_temp.ups_check(b || '0'), 'express'
FROM (SELECT '1Z' || pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 15) AS b FROM generate_series(1, 2000) i) a;

INSERT INTO ids
SELECT 'fedex_express', b || pg_temp.fedex12_check(b), 'express'
FROM (SELECT pg_temp.rnd('0123456789', 11) AS b FROM generate_series(1, 2000) i) a;

INSERT INTO ids
SELECT 'fedex_ground', b || pg_temp.gs1_check(b), 'express'
FROM (SELECT pg_temp.rnd('0123456789', 14) AS b FROM generate_series(1, 2000) i) a;

INSERT INTO ids
SELECT 'dhl_express', b || (b::int % 7), 'express'
FROM (SELECT pg_temp.rnd('0123456789', 9) AS b FROM generate_series(1, 2000) i) a;

INSERT INTO ids
SELECT 'flight', code || pg_temp.rnd('0123456789', 1 + floor(random() * 4)::int)
       || CASE WHEN random() < 0.2 THEN pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) ELSE '' END, 'traveler'
FROM (SELECT CASE floor(random() * 4)::int
               WHEN 0 THEN pg_temp.rnd('0123456789', 1) || pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)
               WHEN 1 THEN pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) || pg_temp.rnd('0123456789', 1)
               WHEN 2 THEN pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3)
               ELSE pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2) END AS code
      FROM generate_series(1, 2000) i) a;

INSERT INTO ids
SELECT 'mrz_document', f || pg_temp.icao_check(f), 'traveler'
FROM (SELECT rpad(pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) || pg_temp.rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n - 1), 9, '<') AS f
      FROM (SELECT 1 + floor(random() * 9)::int AS n FROM generate_series(1, 2000) i) a) b;

-- every generated identifier is what it was generated as (per kind)
SELECT is(ok, total, format('identifier_kind finds %s in %s generated identifiers', kind, total))
FROM (SELECT kind, count(*) AS total,
             count(*) FILTER (WHERE identifier_kind(id) = kind AND pg_temp.ref_kind(id) = kind) AS ok
      FROM ids GROUP BY kind) t
ORDER BY kind;

SELECT is(ok, total, format('%s: is_valid_identifier true and route_of_identifier %s', kind, r))
FROM (SELECT kind, min(route)::text AS r, count(*) AS total,
             count(*) FILTER (WHERE is_valid_identifier(id, kind) AND route_of_identifier(id) = route) AS ok
      FROM ids GROUP BY kind) t
ORDER BY kind;

SELECT is((SELECT count(*) FROM ids
           WHERE identifier_kind(lower(id)) = kind
             AND identifier_kind(' ' || regexp_replace(id, '(.)', '\1 ', 'g')) = kind),
          (SELECT count(*) FROM ids),
          'lower case and spaces between every character do not change the kind');

-- ---------------------------------------------------------------------------
-- every single-character change of 200 identifiers of each kind: to a digit,
-- an upper-case letter, '<', a lower-case letter, a space or a hyphen
-- ---------------------------------------------------------------------------

CREATE TEMP TABLE muts AS
SELECT kind, id, p, m, identifier_kind(m) AS got, is_valid_identifier(m, kind) AS valid_as_kind,
       pg_temp.mask_kind(mask) AS expected, length(replace(mask::bit(9)::text, '0', '')) AS nref
FROM (SELECT kind, id, p, m, pg_temp.ref_mask(pg_temp.norm(m)) AS mask
      FROM (SELECT kind, id, p, overlay(id PLACING c FROM p FOR 1) AS m
      FROM (SELECT kind, id, row_number() OVER (PARTITION BY kind) AS rn FROM ids) i,
           generate_series(1, length(id)) p,
           unnest(string_to_array('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<a -', NULL)) c
      WHERE rn <= 200 AND substr(id, p, 1) <> c) t
      OFFSET 0) u;  -- OFFSET 0: evaluate the rules once per row, not once per use

SELECT is(bad, 0::bigint, format('%s: identifier_kind agrees with the reference on %s changes (%s still valid as %s)',
                                 kind, total, still, kind))
FROM (SELECT kind, count(*) AS total,
             count(*) FILTER (WHERE got IS DISTINCT FROM expected) AS bad,
             count(*) FILTER (WHERE expected = kind) AS still
      FROM muts GROUP BY kind) t
ORDER BY kind;

SELECT is(bad, 0::bigint, format('%s: is_valid_identifier agrees with the reference on every change', kind))
FROM (SELECT kind, count(*) FILTER (WHERE valid_as_kind IS DISTINCT FROM (expected IS NOT DISTINCT FROM kind)) AS bad
      FROM muts GROUP BY kind) t
ORDER BY kind;

SELECT is((SELECT count(*) FROM muts WHERE nref > 1), 0::bigint,
          'no changed text is valid under two reference rules: the formats are disjoint');

-- S10 weights can map two sums to one check digit (S mod 11 = 0 and 6 both
-- give 5): some serial digit changes keep the identifier valid
SELECT ok((SELECT count(*) FROM muts WHERE kind = 'upu_s10' AND p BETWEEN 3 AND 10 AND got = 'upu_s10') > 0,
          'some single-digit changes of an S10 serial keep its check digit valid, and are accepted');

SELECT * FROM finish();
ROLLBACK;

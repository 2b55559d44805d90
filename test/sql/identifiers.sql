-- Identifier formats and check digits: every vector of the reference
-- (identifiers.md), normalisation, and the collisions between formats.

-- valid vectors: kind, validity for that kind, and the route
SELECT v AS identifier, identifier_kind(v) AS kind,
       is_valid_identifier(v, k) AS valid, route_of_identifier(v) AS route
FROM (VALUES
  ('EE876543216CA', 'upu_s10'), ('RB123456785GB', 'upu_s10'),
  ('RZ030057180PH', 'upu_s10'), ('VA456789015KG', 'upu_s10'),
  ('176-12345675', 'iata_awb'), ('176 1234567 5', 'iata_awb'),
  ('17612345675', 'iata_awb'), ('020-81140743', 'iata_awb'),
  ('CSQU3054383', 'iso6346'), ('MWCU6059784', 'iso6346'), ('GYOU4047990', 'iso6346'),
  ('1Z5R89390357567127', 'ups'), ('1Z999AA10123456784', 'ups'),
  ('986578788855', 'fedex_express'), ('012345678983', 'fedex_express'),
  ('041441760228964', 'fedex_ground'),
  ('3318810025', 'dhl_express'),
  ('QF9', 'flight'), ('BA 98', 'flight'), ('KE086', 'flight'),
  ('L898902C36', 'mrz_document'), ('D231458907', 'mrz_document')
) AS t(v, k);

-- invalid vectors: no kind, and invalid for the kind they imitate
SELECT v AS identifier, identifier_kind(v) AS kind,
       is_valid_identifier(v, k) AS valid, route_of_identifier(v) AS route, why
FROM (VALUES
  ('RB123456786US', 'upu_s10', 'check digit'),
  ('RB123456785XX', 'upu_s10', 'XX is no ISO 3166-1 country'),
  ('EF12345678US', 'upu_s10', 'length'),
  ('JB123456785AB', 'upu_s10', 'J is reserved'),
  ('JB123456785GB', 'upu_s10', 'J is reserved, real country'),
  ('RB123456785UK', 'upu_s10', 'UK is reserved, not assigned'),
  ('123-12345674', 'iata_awb', 'check digit'),
  ('1231234567', 'iata_awb', 'length'),
  ('020-81140747', 'iata_awb', 'check digit 7 is impossible'),
  ('CSQU3054384', 'iso6346', 'check digit'),
  ('CSQU305438', 'iso6346', 'length'),
  ('CSQU3054Z83', 'iso6346', 'format'),
  ('CSQX3054383', 'iso6346', 'category must be U, J or Z'),
  ('1Z1111111111111111', 'ups', 'check digit'),
  ('996578788855', 'fedex_express', 'check digit'),
  ('568283610012732', 'fedex_ground', 'check digit'),
  ('3318810010', 'dhl_express', 'check digit'),
  ('12345', 'flight', 'two digits as airline code'),
  ('KE12345', 'flight', 'five digits'),
  ('L898902C37', 'mrz_document', 'check digit'),
  ('L898902C3', 'mrz_document', 'no check digit: cannot be verified')
) AS t(v, k, why);

-- The reference's example of the 3-digit S10 suffix has check digit 9 where the
-- rule gives 5; with 5 the suffix is accepted and ignored.
SELECT identifier_kind('RP123456789DE110') AS example_as_given,
       identifier_kind('RP123456785DE110') AS with_check_5,
       identifier_kind('RP123456785DE') AS without_suffix,
       identifier_kind('RP123456785DE11') AS two_digit_suffix;

-- the check digit remainders: S10 C=10 -> 0 and C=11 -> 5, ISO 6346 10 -> 0
SELECT identifier_kind('RZ030057180PH') AS s10_c10, identifier_kind('RZ030057185PH') AS s10_c10_as_5,
       identifier_kind('VA456789015KG') AS s10_c11, identifier_kind('VA456789010KG') AS s10_c11_as_0,
       identifier_kind('GYOU4047990') AS iso_r10;

-- normalisation: case, spaces, hyphens, tabs; nothing else
SELECT v AS input, identifier_kind(v) AS kind
FROM (VALUES ('ee876543216ca'), (' EE 876 543 216 CA '), ('EE-876543216-CA'),
             (E'CSQU\t305438 3'), ('1z5r89390357567127'), ('ba98'), ('176.12345675'),
             ('176/12345675'), ('EE876543216CA.'), (''), ('   '), ('ＥＥ876543216CA')) AS t(v);

-- every officially assigned ISO 3166-1 code is accepted, reserved ones are not
SELECT count(*) FILTER (WHERE identifier_kind(s) = 'upu_s10') AS accepted,
       string_agg(substr(s, 12, 2), ' ' ORDER BY s) FILTER (WHERE identifier_kind(s) = 'upu_s10' AND substr(s, 12, 2) IN ('KR', 'US', 'GB', 'CN', 'SS', 'BQ', 'CW', 'SX')) AS sample,
       string_agg(substr(s, 12, 2), ' ' ORDER BY s) FILTER (WHERE identifier_kind(s) IS NULL AND substr(s, 12, 2) IN ('UK', 'EU', 'XK', 'AN', 'YU', 'CS', 'TP', 'ZZ', 'AA')) AS rejected
FROM (SELECT 'EE876543216' || chr(a) || chr(b) AS s
      FROM generate_series(65, 90) a, generate_series(65, 90) b) t;

-- service indicators: J, K, S, T, W are reserved; every other letter is accepted
SELECT string_agg(chr(a), '' ORDER BY a) FILTER (WHERE identifier_kind(chr(a) || 'A876543216CA') IS NULL) AS rejected_first_letters
FROM generate_series(65, 90) a;

-- digit-only formats are told apart by length alone
SELECT length(v) AS len, v, identifier_kind(v) AS kind
FROM (VALUES ('3318810025'), ('17612345675'), ('986578788855'), ('041441760228964'),
             ('331881002'), ('33188100255'), ('1234567890123')) AS t(v)
ORDER BY 1, 2;

-- MRZ document numbers: '<' filler at the right only, at least one letter
-- (1234567897 passes the ICAO check but, all digits, is judged as DHL only)
SELECT v, identifier_kind(v) AS kind, is_valid_identifier(v, 'mrz_document') AS mrz
FROM (VALUES ('AB1234<<<1'), ('AB1234<<<5'), ('AB12<34<<1'), ('<<<<<<<<<0'),
             ('1234567897'), ('L898902C36'), ('l898902c36')) AS t(v);

-- flight designators: airline code of two characters, not two digits
SELECT v, identifier_kind(v) AS kind
FROM (VALUES ('QF9'), ('KE 086'), ('7C1101'), ('KAL086'), ('BA98A'), ('BA'), ('12'),
             ('1234'), ('KE12345'), ('K'), ('BA 98 A'), ('A380')) AS t(v);

-- at most one kind is valid for any text
SELECT v, (SELECT string_agg(k, ',') FROM unnest(ARRAY['upu_s10', 'iata_awb', 'iso6346', 'ups',
       'fedex_express', 'fedex_ground', 'dhl_express', 'flight', 'mrz_document']) k
       WHERE is_valid_identifier(v, k)) AS valid_kinds
FROM (VALUES ('3318810025'), ('L898902C36'), ('17612345675'), ('CSQU3054383')) AS t(v);

-- kind names are case-insensitive
SELECT is_valid_identifier('EE876543216CA', 'UPU_S10') AS upper_kind;

-- NULL in, NULL out
SELECT identifier_kind(NULL) IS NULL AS a, is_valid_identifier(NULL, 'ups') IS NULL AS b,
       is_valid_identifier('x', NULL) IS NULL AS c, route_of_identifier(NULL) IS NULL AS d;

-- errors
SELECT is_valid_identifier('EE876543216CA', 's10');
SELECT is_valid_identifier('EE876543216CA', '');
\set VERBOSITY sqlstate
SELECT is_valid_identifier('EE876543216CA', 'isbn');
\set VERBOSITY default

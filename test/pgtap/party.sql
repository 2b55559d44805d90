-- normalize_party and party_phone_countries
BEGIN;
SELECT plan(43);

SELECT has_function('normalize_party', ARRAY['text', 'text']);
SELECT has_function('normalize_party', ARRAY['text', 'text', 'text']);
SELECT volatility_is('normalize_party', ARRAY['text', 'text'], 'immutable');
SELECT volatility_is('normalize_party', ARRAY['text', 'text', 'text'], 'immutable');
SELECT is_strict('normalize_party', ARRAY['text', 'text']);
SELECT is_strict('normalize_party', ARRAY['text', 'text', 'text']);
SELECT is((SELECT bool_and(proparallel = 's' AND NOT prosecdef) FROM pg_proc
			WHERE proname IN ('normalize_party', 'party_phone_countries')),
		  true, 'normalize_party and party_phone_countries are PARALLEL SAFE, not SECURITY DEFINER');

-- phone
SELECT is(normalize_party('010-1234-5678', 'phone', 'KR'), '+821012345678', 'Korean mobile, national form');
SELECT is(normalize_party('+82 10-1234-5678', 'phone'), '+821012345678', 'Korean mobile, international form');
SELECT is(normalize_party('0082-10-1234-5678', 'phone'), '+821012345678', '00 international prefix');
SELECT is(normalize_party('+82 (0)10 1234 5678', 'phone'), '+821012345678', 'trunk prefix after the country code');
SELECT is(normalize_party('02-123-4567', 'phone', 'KR'), '+8221234567', 'Seoul landline');
SELECT is(normalize_party('001-1-212-555-1234', 'phone', 'KR'), '+12125551234', 'Korean carrier prefix as its own group');
SELECT is(normalize_party('(212) 555-1234', 'phone', 'US'), '+12125551234', 'NANP national');
SELECT is(normalize_party('011 82 10 1234 5678', 'phone', 'US'), '+821012345678', 'NANP international prefix 011');
SELECT is(normalize_party('090-1234-5678', 'phone', 'JP'), '+819012345678', 'Japanese mobile');
SELECT is(normalize_party('8 800 123 45 67', 'phone', 'RU'), '+78001234567', 'Russian trunk 8 before an 8xx number');
SELECT is(normalize_party('06 1234 5678', 'phone', 'IT'), '+390612345678', 'Italian numbers keep their 0');
SELECT is(normalize_party('044 55 1234 5678', 'phone', 'MX'), '+525512345678', 'Mexican legacy mobile prefix');
SELECT ok(normalize_party('010-1234-5678', 'phone') IS NULL, 'national number without a country: NULL');
SELECT ok(normalize_party('call 010-1234-5678', 'phone', 'KR') IS NULL, 'letters: NULL, not an error');
SELECT ok(normalize_party('+999 1234 5678', 'phone') IS NULL, 'unassigned country code: NULL');
SELECT ok(normalize_party('+82 10 12', 'phone') IS NULL, 'too short for the plan: NULL');
SELECT is((SELECT count(*) FROM party_phone_countries()
			WHERE country IN ('KR', 'US', 'CA', 'CN', 'JP', 'GB', 'DE', 'FR', 'MX', 'CO', 'TH', 'VN', 'PH')),
		  13::bigint, 'the common countries are known');

-- email, name, address
SELECT is(normalize_party('  Kim.MinSu@Example.COM ', 'email'), 'kim.minsu@example.com', 'email trimmed and lower-cased');
SELECT is(normalize_party('  KIM,   Min-Su  ', 'name'), '김민수', 'a romanized Korean name keys in Hangul');

SELECT is(normalize_party(' 김민수 (金敏洙) ', 'name'), '김민수 金敏洙', 'Hangul and Han kept');
SELECT is(normalize_party('ÉLODIE Ÿ', 'name'), 'elodie y', 'Latin-1 and Extended-A folded to their base letters');
SELECT is(normalize_party('123 Main St., Apt #5', 'address'), '123 MAIN ST APT 5', 'address upper-cased, punctuation collapsed');
SELECT is(normalize_party('서울특별시 강남구 테헤란로 123, 4층', 'address'), '서울 강남구 테헤란로 123 4층', 'Korean address, the city in its short form');
SELECT ok(normalize_party(' -- ', 'name') IS NULL, 'nothing left to match: NULL');

-- keys are fixed points: normalising a key again changes nothing
SELECT is((SELECT count(*) FROM (VALUES ('Kim Min-su'), ('ΣΩΚΡΆΤΗΣ'), ('NGUYỄN VĂN AN'), ('김 민수'),
										 ('O''Brien, J.'), ('ＫＩＭ'), ('Straße'), ('ſ µ'), ('İ ı'),
										 (E'\uAC00\u200B\u11A8'), (E'\u1100-\u1161')) t(v)
			WHERE normalize_party(normalize_party(v, 'name'), 'name') IS DISTINCT FROM normalize_party(v, 'name')),
		  0::bigint, 'name keys are idempotent');
SELECT is((SELECT count(*) FROM (VALUES ('123 Main St., Apt #5'), ('calle Ñuñoa 1234'), ('ı ſ µ ß ÿ'),
										 ('서울특별시 강남구'), ('ΣΟΦΊΑ')) t(v)
			WHERE normalize_party(normalize_party(v, 'address'), 'address') IS DISTINCT FROM normalize_party(v, 'address')),
		  0::bigint, 'address keys are idempotent');
SELECT is((SELECT count(*) FROM (VALUES ('010-1234-5678'), ('02-123-4567'), ('001-1-212-555-1234'),
										 ('+44 (0)20 7946 0958'), ('1588-1234')) t(v)
			WHERE normalize_party(normalize_party(v, 'phone', 'KR'), 'phone') IS DISTINCT FROM normalize_party(v, 'phone', 'KR')),
		  0::bigint, 'E.164 results read back unchanged without a country');

-- errors
SELECT throws_ok($$SELECT normalize_party('Kim', 'nickname')$$, '22023',
				 'unknown party kind "nickname"', 'unknown kind');
SELECT throws_ok($$SELECT normalize_party('010-1234-5678', 'phone', 'XX')$$, '22023',
				 'unknown country code "XX"', 'unknown country');
SELECT throws_ok($$SELECT normalize_party('010-1234-5678', 'phone', 'ZW')$$, '22023',
				 'unknown country code "ZW"', 'country without a known numbering plan');
SELECT throws_ok($$SELECT normalize_party('Kim', 'name', 'KR')$$, '22023',
				 'a default country applies only to kind phone', 'country with another kind');
SELECT lives_ok($$SELECT normalize_party('Kim', 'NAME')$$, 'kind is case-insensitive');
SELECT ok(normalize_party(NULL, 'nickname') IS NULL, 'STRICT: NULL value, no kind check');

-- the table of plans
SELECT is((SELECT count(*) FROM party_phone_countries() WHERE calling_code = '1'), 25::bigint,
		  'NANP countries share +1');
SELECT is((SELECT min_national_digits || '-' || max_national_digits FROM party_phone_countries() WHERE country = 'KR'),
		  '5-14', 'Korean national significant numbers have 5 to 14 digits');
SELECT is((SELECT count(*) FROM party_phone_countries() GROUP BY country HAVING count(*) > 1), NULL,
		  'each country once');

SELECT * FROM finish();
ROLLBACK;

-- normalize_party: matching keys for phones, e-mails, names and addresses
-- The name and address rules read Unicode: this file expects a UTF8 database.
SELECT getdatabaseencoding();

-- Labels are part of the contract
SELECT p.oid::regprocedure AS function, provolatile, proisstrict, proparallel, prosecdef
  FROM pg_proc p
 WHERE proname IN ('normalize_party', 'party_phone_countries')
 ORDER BY p.oid::regprocedure::text COLLATE "C";

-- ---------------------------------------------------------------------------
-- phone, international form: readable without a country
-- ---------------------------------------------------------------------------
SELECT v, normalize_party(v, 'phone') FROM (VALUES
	('+82 10-1234-5678'),
	('+82-10-1234-5678'),
	('+821012345678'),
	('0082-10-1234-5678'),     -- 00: the ITU international prefix
	('+82 010-1234-5678'),     -- trunk 0 written after the country code
	('+82 (0)10 1234 5678'),
	('+44 (0)20 7946 0958'),
	('+1 (212) 555-1234'),
	('+7 800 123 45 67'),      -- Russian 8xx numbers keep their 8
	('+39 06 1234 5678'),      -- Italian numbers keep their 0
	('+263 77 123 4567'),      -- assigned code, plan not in the table: length only
	('(+82) 2 123 4567'),
	('＋８２　１０－１２３４－５６７８'),  -- fullwidth
	('010-1234-5678'),         -- national: needs a country
	('82-10-1234-5678'),       -- a country code without + or 00 is not guessed
	('011 82 10 1234 5678'),   -- 011 is international only in North America
	('+999 1234 5678'),        -- unassigned country code
	('+0 123 4567'),
	('+1 055 123 4567'),       -- NANP area codes start with 2-9
	('+1 212 155 1234'),       -- and so do exchanges
	('+82 10 1234'),           -- too short for Korea
	('+82 10 1234 5678 9012'), -- too long
	('+82 10-1234-5678 (mobile)'),
	('tel:+821012345678'),
	('1-800-FLOWERS'),
	('+82 10+1234'),
	('++82 10 1234 5678'),
	('1234567890123456789012345'),
	(''),
	('  '),
	('-')) t(v);

-- ---------------------------------------------------------------------------
-- phone, national numbers with a default country
-- ---------------------------------------------------------------------------
SELECT v, c, normalize_party(v, 'phone', c) FROM (VALUES
	('010-1234-5678', 'KR'),
	('010 1234 5678', 'KR'),
	('01012345678', 'KR'),
	('010.1234.5678', 'KR'),
	('０１０－１２３４－５６７８', 'KR'),
	('02-123-4567', 'KR'),
	('(02) 1234-5678', 'KR'),
	('031-123-4567', 'KR'),
	('070-1234-5678', 'KR'),
	('1588-1234', 'KR'),
	('+82 10-1234-5678', 'KR'),
	('0082-10-1234-5678', 'KR'),
	('001-1-212-555-1234', 'KR'),   -- Korean carrier prefixes: as a group of their own
	('002-1-212-555-1234', 'KR'),
	('00700-1-212-555-1234', 'KR'),
	('0081-90-1234-5678', 'KR'),    -- 00 + 81 or carrier 008 + 1 901 234 5678: NULL
	('82-10-1234-5678', 'KR'),
	('010-1234', 'KR'),
	('(212) 555-1234', 'US'),
	('212.555.1234', 'US'),
	('1-212-555-1234', 'US'),
	('555-1234', 'US'),
	('011 82 10 1234 5678', 'US'),
	('011-44-20-7946-0958', 'US'),
	('604-555-0123', 'CA'),
	('138 1234 5678', 'CN'),
	('010-1234 5678', 'CN'),
	('090-1234-5678', 'JP'),
	('03-1234-5678', 'JP'),
	('010-82-10-1234-5678', 'JP'),
	('020 7946 0958', 'GB'),
	('07700 900123', 'GB'),
	('030 1234567', 'DE'),
	('0151 12345678', 'DE'),
	('01 23 45 67 89', 'FR'),
	('06 12 34 56 78', 'FR'),
	('55 1234 5678', 'MX'),
	('044 55 1234 5678', 'MX'),
	('+52 1 55 1234 5678', 'MX'),
	('601 234 5678', 'CO'),
	('300 123 4567', 'CO'),
	('02 123 4567', 'TH'),
	('081 234 5678', 'TH'),
	('001 1 212 555 1234', 'TH'),
	('091 234 56 78', 'VN'),
	('024 3123 4567', 'VN'),
	('0917 123 4567', 'PH'),
	('(02) 8123 4567', 'PH'),
	('8 495 123-45-67', 'RU'),
	('8 800 123 45 67', 'RU'),
	('810 82 10 1234 5678', 'RU'),
	('06 1234 5678', 'IT'),
	('02 9876 5432', 'AU'),
	('0011 82 10 1234 5678', 'AU'),
	('010-1234-5678', 'kr'),
	('010-1234-5678', ' KR ')) t(v, c);

-- every assigned country code, every international and carrier prefix of
-- the known countries, toll-free numbers; a number that reads two ways is NULL
SELECT v, c, normalize_party(v, 'phone', c) FROM (VALUES
	('+880 1812-345678', 'KR'),       -- Bangladesh
	('007 880 2 7111234', 'ID'),      -- 007 is Indonesian; then +880 (not +7)
	('009-1-201-555-0123', 'TH'),     -- Thai 009, not 00 + 91 (India)
	('00365 1 201 555 0123', 'KR'),   -- Korean carrier 00365, not 00 + 36 (Hungary)
	('0073-1-201-555-0123', 'KR'),
	('0014 1 201 555 0123', 'AU'),
	('14110011 1 201 555 0123', 'AU'),
	('0021 1 201 555 0123', 'BR'),    -- carrier 21, then 00
	('1200 1 201 555 0123', 'CL'),
	('009 1 201 555 0123', 'CO'),
	('012 1 201 555 0123', 'IL'),
	('09 1 201 555 0123', 'MX'),
	('019 1 201 555 0123', 'TW'),
	('009 1 201 555 0123', 'NG'),
	('001 1 201 555 0123', 'SG'),
	('0161 1 201 555 0123', 'NZ'),
	('191100 1 201 555 0123', 'PE'),
	('0012015550123', 'TH'),          -- run together: 001 + 20 (Egypt) or 00 + 1 (US): NULL
	('001 2015550123', 'TH'),         -- grouped: the writer says 001
	('0091201555012', 'TH'),          -- 009 + 1 201 555 012 is too short: only 00 + 91 reads
	('0021 47 02000', 'BR'),
	('82-2-2123-4567', 'KR'),         -- country code without +: national or +82? NULL
	('7 495 123-45-67', 'RU'),        -- country code without +, no other reading
	('0800 1234', 'NL'),              -- toll-free
	('1800 123 456', 'TH'),
	('0800 123 4567', 'GB'),
	('080-123-4567', 'KR'),
	('+1 310 1234', 'US'),            -- Canada's 310-xxxx service numbers in E.164
	('310 1234', 'US'),               -- a local number without its area code
	('+47 02000', 'NO'),              -- Norway's 5-digit numbers start with 0
	('+853 0800 501', 'MO'),
	('+211 31 0123 4', 'KR')) t(v, c);   -- South Sudan numbers have 9 digits

-- STRICT: a NULL country gives NULL, even for an international number
SELECT normalize_party('+82 10-1234-5678', 'phone', NULL) IS NULL AS is_null;

-- every known country
SELECT count(*) AS countries, count(DISTINCT calling_code) AS calling_codes
  FROM party_phone_countries();
SELECT * FROM party_phone_countries()
 WHERE country IN ('KR', 'US', 'JP', 'MX', 'RU', 'IT', 'TH', 'GB')
 ORDER BY country;

-- ---------------------------------------------------------------------------
-- email: trimmed, case-folded
-- ---------------------------------------------------------------------------
-- (a zero-width space is shown as <U+200B>: psql's column widths for it differ by version)
SELECT replace(v, U&'\200B', '<U+200B>') AS v, normalize_party(v, 'email') FROM (VALUES
	('  Kim.MinSu@Example.COM '),
	('ｋｉｍ＠ｅｘａｍｐｌｅ．ｃｏｍ'),
	(E'kim@example.com\u200B'),
	('김민수@예시.한국'),
	('ÉLODIE@EXEMPLE.FR'),
	('not an email'),
	(''),
	('   ')) t(v);
SELECT normalize_party(E'\tJOHN@MAIL.KR\r\n', 'email') AS tabs_and_newlines;

-- ---------------------------------------------------------------------------
-- name: case-folded, accents and punctuation out, single spaces, Latin words
-- sorted, Hangul kept
-- ---------------------------------------------------------------------------
SELECT replace(v, U&'\200B', '<U+200B>') AS v, normalize_party(v, 'name') FROM (VALUES
	('Kim Min-su'),
	('  KIM,   Min-Su  '),
	('O''Brien, Patrick J.'),
	('김민수'),
	('김 민수'),
	(' 김민수 (金敏洙) '),
	('李・明博'),
	('ＫＩＭ　Ｍｉｎｓｕ'),
	(E'Kim\u200BMinsu'),
	('ÉLODIE Dubois'),
	('NGUYỄN VĂN AN'),
	('ΣΩΚΡΆΤΗΣ'),
	('Σωκράτης'),
	('ИВАНОВ Иван'),
	('ŁUKASZ ŻUREK'),
	('ȘTEFAN ȚEPEȘ'),
	('STRASSE'),
	('Straße'),
	('İSTANBUL'),
	('...'),
	('')) t(v);

-- ---------------------------------------------------------------------------
-- Korean names: one key, in Hangul, across Hangul, Revised Romanization,
-- McCune-Reischauer and passport spellings, in either order
-- ---------------------------------------------------------------------------
SELECT v, normalize_party(v, 'name') FROM (VALUES
	('김민수'),
	('김 민수'),
	('KIM MIN SU'),
	('Kim Min-su'),
	('Gim Minsu'),
	('Minsoo Kim'),
	('Min Su Kim'),
	('KIM, Minsu'),
	('김민서'),
	('Kim Min-seo'),
	('Ch''oe Chŏng-hŭi'),
	('Choi Jeong-hui'),
	('최정희'),
	('Chŏn Ok-han'),                  -- McCune-Reischauer Chŏn is 전
	('Cheon Ok-han'),                 -- Revised Romanization Cheon is 천
	('Lee Sung-min'),
	('Rhee Seong-min'),
	('Park Ji-hoon'),
	('Hana Kim'),
	('Kim Gwangyeon'),
	('Namgung Min'),
	('남궁 민'),
	('ＫＩＭ　ＭＩＮＳＵ'),
	('Anna Lee'),                     -- reads as Korean: 이안나
	('John Smith'),                   -- not Korean: today's key
	('Kim Min-su Jr'),
	('KIM Min-su!'),                  -- read from its general key, kim minsu
	('Kim 민수'),                     -- mixed scripts: not read as Korean
	('김민수 (金敏洙)'),
	('Kim'),
	('민수')) t(v);
-- the key of a key is itself
SELECT v, normalize_party(normalize_party(v, 'name'), 'name') = normalize_party(v, 'name') AS stable
  FROM (VALUES ('Kim Min-su'), ('Ch''oe Chŏng-hŭi'), ('I A'), ('Hwangbo Yeong')) t(v);

-- decomposed Hangul (conjoining jamo) gives the same key as composed
SELECT normalize_party(E'\u1100\u1175\u11B7\u1106\u1175\u11AB\u1109\u116E', 'name') AS decomposed,
       normalize_party(E'\u1100\u1175\u11B7\u1106\u1175\u11AB\u1109\u116E', 'name') = '김민수' AS same;
-- composition applies to the key, so a dropped character between jamo still composes
-- (and a key normalised again never changes); a space keeps them apart
SELECT normalize_party(E'\uAC00\u200B\u11A8', 'name') AS zero_width_between,
       normalize_party(E'\u1100-\u1161', 'name') AS hyphen_between,
       normalize_party(E'\u1100-\u1161', 'address') AS hyphen_in_address,
       length(normalize_party(E'\u1100 \u1161', 'name')) AS space_between_length;

-- ---------------------------------------------------------------------------
-- address: upper-cased, punctuation and white space collapsed
-- ---------------------------------------------------------------------------
SELECT v, normalize_party(v, 'address') FROM (VALUES
	('123 Main St., Apt #5'),
	('123  MAIN ST APT 5'),
	('서울특별시 강남구 테헤란로 123, 4층 (역삼동)'),
	('Flat 2/14, 10-12 High Street, London SW1A 1AA'),
	('calle Ñuñoa 1234, depto. 5'),
	('Hauptstraße 5'),
	('---'),
	('')) t(v);

-- kinds are matched case-insensitively
SELECT normalize_party('Kim', 'NAME') AS upper_kind, normalize_party('Kim', 'Name') AS mixed_kind;

-- ---------------------------------------------------------------------------
-- errors
-- ---------------------------------------------------------------------------
SELECT normalize_party('Kim', 'nickname');
SELECT normalize_party('010-1234-5678', 'phone', 'XX');
SELECT normalize_party('010-1234-5678', 'phone', 'ZW');
SELECT normalize_party('010-1234-5678', 'phone', 'KOR');
SELECT normalize_party('Kim', 'name', 'KR');

\set VERBOSITY sqlstate
SELECT normalize_party('Kim', 'nickname');
SELECT normalize_party('Kim', '');
SELECT normalize_party('010-1234-5678', 'phone', 'XX');
SELECT normalize_party('010-1234-5678', 'phone', '');
SELECT normalize_party('Kim', 'name', 'KR');
\set VERBOSITY default

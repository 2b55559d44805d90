-- The 1,000,000 phones, names and addresses of bench/party.sql and
-- bench/pseudonym.sql (tables phones, names and addresses, one column v).
-- Included with \ir from the top of the tree.
SELECT setseed(0.5);
-- phones: Korean mobiles and Seoul numbers, US numbers, in national,
-- international, 00 and carrier-prefix forms
CREATE TABLE phones AS
SELECT CASE g % 8
	WHEN 0 THEN format('010-%s-%s', a, b)
	WHEN 1 THEN format('+82 10-%s-%s', a, b)
	WHEN 2 THEN format('0082 10 %s %s', a, b)
	WHEN 3 THEN format('02-%s-%s', 200 + g % 800, b)
	WHEN 4 THEN format('(%s) 555-%s', 201 + g % 700, b)
	WHEN 5 THEN format('+1 %s-555-%s', 201 + g % 700, b)
	WHEN 6 THEN format('001-1-%s-555-%s', 201 + g % 700, b)
	ELSE format('010%s%s', a, b) END AS v
FROM (SELECT g, lpad((1000 + random() * 8999)::int::text, 4, '0') AS a,
             lpad((random() * 9999)::int::text, 4, '0') AS b
        FROM generate_series(1, 1000000) g) s;

-- names: Korean names in Hangul and in the romanized forms of the test set,
-- and Western names
CREATE TEMP TABLE pool (v text);
\copy pool FROM PROGRAM 'cut -f2 test/data/korean_names/pairs.tsv; cut -f3 test/data/korean_names/pairs.tsv'
INSERT INTO pool SELECT f || ' ' || l
  FROM unnest('{John,Mary,Carlos,Ana,Peter,Olga,Ahmed,Emma}'::text[]) f,
       unnest('{Smith,Garcia,Johnson,Müller,Rossi,Ivanova,Hassan,Brown}'::text[]) l;
INSERT INTO pool SELECT upper(l) || ', ' || f
  FROM unnest('{José,Zoë,François,Jürgen}'::text[]) f,
       unnest('{García,Núñez,Łukasiewicz,Søndergaard}'::text[]) l;
CREATE TEMP TABLE pool_n AS SELECT row_number() OVER () AS n, v FROM pool;
CREATE TABLE names AS
SELECT p.v FROM (SELECT g, 1 + floor(random() * (SELECT count(*) FROM pool_n))::bigint AS n
                   FROM generate_series(1, 1000000) g) pick
  JOIN pool_n p USING (n) ORDER BY pick.g;
-- addresses: US (suffixes, units and directionals spelt out or
-- abbreviated, ZIP+4) and Korean (provinces and cities in full or short)
CREATE TABLE addresses AS
SELECT CASE g % 6
	WHEN 0 THEN format('%s %s Main Street, Apartment %s, Springfield, IL 62704-%s', g % 9000 + 1, d, g % 40, b)
	WHEN 1 THEN format('%s %s MAIN ST., APT #%s SPRINGFIELD IL 62704', g % 9000 + 1, d, g % 40)
	WHEN 2 THEN format('%s Oak Avenue Suite %s, Los Angeles, CA 90012', g % 9000 + 1, g % 300)
	WHEN 3 THEN format('서울특별시 강남구 테헤란로 %s, %s층 (역삼동)', g % 500 + 1, g % 30 + 1)
	WHEN 4 THEN format('경기도 성남시 분당구 판교역로 %s', g % 300 + 1)
	ELSE format('부산 해운대구 센텀중앙로 %s-%s', g % 200 + 1, g % 20 + 1) END AS v
FROM (SELECT g, (ARRAY['North', 'SW', 'E', 'South West'])[1 + g % 4] AS d,
             lpad((random() * 9999)::int::text, 4, '0') AS b
        FROM generate_series(1, 1000000) g) s;
VACUUM ANALYZE phones, names, addresses;

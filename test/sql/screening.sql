-- screening: a watch-list from seizures and their networks, incoming
-- consignments screened against it and against a partner's pseudonyms
SELECT p.oid::regprocedure AS function, provolatile, proisstrict, proparallel, prosecdef
  FROM pg_proc p
 WHERE proname IN ('watch_list', 'watch_list_export', 'screen', 'party_key', 'party_script')
 ORDER BY 1::text COLLATE "C";

CREATE TABLE sc_seizure (ref text, seized_on date, q quantity, route route,
	sender_name text, sender_phone text, receiver_name text, receiver_phone text, receiver_address text);
INSERT INTO sc_seizure VALUES
	('US-1', '2025-03-01', '18.5 kg', 'express_cargo', 'John Smith', '+1 213 555 0101',
	 'Kim Min-su', '010-1234-5678', '서울특별시 강남구 테헤란로 123'),
	('US-2', '2025-03-09', '2782 tablets', 'international_mail', 'J. Doe', '(213) 555-0101',
	 'Park Ji-hoon', '010-9999-0000', '부산광역시 해운대구 우동 1'),
	('US-3', '2025-04-02', '1 kg', 'air_cargo', 'Ann Lee', '+1 646 555 0199', 'Choi Woo-jin', NULL, NULL),
	('US-4', '2025-05-20', '~4.7 kg gross', NULL, NULL, NULL, NULL, NULL, NULL);
CREATE VIEW sc_parties AS
	SELECT ref, 'name' AS kind, sender_name AS value, NULL::text AS country FROM sc_seizure UNION ALL
	SELECT ref, 'phone', sender_phone, 'US' FROM sc_seizure UNION ALL
	SELECT ref, 'name', receiver_name, NULL FROM sc_seizure UNION ALL
	SELECT ref, 'phone', receiver_phone, 'KR' FROM sc_seizure UNION ALL
	SELECT ref, 'address', receiver_address, NULL FROM sc_seizure;

-- one entry per key and seizure; US-1 and US-2 share a phone: one network;
-- US-4 has no party and no entry
CREATE TABLE sc_watch AS
	SELECT * FROM watch_list('SELECT ref, seized_on, q, route FROM sc_seizure',
	                         'SELECT * FROM sc_parties', '2026-12-31');
SELECT * FROM sc_watch;

-- the same seizures in another order: the same list
SELECT count(*) AS differences FROM (
	(SELECT * FROM sc_watch EXCEPT ALL
	 SELECT * FROM watch_list('SELECT ref, seized_on, q, route FROM sc_seizure ORDER BY ref DESC',
	                          'SELECT * FROM sc_parties ORDER BY value DESC NULLS FIRST', '2026-12-31'))
	UNION ALL
	(SELECT * FROM watch_list('SELECT ref, seized_on, q, route FROM sc_seizure ORDER BY ref DESC',
	                          'SELECT * FROM sc_parties ORDER BY value DESC NULLS FIRST', '2026-12-31')
	 EXCEPT ALL SELECT * FROM sc_watch)) d;

-- incoming consignments, written as manifests write them
CREATE TABLE sc_consignment (id text, sender_name text, sender_phone text, receiver_name text, receiver_phone text);
INSERT INTO sc_consignment VALUES
	('C1', 'SMITH, John', '213-555-0101', '김민수', '+82 10 1234 5678'),
	('C2', 'Jane Roe', '+1 999 555 0000', 'Lee Seo-yeon', '010-0000-1111'),
	('C3', 'ann lee', NULL, 'Minsu Kim', NULL),
	('C4', 'J Smith', '213 555 0102', '김민주', '010-1234-5679');
CREATE VIEW sc_fields AS
	SELECT id, 'sender_name' AS field, 'name' AS kind, sender_name AS value, NULL::text AS country FROM sc_consignment UNION ALL
	SELECT id, 'sender_phone', 'phone', sender_phone, 'US' FROM sc_consignment UNION ALL
	SELECT id, 'receiver_name', 'name', receiver_name, NULL FROM sc_consignment UNION ALL
	SELECT id, 'receiver_phone', 'phone', receiver_phone, 'KR' FROM sc_consignment;

-- C1 and C3 hit, each field saying how; C4 (near misses everywhere) does not
SELECT * FROM screen('SELECT * FROM sc_fields', 'SELECT * FROM sc_watch', as_of => '2026-01-01');
-- expired entries do not hit
SELECT count(*) FROM screen('SELECT * FROM sc_fields', 'SELECT * FROM sc_watch', as_of => '2027-01-01');

-- the exchange: the US side exports pseudonyms only; the Korean side, with
-- the operation's secret, screens its consignments against them
CREATE TABLE sc_export AS
	SELECT * FROM watch_list_export('SELECT kind, key, reference, expires FROM sc_watch',
	                                '\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
SELECT kind, length(pseudonym) AS length, reference, expires FROM sc_export;
-- nothing of a key, a name, a phone or an address is in it: no word of three
-- or more characters of any party value or key, nor four digits of a phone
SELECT count(*) AS leaks
  FROM sc_export x,
       (SELECT value AS v FROM sc_parties WHERE value IS NOT NULL
        UNION SELECT key FROM sc_watch) p,
       regexp_split_to_table(p.v, '[^[:alnum:]가-힣]+') w
 WHERE length(w) >= 3 AND (x::text ILIKE '%' || w || '%'
        OR (w ~ '^[0-9]+$' AND EXISTS (SELECT FROM generate_series(1, length(w) - 3) i
                                       WHERE x::text LIKE '%' || substr(w, i, 4) || '%')));
SELECT * FROM screen('SELECT * FROM sc_fields', 'SELECT * FROM sc_watch WHERE false',
                     'SELECT * FROM sc_export',
                     '\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
                     '2026-01-01');
-- a wrong secret gives no hit
SELECT count(*) FROM screen('SELECT * FROM sc_fields', 'SELECT * FROM sc_watch WHERE false',
                            'SELECT * FROM sc_export',
                            '\xff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
                            '2026-01-01');

-- errors (the context, the generated query, is left out)
\set SHOW_CONTEXT never
SELECT * FROM screen('SELECT * FROM sc_fields', 'SELECT * FROM sc_watch', 'SELECT * FROM sc_export');
SELECT * FROM screen('SELECT id, field FROM sc_fields', 'SELECT * FROM sc_watch');
SELECT * FROM watch_list('SELECT ref FROM sc_seizure', 'SELECT * FROM sc_parties');
SELECT * FROM watch_list('SELECT ref, seized_on, q, route FROM sc_seizure',
                         $$SELECT ref, 'fax', sender_phone, NULL FROM sc_seizure$$);

\set SHOW_CONTEXT errors
DROP VIEW sc_fields, sc_parties;
DROP TABLE sc_seizure, sc_watch, sc_consignment, sc_export;

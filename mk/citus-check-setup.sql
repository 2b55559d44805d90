-- make citus-check: the same tables and rows on the cluster and on one server
CREATE EXTENSION seizure;
CREATE TABLE seizures (
	id bigint PRIMARY KEY, grp int, label text,
	q quantity,        -- masses in many units, some estimated, some negative
	mixed quantity,    -- masses, volumes and counts of several kinds
	same quantity,     -- equal amounts in different units
	t quantity_tally,
	big quantity,      -- partial sums beyond the range, final sum inside
	big2 quantity,     -- a final sum beyond the range
	sub text);
CREATE TABLE seizures_copy (LIKE seizures);
ALTER TABLE seizures_copy ADD PRIMARY KEY (id);
INSERT INTO seizures (id, grp, label, q, mixed, same, t, big, big2)
SELECT i, (i * 7919) % 1000,
       (ARRAY['필로폰', 'ice', 'Liquid Marijuana', 'yaba', 'Bingo Dust', 'ketamine', 'molly', 'unknown stuff'])[1 + i % 8],
       CASE i % 6 WHEN 0 THEN (i % 997 || ' g') WHEN 1 THEN ('~' || i % 89 || '.25 kg')
                  WHEN 2 THEN (i % 1009 || ' mg') WHEN 3 THEN ((i % 7) || ' lb')
                  WHEN 4 THEN ('-' || i % 13 || ' g') ELSE (i % 17 || ' oz') END::quantity,
       CASE i % 5 WHEN 0 THEN (i % 40 || ' tablets') WHEN 1 THEN (i % 30 || ' mL')
                  WHEN 2 THEN ('~' || i % 9 || ' g') WHEN 3 THEN (i % 11 || ' blotters')
                  ELSE (i % 3 || ' kg') END::quantity,
       CASE i % 4 WHEN 0 THEN '0 kg' WHEN 1 THEN '0 g' WHEN 2 THEN '1 kg' ELSE '1000 g' END::quantity,
       (i % 50 || ' g + ' || i % 3 || ' tablets + ' || i % 4 || ' bricks + ' || i % 5 || ' US gal')::quantity_tally,
       CASE i WHEN 1 THEN '60000000000 kg' WHEN 50001 THEN '60000000000 kg' WHEN 99999 THEN '-40000000000 kg' END::quantity,
       CASE i WHEN 1 THEN '60000000000 kg' WHEN 50001 THEN '60000000000 kg' WHEN 99999 THEN '-10000000000 kg' END::quantity
FROM generate_series(1, 100000) i;
-- a catalog change before catalog_sync_setup(): on the cluster it would reach
-- the coordinator only, so it is refused (55000); on one server it is made.
-- Undone either way, so that both catalogs stay equal; the outcome is kept
-- for mk/citus-check.sql.
CREATE TABLE catalog_before_setup (outcome text);
DO $$
BEGIN
	BEGIN
		INSERT INTO substance_alias (alias, lang, substance) VALUES ('before setup', 'en', 'heroin');
		RAISE EXCEPTION 'made' USING ERRCODE = 'P0001';
	EXCEPTION
		WHEN SQLSTATE '55000' THEN
			INSERT INTO catalog_before_setup VALUES ('refused: ' || SQLERRM);
		WHEN SQLSTATE 'P0001' THEN
			INSERT INTO catalog_before_setup VALUES ('made');
	END;
END
$$;
-- screening (docs/screening.md): a watch-list from seizures; on the cluster
-- the consignments' fields are distributed and the lists are reference tables
CREATE TABLE sc_seizure (ref text, seized_on date, q quantity, route route, phone text, name text);
INSERT INTO sc_seizure
SELECT 'S-' || i, DATE '2025-01-01' + i % 90, (i % 50 + 1 || ' g')::quantity,
       (ARRAY['traveler', 'international_mail', 'express_cargo'])[1 + i % 3]::route,
       format('+1 213 555 %s', lpad((i % 1500)::text, 4, '0')),
       (ARRAY['김민수', 'Park Ji-hoon', 'John Smith'])[i]
FROM generate_series(1, 2000) i;
CREATE TABLE watch AS
SELECT * FROM watch_list('SELECT ref, seized_on, q, route FROM sc_seizure',
                         $$SELECT ref, 'phone', phone, 'US' FROM sc_seizure UNION ALL SELECT ref, 'name', name, NULL FROM sc_seizure$$,
                         '2026-12-31');
CREATE TABLE partner AS
SELECT * FROM watch_list_export('SELECT kind, key, reference, expires FROM watch',
                                '\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
CREATE TABLE consignment_fields (id bigint, field text, kind text, value text, country text);
INSERT INTO consignment_fields
SELECT i, 'sender_phone', 'phone', format('(213) 555-%s', lpad((i % 5000)::text, 4, '0')), 'US' FROM generate_series(1, 20000) i
UNION ALL
SELECT i, 'receiver_name', 'name', (ARRAY['Kim Minsu', '박지훈', 'SMITH, John', 'Nobody', NULL])[1 + i % 5], NULL
FROM generate_series(1, 20000) i;

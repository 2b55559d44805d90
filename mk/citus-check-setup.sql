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
       (i % 50 || ' g + ' || i % 3 || ' tablets')::quantity_tally,
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

-- quantity(mass), quantity(volume), quantity(count) restrict a column
CREATE TEMP TABLE s (m quantity(mass), v quantity(volume), c quantity(count), a quantity);
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
WHERE attrelid = 's'::regclass AND attnum > 0 ORDER BY attnum;
INSERT INTO s VALUES ('18.5 kg', '500 mL', '2782 tablets', '1 dose');
INSERT INTO s VALUES ('1 lb', '1 L', '3 capsules', '1 kg');
SELECT * FROM s;
INSERT INTO s (m) VALUES ('1 tablet');
INSERT INTO s (v) VALUES ('1 kg');
INSERT INTO s (c) VALUES ('1 L');
INSERT INTO s (m) SELECT a FROM s WHERE a = '1 dose';
SELECT '1 kg'::quantity(volume);
SELECT '1 kg'::quantity(mass), '5 doses'::quantity(count), '1 L'::quantity(VOLUME);
SELECT format_type(atttypid, atttypmod) FROM pg_attribute
WHERE attrelid = 's'::regclass AND attnum > 0 ORDER BY attnum;
SELECT '1 kg'::quantity(weight);
SELECT '1 kg'::quantity(mass, volume);
SELECT '1 kg'::quantity(1);
\set VERBOSITY sqlstate
INSERT INTO s (m) VALUES ('1 tablet');
SELECT '1 kg'::quantity(weight);
\set VERBOSITY default

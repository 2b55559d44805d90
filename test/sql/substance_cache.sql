-- the lookup cache follows changes to the reference tables at once
SELECT normalize_substance('Bingo Dust') AS before;
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('bingo dust', 'en', 'ketamine', 0.6);
SELECT normalize_substance('Bingo Dust') AS after_insert, * FROM substance_match('BINGO-DUSTS');
UPDATE substance_alias SET substance = 'mdma' WHERE alias = 'bingo dust';
SELECT normalize_substance('bingo dust') AS after_update;
DELETE FROM substance_alias WHERE alias = 'bingo dust';
SELECT normalize_substance('bingo dust') AS after_delete;

-- a user's alias takes precedence over a built-in one, whatever its confidence
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('Ice', 'en', 'cocaine', 0.3);
SELECT * FROM substance_match('ice');
DELETE FROM substance_alias WHERE NOT builtin;
SELECT * FROM substance_match('ice');

-- a user's substance: its key and names match at once, and so do its classes
INSERT INTO substance (key, name_en, name_ko, unodc_group, unodc_subgroup, kr_class)
VALUES ('etonitazepyne', 'Etonitazepyne', '에토니타제핀', 'Opioids', 'Other illicit opioids', NULL);
SELECT normalize_substance('ETONITAZEPYNE') AS key, normalize_substance('에토니타제핀') AS ko,
       substance_group('etonitazepyne'), kr_class('etonitazepyne');
UPDATE substance SET kr_class = '마약' WHERE key = 'etonitazepyne';
SELECT kr_class('Etonitazepyne') AS kr_class_after_update;
UPDATE substance SET key = 'etonitazepyne_base' WHERE key = 'etonitazepyne';
SELECT normalize_substance('etonitazepyne') AS by_old_name, normalize_substance('etonitazepyne base') AS by_new_key;
DELETE FROM substance WHERE key = 'etonitazepyne_base';
SELECT normalize_substance('Etonitazepyne') AS after_delete;

-- a factor is used at once
SELECT to_mass('10 tablets', 'mdma');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('mdma', 'tablet', 0.25, 'bulk', 'test: a typical tablet');
SELECT to_mass('10 tablets', 'mdma');
DELETE FROM conversion_factor WHERE NOT builtin;

-- rolled-back changes leave the cache
BEGIN;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('rolled back', 'en', 'heroin');
SELECT normalize_substance('rolled back') AS inside;
ROLLBACK;
SELECT normalize_substance('rolled back') AS after_rollback;
-- TRUNCATE would remove built-in rows: refused, and the cache keeps them
BEGIN;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('truncated', 'en', 'heroin');
SELECT normalize_substance('truncated') AS inside;
TRUNCATE substance_alias;
ROLLBACK;
SELECT normalize_substance('ice') AS after_rollback, normalize_substance('truncated') AS gone;

-- savepoints
BEGIN;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('kept', 'en', 'heroin');
SAVEPOINT s;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('undone', 'en', 'heroin');
SELECT normalize_substance('kept') AS kept, normalize_substance('undone') AS undone;
ROLLBACK TO SAVEPOINT s;
SELECT normalize_substance('kept') AS kept, normalize_substance('undone') AS undone;
ROLLBACK;

-- the triggers fire under session_replication_role = replica too (logical replication)
SET session_replication_role = replica;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('replicated', 'en', 'heroin');
SELECT normalize_substance('replicated') AS replicated;
DELETE FROM substance_alias WHERE alias = 'replicated';
SELECT normalize_substance('replicated') AS deleted;
RESET session_replication_role;

-- the catalog as shipped is back
SELECT count(*) FILTER (WHERE builtin) AS builtin, count(*) FILTER (WHERE NOT builtin) AS users
FROM substance_alias;

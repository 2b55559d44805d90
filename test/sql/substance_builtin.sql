-- Built-in rows are the extension's: pg_dump leaves them out and CREATE
-- EXTENSION writes them again, so outside the extension's scripts no one
-- inserts, updates or deletes one (42501).  A user's own rows override them.
\set VERBOSITY default
-- a curator, with the grant docs/substances.md recommends
CREATE ROLE regress_curator;
GRANT INSERT, UPDATE, DELETE ON substance, substance_alias, conversion_factor TO regress_curator;
SET ROLE regress_curator;

-- no new built-in rows
INSERT INTO substance (key, name_en, builtin) VALUES ('etonitazepyne', 'Etonitazepyne', true);
INSERT INTO substance_alias (alias, lang, substance, builtin) VALUES ('bingo dust', 'en', 'ketamine', true);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source, builtin)
VALUES ('mdma', 'tablet', 0.25, 'bulk', 'a user''s figure', true);
COPY substance_alias (alias, lang, substance, builtin) FROM stdin;
bingo dust	en	ketamine	t
\.
-- no changed ones: a doubled factor, a renamed key (it would cascade to
-- the aliases and factors), a built-in row passed off as a user's
UPDATE conversion_factor SET grams_per_unit = grams_per_unit * 2
WHERE substance = 'methamphetamine' AND unit = 'dose';
UPDATE substance SET key = 'meth' WHERE key = 'methamphetamine';
UPDATE substance SET kr_class = NULL WHERE key = 'khat';
UPDATE substance_alias SET builtin = false WHERE alias = 'ice';
-- no deleted ones
DELETE FROM substance_alias WHERE alias = 'ice';
DELETE FROM conversion_factor WHERE builtin;
DELETE FROM substance WHERE key = 'caffeine';
-- the catalog is as installed
SELECT normalize_substance('ice') AS ice, normalize_substance('meth') AS meth,
       to_mass('10 doses', 'methamphetamine') AS doses, kr_class('khat') AS khat;

-- a user's own rows go in, override the built-in ones, and go again
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('ice', 'en', 'cocaine', 0.5);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('methamphetamine', 'dose', 0.06, 'net', 'our laboratory');
INSERT INTO substance (key, name_en, kr_class) VALUES ('etonitazepyne', 'Etonitazepyne', '마약');
INSERT INTO substance_alias (alias, lang, substance) VALUES ('eto', 'en', 'etonitazepyne');
SELECT normalize_substance('ice') AS ice, to_mass('10 doses', 'methamphetamine') AS doses,
       normalize_substance('eto') AS iso, kr_class('eto') AS iso_class;
-- a user's key renamed: the cascade reaches the user's rows only
UPDATE substance SET key = 'etonitazepyne_base' WHERE key = 'etonitazepyne';
SELECT alias, substance, builtin FROM substance_alias WHERE NOT builtin ORDER BY alias;
UPDATE substance_alias SET confidence = 0.6 WHERE alias = 'ice' AND NOT builtin;
-- but not made built-in
UPDATE substance_alias SET builtin = true WHERE alias = 'ice' AND NOT builtin;
-- a statement that reaches a built-in row changes none of its rows
DELETE FROM substance_alias WHERE alias IN ('eto', 'ice');
SELECT alias, substance, confidence FROM substance_alias WHERE NOT builtin ORDER BY alias;
DELETE FROM substance_alias WHERE NOT builtin;
DELETE FROM conversion_factor WHERE NOT builtin;
DELETE FROM substance WHERE NOT builtin;
RESET ROLE;

-- the tables' owner is refused too, TRUNCATE included
UPDATE substance_alias SET confidence = 1 WHERE alias = 'ice';
TRUNCATE conversion_factor;
TRUNCATE substance CASCADE;
SELECT (SELECT count(*) FROM substance) AS substances, (SELECT count(*) FROM substance_alias) AS aliases,
       (SELECT count(*) FROM conversion_factor) AS factors,
       (SELECT count(*) FROM substance_alias WHERE NOT builtin) AS users_aliases;
-- the guard is a trigger only
SELECT catalog_builtin_guard();

DROP OWNED BY regress_curator;
DROP ROLE regress_curator;

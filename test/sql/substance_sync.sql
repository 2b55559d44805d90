-- The catalog as one value, and a node made equal to it: the path by which
-- a Citus coordinator's catalog reaches every node (docs/citus.md).
\set VERBOSITY default
CREATE TEMP TABLE snap AS SELECT catalog_snapshot() AS s;
SELECT jsonb_array_length(s->'substance') = (SELECT count(*) FROM substance) AS substances,
       jsonb_array_length(s->'substance_alias') = (SELECT count(*) FROM substance_alias) AS aliases,
       jsonb_array_length(s->'conversion_factor') = (SELECT count(*) FROM conversion_factor) AS factors
FROM snap;
-- nothing to do on a node that already has it
SELECT catalog_apply(s) AS changed FROM snap;

-- a node whose catalog diverged: a new substance with an alias and a factor,
-- a renamed key, a changed factor, a removed alias
INSERT INTO substance (key, name_en, unodc_group) VALUES ('isotonitazene', 'Isotonitazene', 'Opioids');
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('iso', 'en', 'isotonitazene', 0.5);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('isotonitazene', 'tablet', 0.01, 'net', 'test figure');
UPDATE conversion_factor SET grams_per_unit = grams_per_unit * 2 WHERE builtin AND substance = 'methamphetamine' AND unit = 'dose';
DELETE FROM substance_alias WHERE alias = 'ice' AND builtin;
SELECT normalize_substance('iso') AS iso, normalize_substance('ice') AS ice, to_mass('10 doses', 'methamphetamine') AS meth;
CREATE TEMP TABLE diverged AS SELECT catalog_snapshot() AS s;

-- applying the first snapshot restores it exactly, and the lookups follow
SELECT catalog_apply(s) AS changed FROM snap;
SELECT catalog_snapshot() = s AS restored FROM snap;
SELECT normalize_substance('iso') AS iso, normalize_substance('ice') AS ice, to_mass('10 doses', 'methamphetamine') AS meth;
-- and the other way: the diverged catalog, in one step, foreign keys held
SELECT catalog_apply(s) AS changed FROM diverged;
SELECT catalog_snapshot() = s AS equal FROM diverged;
SELECT normalize_substance('iso') AS iso, to_mass('10 tablets', 'isotonitazene') AS iso_mass;
-- a renamed key: the aliases and factors follow it
UPDATE substance SET key = 'isotonitazene_base' WHERE key = 'isotonitazene';
CREATE TEMP TABLE renamed AS SELECT catalog_snapshot() AS s;
SELECT catalog_apply(s) AS changed FROM diverged;
SELECT catalog_apply(s) AS changed FROM renamed;
SELECT catalog_snapshot() = s AS equal, normalize_substance('iso') AS iso FROM renamed;
SELECT catalog_apply(s) AS changed FROM snap;
SELECT catalog_snapshot() = s AS restored FROM snap;

-- what it refuses
SELECT catalog_apply('{"substance": []}');
SELECT catalog_apply(NULL);
-- a snapshot whose rows break the catalog's rules changes nothing
SELECT catalog_apply(jsonb_set(s, '{substance_alias,0,substance}', '"no_such_substance"')) FROM snap;
SELECT catalog_snapshot() = s AS unchanged FROM snap;
-- the cluster set-up needs Citus
SELECT catalog_sync_setup();

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
-- a renamed key, a factor and an alias overriding built-in ones
INSERT INTO substance (key, name_en, unodc_group) VALUES ('etonitazepyne', 'Etonitazepyne', 'Opioids');
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('eto', 'en', 'etonitazepyne', 0.5);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('etonitazepyne', 'tablet', 0.01, 'net', 'test figure');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('methamphetamine', 'dose', 0.06, 'net', 'test figure');
INSERT INTO substance_alias (alias, lang, substance) VALUES ('ice', 'en', 'cocaine');
SELECT normalize_substance('eto') AS iso, normalize_substance('ice') AS ice, to_mass('10 doses', 'methamphetamine') AS meth;
CREATE TEMP TABLE diverged AS SELECT catalog_snapshot() AS s;

-- applying the first snapshot restores it exactly, and the lookups follow
SELECT catalog_apply(s) AS changed FROM snap;
SELECT catalog_snapshot() = s AS restored FROM snap;
SELECT normalize_substance('eto') AS iso, normalize_substance('ice') AS ice, to_mass('10 doses', 'methamphetamine') AS meth;
-- and the other way: the diverged catalog, in one step, foreign keys held
SELECT catalog_apply(s) AS changed FROM diverged;
SELECT catalog_snapshot() = s AS equal FROM diverged;
SELECT normalize_substance('eto') AS iso, to_mass('10 tablets', 'etonitazepyne') AS iso_mass;
-- a renamed key: the aliases and factors follow it
UPDATE substance SET key = 'etonitazepyne_base' WHERE key = 'etonitazepyne';
CREATE TEMP TABLE renamed AS SELECT catalog_snapshot() AS s;
SELECT catalog_apply(s) AS changed FROM diverged;
SELECT catalog_apply(s) AS changed FROM renamed;
SELECT catalog_snapshot() = s AS equal, normalize_substance('eto') AS iso FROM renamed;
SELECT catalog_apply(s) AS changed FROM snap;
SELECT catalog_snapshot() = s AS restored FROM snap;

-- dose standards travel with the catalog; a snapshot taken before 0.3.0
-- has none and leaves them alone
SELECT jsonb_array_length(s->'dose_standard') = (SELECT count(*) FROM dose_standard) AS dose_standards FROM snap;
INSERT INTO dose_standard (standard, substance, grams_per_dose, measures, source)
VALUES ('lab', 'cocaine', 0.1, 'use', 'test figure');
CREATE TEMP TABLE with_lab AS SELECT catalog_snapshot() AS s;
SELECT catalog_apply(s) AS changed FROM snap;
SELECT count(*) AS users_standards FROM dose_standard WHERE NOT builtin;
SELECT catalog_apply(s) AS changed FROM with_lab;
SELECT doses('1 kg', 'cocaine', 'lab') AS lab;
SELECT catalog_apply(s - 'dose_standard') AS changed FROM snap;
SELECT (SELECT count(*) FROM dose_standard WHERE NOT builtin) AS users_standards,
       catalog_snapshot() - 'dose_standard' = s - 'dose_standard' AS rest_restored FROM snap;
DELETE FROM dose_standard WHERE NOT builtin;
SELECT catalog_snapshot() = s AS restored FROM snap;

-- what it refuses
SELECT catalog_apply('{"substance": []}');
SELECT catalog_apply(NULL);
-- a snapshot whose rows break the catalog's rules changes nothing
SELECT catalog_apply(jsonb_set(s, '{substance_alias}', (s->'substance_alias') || '[{"alias": "x", "lang": "en", "substance": "no_such_substance", "confidence": 1, "builtin": false}]')) FROM snap;
SELECT catalog_snapshot() = s AS unchanged FROM snap;
-- nor one that changes, adds or removes built-in rows: they come with the
-- extension (only catalog_sync_pull, below, applies a coordinator's)
\set SHOW_CONTEXT never
SELECT catalog_apply(jsonb_set(s, '{substance_alias,0,confidence}', '0.5')) FROM snap;
SELECT catalog_apply(jsonb_set(s, '{substance_alias}', (s->'substance_alias') - 0)) FROM snap;
SELECT catalog_apply(jsonb_set(s, '{substance_alias}', (s->'substance_alias') || '[{"alias": "x", "lang": "en", "substance": "heroin", "confidence": 1, "builtin": true}]')) FROM snap;
\set SHOW_CONTEXT errors
SELECT catalog_snapshot() = s AS unchanged FROM snap;
-- the cluster set-up needs Citus
SELECT catalog_sync_setup();

-- On a Citus worker the catalog is changed by the coordinator only.  Citus
-- is not installed here: its citus_is_coordinator() and the table that
-- catalog_sync_setup() creates are stood in for.
CREATE TABLE catalog_sync (id int PRIMARY KEY CHECK (id = 1), snapshot jsonb NOT NULL);
CREATE FUNCTION pg_catalog.citus_is_coordinator() RETURNS boolean LANGUAGE sql
	AS $$ SELECT current_setting('regress.coordinator')::boolean $$;
SET regress.coordinator = false;
-- a worker refuses every kind of change, even one that changes no row
INSERT INTO substance_alias (alias, lang, substance) VALUES ('worker alias', 'en', 'heroin');
UPDATE conversion_factor SET source = source WHERE false;
DELETE FROM substance WHERE key = 'no such key';
TRUNCATE substance_alias;
-- and catalog_apply() called there (its context names the statement)
\set SHOW_CONTEXT never
SELECT catalog_apply(jsonb_set(s, '{substance_alias}', (s->'substance_alias') || '[{"alias": "worker alias", "lang": "en", "substance": "heroin", "confidence": 1, "builtin": false}]')) FROM snap;
\set SHOW_CONTEXT errors
-- what the coordinator sends goes in, through catalog_sync_pull
CREATE TRIGGER catalog_sync_pull AFTER INSERT OR UPDATE ON catalog_sync
	FOR EACH ROW EXECUTE FUNCTION catalog_sync_pull();
INSERT INTO catalog_sync
SELECT 1, jsonb_set(s, '{substance_alias}', (s->'substance_alias') || '[{"alias": "sent alias", "lang": "en", "substance": "heroin", "confidence": 1, "builtin": false}]')
FROM snap;
SELECT normalize_substance('sent alias') AS sent;
UPDATE catalog_sync SET snapshot = (SELECT s FROM snap);
SELECT normalize_substance('sent alias') AS sent, catalog_snapshot() = s AS equal FROM snap;
-- the coordinator's built-in rows too (a worker one version behind): the
-- pull lets them through for the length of its apply, and no longer
UPDATE catalog_sync SET snapshot = (SELECT jsonb_set(s, '{substance_alias,0,confidence}', '0.5') FROM snap);
SELECT confidence FROM substance_alias WHERE builtin ORDER BY alias, substance LIMIT 1;
UPDATE catalog_sync SET snapshot = (SELECT s FROM snap);
SELECT catalog_snapshot() = s AS equal FROM snap;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('after the pull', 'en', 'heroin');
-- a failed apply leaves no way through either
UPDATE catalog_sync SET snapshot = (SELECT jsonb_set(s, '{substance_alias}', (s->'substance_alias') || '[{"alias": "x", "lang": "en", "substance": "no_such_substance", "confidence": 1, "builtin": false}]') FROM snap);
INSERT INTO substance_alias (alias, lang, substance) VALUES ('after a failed pull', 'en', 'heroin');
-- the setting that 0.2.0 read is gone: nothing a session sets opens the guard
SET seizure.catalog_sync_applying = on;
SELECT set_config('seizure.catalog_sync_applying', 'on', false);
INSERT INTO substance_alias (alias, lang, substance) VALUES ('switched through', 'en', 'heroin');
-- and the pull works on catalog_sync only
CREATE TABLE forged (id int, snapshot jsonb);
CREATE TRIGGER forged_pull AFTER INSERT ON forged FOR EACH ROW EXECUTE FUNCTION catalog_sync_pull();
INSERT INTO forged SELECT 1, jsonb_set(s, '{substance_alias}', (s->'substance_alias') || '[{"alias": "forged", "lang": "en", "substance": "heroin", "confidence": 1, "builtin": false}]') FROM snap;
DROP TABLE forged;
SELECT catalog_sync_pull();
-- the coordinator changes it
SET regress.coordinator = true;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('coordinator alias', 'en', 'heroin');
DELETE FROM substance_alias WHERE alias = 'coordinator alias';
-- so does a database whose cluster catalog is not set up
SET regress.coordinator = false;
DROP TABLE catalog_sync;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('single server alias', 'en', 'heroin');
DELETE FROM substance_alias WHERE alias = 'single server alias';
SELECT catalog_snapshot() = s AS unchanged FROM snap;

-- On a Citus cluster with workers, before catalog_sync_setup(), a change
-- would reach no other node: refused.  CREATE EXTENSION citus makes the
-- table pg_catalog.pg_dist_node, a row per node, the coordinator in group 0;
-- a table of that name with those columns stands in for it.
SET allow_system_table_mods = on;
CREATE TABLE pg_catalog.pg_dist_node (nodeid int, groupid int, nodename text, nodeport int);
RESET allow_system_table_mods;
-- Citus without workers: nothing to diverge from
INSERT INTO substance_alias (alias, lang, substance) VALUES ('no workers yet', 'en', 'heroin');
INSERT INTO pg_catalog.pg_dist_node VALUES (1, 0, 'coordinator', 5432);
DELETE FROM substance_alias WHERE alias = 'no workers yet';
-- a worker joins: every kind of change is refused, even one that changes no row
INSERT INTO pg_catalog.pg_dist_node VALUES (2, 1, 'worker1', 5432);
INSERT INTO substance_alias (alias, lang, substance) VALUES ('before setup', 'en', 'heroin');
UPDATE conversion_factor SET source = source WHERE false;
TRUNCATE substance_alias;
\set SHOW_CONTEXT never
SELECT catalog_apply(jsonb_set(s, '{substance_alias}', (s->'substance_alias') || '[{"alias": "before setup", "lang": "en", "substance": "heroin", "confidence": 1, "builtin": false}]')) FROM snap;
\set SHOW_CONTEXT errors
SELECT normalize_substance('before setup') AS before_setup;
-- after catalog_sync_setup() the coordinator changes it
CREATE TABLE catalog_sync (id int PRIMARY KEY CHECK (id = 1), snapshot jsonb NOT NULL);
SET regress.coordinator = true;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('after setup', 'en', 'heroin');
DELETE FROM substance_alias WHERE alias = 'after setup';
DROP TABLE catalog_sync;
DROP TABLE pg_catalog.pg_dist_node;
SELECT catalog_snapshot() = s AS unchanged FROM snap;
DROP FUNCTION pg_catalog.citus_is_coordinator();
RESET regress.coordinator;

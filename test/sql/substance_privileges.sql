-- The substance cache answers only a user who may read the catalog: it is
-- built by whoever calls first, and another user's lookup checks that user's
-- privileges, and row security, before answering from it.
\set VERBOSITY default
CREATE ROLE regress_reader;
CREATE ROLE regress_team;
REVOKE SELECT ON substance_alias FROM PUBLIC;
-- a superuser fills the cache
SELECT normalize_substance('ice') AS ice, to_mass('100 doses', 'ice') AS doses;
-- a role without SELECT on substance_alias gets the error reading it would give
SET ROLE regress_reader;
SELECT normalize_substance('ice');
SELECT to_mass('100 doses', 'ice');
SELECT * FROM substance_alias LIMIT 0;
-- also when it is the first to call in its session's transaction
RESET ROLE;
BEGIN;
INSERT INTO substance_alias (alias, lang, substance) VALUES ('fresh', 'en', 'heroin');
SET LOCAL ROLE regress_reader;
SELECT normalize_substance('fresh');
ROLLBACK;
-- a grant, directly or through a role, lets it in; a revoke shuts it out again
GRANT SELECT ON substance_alias TO regress_team;
SET ROLE regress_reader;
SELECT normalize_substance('ice');
RESET ROLE;
GRANT regress_team TO regress_reader;
SET ROLE regress_reader;
SELECT normalize_substance('ice') AS through_a_role;
RESET ROLE;
REVOKE regress_team FROM regress_reader;
SET ROLE regress_reader;
SELECT normalize_substance('ice');
RESET ROLE;
-- SELECT on the columns the lookups read is enough, as for a query
GRANT SELECT (alias, substance, confidence, builtin) ON substance_alias TO regress_reader;
SET ROLE regress_reader;
SELECT normalize_substance('ice') AS column_grant;
RESET ROLE;
REVOKE SELECT (alias, substance, confidence, builtin) ON substance_alias FROM regress_reader;
-- USAGE on the schema is needed too
GRANT SELECT ON substance_alias TO PUBLIC;
SELECT normalize_substance('ice') AS ice;
-- (a view calls the function by OID, so the call itself needs no USAGE)
CREATE SCHEMA regress_views;
CREATE VIEW regress_views.ice AS SELECT public.normalize_substance('ice') AS ice;
GRANT USAGE ON SCHEMA regress_views TO regress_reader;
GRANT SELECT ON regress_views.ice TO regress_reader;
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
SET ROLE regress_reader;
SELECT * FROM regress_views.ice;
RESET ROLE;
GRANT USAGE ON SCHEMA public TO PUBLIC;
SET ROLE regress_reader;
SELECT * FROM regress_views.ice AS usage_back;
RESET ROLE;
DROP SCHEMA regress_views CASCADE;

-- row security: each user sees the aliases its policies show it
ALTER TABLE substance_alias ENABLE ROW LEVEL SECURITY;
CREATE POLICY regress_no_slang ON substance_alias TO regress_reader USING (confidence = 1);
SELECT normalize_substance('ice') AS superuser_ice, normalize_substance('hash oil') AS superuser_hash_oil;
SET ROLE regress_reader;
SELECT normalize_substance('ice') AS reader_ice, normalize_substance('hash oil') AS reader_hash_oil;
RESET ROLE;
SELECT normalize_substance('ice') AS superuser_ice_again;
DROP POLICY regress_no_slang ON substance_alias;
ALTER TABLE substance_alias DISABLE ROW LEVEL SECURITY;
SET ROLE regress_reader;
SELECT normalize_substance('ice') AS reader_ice;
RESET ROLE;

REVOKE SELECT ON substance_alias FROM regress_team;
DROP ROLE regress_reader;
DROP ROLE regress_team;

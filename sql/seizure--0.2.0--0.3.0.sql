-- seizure 0.2.0 -> 0.3.0
--
-- Every change to the catalog since 0.2.0, one section per concept.  The
-- result must equal a fresh install of 0.3.0 (test/extra/upgrade_path.sh),
-- and values stored under 0.2.0 must read back identical
-- (test/extra/upgrade_data.sh).

\echo Use "ALTER EXTENSION seizure UPDATE TO '0.3.0'" to load this file. \quit

-- ---------------------------------------------------------------------------
-- linked_groups: values for the edge query as parameters
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.linked_groups(edges_sql text, VARIADIC params "any")
	RETURNS TABLE (node text, group_id bigint, group_size bigint)
	AS 'MODULE_PATHNAME', 'linked_groups_params' LANGUAGE C VOLATILE PARALLEL UNSAFE
	ROWS 1000;
COMMENT ON FUNCTION @extschema@.linked_groups(text, "any") IS
	'linked_groups with parameters: $1, $2, ... in edges_sql are the values that follow, bound, never spliced';
-- The substance catalog: built-in rows are the extension's, the guards have
-- no switch, and a Citus cluster's catalog changes only once it is shared
-- ---------------------------------------------------------------------------

-- built-in rows are the extension's: pg_dump leaves them out, so a change
-- to one would not survive a restore (docs/substances.md)
CREATE FUNCTION @extschema@.catalog_builtin_guard() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalog_builtin_guard() IS
	'row and TRUNCATE trigger: outside the extension''s scripts, refuses to insert, update or delete a built-in row of the substance catalog (42501)';
CREATE TRIGGER substance_protect_builtin BEFORE INSERT OR UPDATE OR DELETE
	ON @extschema@.substance FOR EACH ROW
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER substance_alias_protect_builtin BEFORE INSERT OR UPDATE OR DELETE
	ON @extschema@.substance_alias FOR EACH ROW
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER conversion_factor_protect_builtin BEFORE INSERT OR UPDATE OR DELETE
	ON @extschema@.conversion_factor FOR EACH ROW
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER substance_protect_builtin_truncate BEFORE TRUNCATE
	ON @extschema@.substance FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER substance_alias_protect_builtin_truncate BEFORE TRUNCATE
	ON @extschema@.substance_alias FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER conversion_factor_protect_builtin_truncate BEFORE TRUNCATE
	ON @extschema@.conversion_factor FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();

-- on a Citus cluster, changes come from the coordinator only, and only
-- once catalog_sync_setup() shares them (docs/citus.md)
COMMENT ON FUNCTION @extschema@.catalog_sync_guard() IS
	'statement trigger: on a Citus cluster with workers, refuses a change to the substance catalog before catalog_sync_setup(), and after it on a worker one that does not come from the coordinator (55000)';
-- catalog_apply leaves equal rows alone (it no longer rewrites built-in rows)
CREATE OR REPLACE FUNCTION @extschema@.catalog_apply(snapshot jsonb) RETURNS boolean
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF snapshot IS NULL OR NOT snapshot ?& ARRAY['substance', 'substance_alias', 'conversion_factor'] THEN
		RAISE EXCEPTION 'invalid catalog snapshot'
			USING ERRCODE = '22023',
				  DETAIL = 'A snapshot has the keys substance, substance_alias and conversion_factor.',
				  HINT = 'Take it with catalog_snapshot().';
	END IF;
	IF @extschema@.catalog_snapshot() = snapshot THEN
		RETURN false;
	END IF;
	-- new and changed substances first, removed ones last, so that the
	-- foreign keys of aliases and factors hold at every step; rows already
	-- equal are left alone (built-in rows change only in an extension script
	-- or through catalog_sync_pull)
	INSERT INTO @extschema@.substance
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.substance, snapshot->'substance') n
	WHERE NOT EXISTS (SELECT FROM @extschema@.substance s WHERE s IS NOT DISTINCT FROM n)
	ON CONFLICT (key) DO UPDATE SET
		name_en = excluded.name_en, name_ko = excluded.name_ko, unodc_group = excluded.unodc_group,
		unodc_subgroup = excluded.unodc_subgroup, kr_class = excluded.kr_class,
		us_schedule = excluded.us_schedule, builtin = excluded.builtin;
	DELETE FROM @extschema@.substance_alias a WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.substance_alias, snapshot->'substance_alias') n
		WHERE n IS NOT DISTINCT FROM a);
	INSERT INTO @extschema@.substance_alias
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.substance_alias, snapshot->'substance_alias') n
	WHERE NOT EXISTS (SELECT FROM @extschema@.substance_alias a WHERE a IS NOT DISTINCT FROM n);
	DELETE FROM @extschema@.conversion_factor f WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.conversion_factor, snapshot->'conversion_factor') n
		WHERE n IS NOT DISTINCT FROM f);
	INSERT INTO @extschema@.conversion_factor
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.conversion_factor, snapshot->'conversion_factor') n
	WHERE NOT EXISTS (SELECT FROM @extschema@.conversion_factor f WHERE f IS NOT DISTINCT FROM n);
	DELETE FROM @extschema@.substance s WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.substance, snapshot->'substance') n
		WHERE n.key = s.key);
	RETURN true;
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_apply(jsonb) IS
	'makes this node''s substance catalog equal to a catalog_snapshot(); false when it already was';

-- 0.2.0's PL/pgSQL catalog_sync_pull let the writes through with a setting
-- (seizure.catalog_sync_applying) that any session could set; the C function
-- holds that state in the backend for the length of the apply.  Same OID, so
-- the trigger that catalog_sync_setup() made on catalog_sync stays.
CREATE OR REPLACE FUNCTION @extschema@.catalog_sync_pull() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalog_sync_pull() IS
	'row trigger on each node''s placement of catalog_sync: applies the snapshot the coordinator sent, through the guards of the catalog for the length of the apply only';

-- ---------------------------------------------------------------------------
-- party pseudonyms: keyed hashes of party keys for hit/no-hit exchange
-- between agencies (docs/networks.md, "Pseudonyms")
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.party_pseudonym(value text, kind text, secret bytea) RETURNS text
	AS 'MODULE_PATHNAME', 'party_pseudonym' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.party_pseudonym(text, text, bytea) IS
	'pseudonym of a party for hit/no-hit exchange: HMAC-SHA-256 under secret (at least 16 bytes, one per operation) of the kind and normalize_party(value, kind), as 64 hex digits; equal keys give equal pseudonyms; NULL where the key is NULL';

CREATE FUNCTION @extschema@.party_pseudonym(value text, kind text, default_country text, secret bytea) RETURNS text
	AS 'MODULE_PATHNAME', 'party_pseudonym_country' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.party_pseudonym(text, text, text, bytea) IS
	'pseudonym of a telephone number for hit/no-hit exchange: party_pseudonym of normalize_party(value, kind, default_country), under secret';

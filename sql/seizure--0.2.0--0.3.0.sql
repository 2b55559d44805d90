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
-- parties: name and address keys that match as manifests write them
-- ---------------------------------------------------------------------------

-- normalize_party(value, kind) is IMMUTABLE, and its name and address keys
-- change in 0.3.0 (docs/networks.md, "Upgrading from 0.2.0"); its form with
-- a default country reads telephone numbers only, whose keys do not.  Here:
-- every index on an expression or predicate that calls it is rebuilt, and a
-- message names what still holds keys of 0.2.0 and what to run: stored
-- generated columns (their table rewritten) and materialized views that
-- read them or call it (refreshed).  Keys that other code stored are not
-- seen here: docs/networks.md says how to recompute them.  The messages are
-- warnings because an extension script shows nothing below WARNING.
DO $upgrade$
DECLARE
	fn oid;
	r record;
	rebuilt text[] := '{}';
	stale text[] := '{}';
	todo text[] := '{}';
	detail text;
BEGIN
	SELECT p.oid INTO STRICT fn
	  FROM pg_proc p
	  JOIN pg_depend e ON e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e'
	  JOIN pg_extension x ON x.oid = e.refobjid AND x.extname = 'seizure'
	 WHERE p.proname = 'normalize_party' AND p.pronargs = 2;
	-- a session that loaded the library before it was replaced still runs
	-- the old code, and would rebuild the indexes with the old keys
	IF @extschema@.normalize_party('SMITH, John', 'name') IS DISTINCT FROM 'john smith' THEN
		RAISE EXCEPTION 'the seizure library loaded in this session is older than 0.3.0'
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  DETAIL = 'Indexes on normalize_party would be rebuilt with the keys of the old library.',
				  HINT = 'Run ALTER EXTENSION seizure UPDATE in a new session.';
	END IF;

	-- indexes (partitions' indexes each; a partitioned index has no entries)
	FOR r IN
		SELECT DISTINCT format('%I.%I', n.nspname, c.relname) AS idx, format('%I.%I', n.nspname, t.relname) AS tab
		  FROM pg_depend d
		  JOIN pg_index i ON i.indexrelid = d.objid
		  JOIN pg_class c ON c.oid = i.indexrelid
		  JOIN pg_class t ON t.oid = i.indrelid
		  JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_proc'::regclass
		   AND d.refobjid = fn AND c.relkind = 'i' AND c.relpersistence <> 't'
		 ORDER BY 1
	LOOP
		BEGIN
			EXECUTE format('REINDEX INDEX %s', r.idx);
			rebuilt := rebuilt || r.idx;
		EXCEPTION
			WHEN insufficient_privilege THEN
				todo := todo || format('REINDEX INDEX %s;', r.idx);
			WHEN unique_violation THEN
				GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
				RAISE EXCEPTION 'could not rebuild unique index % for the keys of normalize_party 0.3.0', r.idx
					USING ERRCODE = 'unique_violation',
						  DETAIL = format('Rows of %s that had different keys under 0.2.0 have the same key now: %s', r.tab, detail),
						  HINT = 'Merge or remove the duplicate rows, or drop the index, then update again.';
		END;
	END LOOP;

	-- stored generated columns: recomputed when a column they read is updated
	FOR r IN
		SELECT DISTINCT format('%I.%I', n.nspname, c.relname) AS tab, a.attname,
			   (SELECT b.attname FROM pg_depend dc
				  JOIN pg_attribute b ON b.attrelid = dc.refobjid AND b.attnum = dc.refobjsubid
				 WHERE dc.classid = 'pg_attrdef'::regclass AND dc.objid = ad.oid
				   AND dc.refclassid = 'pg_class'::regclass AND dc.refobjsubid > 0
				 ORDER BY b.attnum LIMIT 1) AS base
		  FROM pg_depend d
		  JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
		  JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum AND a.attgenerated = 's'
		  JOIN pg_class c ON c.oid = ad.adrelid
		  JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = fn
		   AND c.relpersistence <> 't' AND NOT c.relispartition
		 ORDER BY 1, 2
	LOOP
		stale := stale || format('%s.%I (stored generated column)', r.tab, r.attname);
		todo := todo || format('UPDATE %s SET %I = %I;', r.tab, r.base, r.base);
	END LOOP;

	-- materialized views that call it or read those columns, directly or
	-- through views, in the order they can be refreshed
	FOR r IN
		WITH RECURSIVE reach(rel, depth) AS (
			SELECT rw.ev_class, 1
			  FROM pg_depend d JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
			 WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = fn
			UNION
			SELECT ad.adrelid, 0
			  FROM pg_depend d
			  JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
			  JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum AND a.attgenerated = 's'
			 WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = fn
			UNION
			SELECT rw.ev_class, reach.depth + 1
			  FROM reach
			  JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = reach.rel
			  JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
			 WHERE rw.ev_class <> reach.rel AND reach.depth < 50
		)
		SELECT format('%I.%I', n.nspname, c.relname) AS mv, max(reach.depth) AS depth
		  FROM reach JOIN pg_class c ON c.oid = reach.rel
		  JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE c.relkind = 'm'
		 GROUP BY n.nspname, c.relname
		 ORDER BY 2, 1
	LOOP
		stale := stale || format('%s (materialized view)', r.mv);
		todo := todo || format('REFRESH MATERIALIZED VIEW %s;', r.mv);
	END LOOP;

	IF cardinality(rebuilt) > 0 THEN
		RAISE WARNING 'rebuilt % index(es) on normalize_party for the keys of 0.3.0: %',
			cardinality(rebuilt), array_to_string(rebuilt, ', ');
	END IF;
	IF cardinality(todo) > 0 THEN
		RAISE WARNING 'keys of normalize_party 0.2.0 are still stored: %',
			coalesce(nullif(array_to_string(stale, ', '), ''), 'indexes this role may not rebuild')
			USING DETAIL = 'Names and addresses have new keys in 0.3.0; what was computed before the update holds the old ones.',
				  HINT = 'Run: ' || array_to_string(todo, ' ');
	END IF;
END
$upgrade$;

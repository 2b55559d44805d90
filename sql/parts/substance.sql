
-- ---------------------------------------------------------------------------
-- substances: canonical names, aliases, classifications, conversion factors
-- ---------------------------------------------------------------------------

-- names and conversions, served from a per-backend cache of the catalog
CREATE FUNCTION @extschema@.substance_fold(name text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.substance_fold(text) IS
	'a name folded for alias matching: bracketed qualifiers, case, spacing, punctuation and plural -s removed, whatever the locale';

CREATE FUNCTION @extschema@.normalize_substance(name text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.normalize_substance(text) IS
	'canonical substance key of a name, alias or report label; NULL when unknown';

CREATE FUNCTION @extschema@.substance_match(name text, OUT substance text, OUT confidence numeric, OUT matched text)
	RETURNS record
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.substance_match(text) IS
	'audit of normalize_substance: the substance, how sure the match is, and the alias that matched';

CREATE FUNCTION @extschema@.substance_group(name text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.substance_group(text) IS
	'UNODC drug group of a substance name; NULL when the name or its group is unknown';

CREATE FUNCTION @extschema@.kr_class(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'substance_kr_class' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kr_class(text) IS
	'Korean class (마약, 향정신성의약품, 대마) of a substance name; NULL when unknown or none';

CREATE FUNCTION @extschema@.to_mass(q @extschema@.quantity, substance text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_to_mass' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_mass(@extschema@.quantity, text) IS
	'a mass unchanged; a volume or count converted to an estimated mass by the substance''s factor (net, then bulk, then gross), liquids at 1 kg/L by default';

CREATE FUNCTION @extschema@.to_mass(q @extschema@.quantity, substance text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_to_mass_basis' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_mass(@extschema@.quantity, text, text) IS
	'to_mass with the factor''s basis chosen: net, bulk or gross';

CREATE FUNCTION @extschema@.to_mass(t @extschema@.quantity_tally, substance text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_tally_to_mass' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_mass(@extschema@.quantity_tally, text) IS
	'a tally folded to one mass in kg: volumes and counts converted as to_mass(quantity, substance) does';
CREATE FUNCTION @extschema@.to_mass(t @extschema@.quantity_tally, substance text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_tally_to_mass_basis' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_mass(@extschema@.quantity_tally, text, text) IS
	'to_mass of a tally with the factors'' basis chosen: net, bulk or gross';

-- the catalog: three tables that users may extend
CREATE TABLE @extschema@.substance (
	key text PRIMARY KEY CHECK (key ~ '^[a-z0-9][a-z0-9_]*$'),
	name_en text NOT NULL CHECK (@extschema@.substance_fold(name_en) <> ''),
	name_ko text CHECK (@extschema@.substance_fold(name_ko) <> ''),
	unodc_group text,
	unodc_subgroup text,
	kr_class text CHECK (kr_class IN ('마약', '향정신성의약품', '대마')),
	us_schedule text CHECK (us_schedule IN ('I', 'II', 'III', 'IV', 'V')),
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.substance IS
	'canonical substances and their classes: UNODC group and subgroup, Korean class (마약, 향정신성의약품, 대마), U.S. CSA schedule';
COMMENT ON COLUMN @extschema@.substance.kr_class IS
	'class under the Korean Narcotics Control Act, or NULL (not one of the three classes, or not stated)';
COMMENT ON COLUMN @extschema@.substance.us_schedule IS
	'U.S. Controlled Substances Act schedule, or NULL (not scheduled, or not stated)';
COMMENT ON COLUMN @extschema@.substance.builtin IS
	'true for rows shipped with the extension; users'' rows (false) survive pg_dump and updates';

CREATE TABLE @extschema@.substance_alias (
	alias text NOT NULL CHECK (@extschema@.substance_fold(alias) <> ''),
	lang text NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
	substance text NOT NULL REFERENCES @extschema@.substance (key) ON UPDATE CASCADE,
	confidence numeric NOT NULL DEFAULT 1 CHECK (confidence > 0 AND confidence <= 1),
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (alias, substance)
);
COMMENT ON TABLE @extschema@.substance_alias IS
	'names, slang and report labels of substances; confidence below 1 marks ambiguous names';

CREATE TABLE @extschema@.conversion_factor (
	substance text NOT NULL REFERENCES @extschema@.substance (key) ON UPDATE CASCADE,
	unit text NOT NULL CHECK (unit IN ('L', 'ampoule', 'bag', 'blotter', 'bottle', 'capsule',
									   'cartridge', 'cigarette', 'dosage unit', 'dose', 'packet',
									   'patch', 'piece', 'plant', 'seed', 'tablet', 'vial')),
	grams_per_unit numeric NOT NULL CHECK (grams_per_unit > 0 AND grams_per_unit <= 1000000),
	basis text NOT NULL CHECK (basis IN ('net', 'bulk', 'gross')),
	source text NOT NULL CHECK (btrim(source) <> ''),
	builtin boolean NOT NULL DEFAULT false,
	UNIQUE (substance, unit, basis, builtin)
);
COMMENT ON TABLE @extschema@.conversion_factor IS
	'grams per count unit, or per litre (unit L), on a net, bulk or gross basis, with the source of the figure';

-- users' rows survive pg_dump; built-in rows come back with CREATE EXTENSION
SELECT pg_catalog.pg_extension_config_dump('@extschema@.substance', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.substance_alias', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.conversion_factor', 'WHERE NOT builtin');

GRANT SELECT ON @extschema@.substance, @extschema@.substance_alias,
	@extschema@.conversion_factor TO PUBLIC;

CREATE FUNCTION @extschema@.substance_catalog_changed() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.substance_catalog_changed() IS
	'statement trigger: tells every session''s substance cache that a reference table changed';

CREATE TRIGGER substance_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON @extschema@.substance FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.substance_catalog_changed();
CREATE TRIGGER substance_alias_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON @extschema@.substance_alias FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.substance_catalog_changed();
CREATE TRIGGER conversion_factor_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON @extschema@.conversion_factor FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.substance_catalog_changed();
-- also under session_replication_role = replica (logical replication, pg_restore)
ALTER TABLE @extschema@.substance ENABLE ALWAYS TRIGGER substance_changed;
ALTER TABLE @extschema@.substance_alias ENABLE ALWAYS TRIGGER substance_alias_changed;
ALTER TABLE @extschema@.conversion_factor ENABLE ALWAYS TRIGGER conversion_factor_changed;

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
CREATE FUNCTION @extschema@.catalog_sync_guard() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalog_sync_guard() IS
	'statement trigger: on a Citus cluster with workers, refuses a change to the substance catalog before catalog_sync_setup(), and after it on a worker one that does not come from the coordinator (55000)';
CREATE TRIGGER substance_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON @extschema@.substance FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_sync_guard();
CREATE TRIGGER substance_alias_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON @extschema@.substance_alias FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_sync_guard();
CREATE TRIGGER conversion_factor_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON @extschema@.conversion_factor FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_sync_guard();

CREATE FUNCTION @extschema@.catalog_snapshot() RETURNS jsonb
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT jsonb_build_object(
		'substance', coalesce((SELECT jsonb_agg(to_jsonb(s) ORDER BY s.key)
							   FROM @extschema@.substance s), '[]'),
		'substance_alias', coalesce((SELECT jsonb_agg(to_jsonb(a) ORDER BY a.alias, a.substance)
									 FROM @extschema@.substance_alias a), '[]'),
		'conversion_factor', coalesce((SELECT jsonb_agg(to_jsonb(f) ORDER BY f.substance, f.unit, f.basis, f.builtin)
									   FROM @extschema@.conversion_factor f), '[]'))
$$;
COMMENT ON FUNCTION @extschema@.catalog_snapshot() IS
	'the substance catalog (substance, substance_alias, conversion_factor) as one jsonb value, rows in key order';

CREATE FUNCTION @extschema@.catalog_apply(snapshot jsonb) RETURNS boolean
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

CREATE FUNCTION @extschema@.catalog_sync_push() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	UPDATE @extschema@.catalog_sync SET snapshot = @extschema@.catalog_snapshot()
	WHERE snapshot IS DISTINCT FROM @extschema@.catalog_snapshot();
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_sync_push() IS
	'statement trigger on the coordinator''s catalog tables after catalog_sync_setup(): sends the catalog to every node';

CREATE FUNCTION @extschema@.catalog_sync_pull() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalog_sync_pull() IS
	'row trigger on each node''s placement of catalog_sync: applies the snapshot the coordinator sent, through the guards of the catalog for the length of the apply only';

CREATE FUNCTION @extschema@.catalog_sync_setup() RETURNS text
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'citus') THEN
		RAISE EXCEPTION 'the citus extension is not installed in this database'
			USING ERRCODE = '55000',
				  HINT = 'On one server the catalog needs no setup.';
	END IF;
	IF to_regclass('@extschema@.catalog_sync') IS NOT NULL THEN
		-- run again after citus_add_node: the new node gets a placement of
		-- catalog_sync (Citus copies reference tables lazily), then every
		-- node the coordinator's catalog
		PERFORM replicate_reference_tables('block_writes');
		UPDATE @extschema@.catalog_sync SET snapshot = @extschema@.catalog_snapshot();
		RETURN 'catalog sent again to every node';
	END IF;
	CREATE TABLE @extschema@.catalog_sync (id int PRIMARY KEY CHECK (id = 1), snapshot jsonb NOT NULL);
	COMMENT ON TABLE @extschema@.catalog_sync IS
		'the coordinator''s substance catalog, as a Citus reference table: one row that every node applies';
	PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
	PERFORM create_reference_table('@extschema@.catalog_sync');
	CREATE TRIGGER catalog_sync_pull AFTER INSERT OR UPDATE ON @extschema@.catalog_sync
		FOR EACH ROW EXECUTE FUNCTION @extschema@.catalog_sync_pull();
	INSERT INTO @extschema@.catalog_sync VALUES (1, @extschema@.catalog_snapshot());
	CREATE TRIGGER substance_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.substance FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	CREATE TRIGGER substance_alias_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.substance_alias FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	CREATE TRIGGER conversion_factor_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.conversion_factor FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	RETURN 'catalog sent to every node; change it on the coordinator only';
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_sync_setup() IS
	'on a Citus coordinator: one substance catalog for the cluster, every change sent to every node in its transaction; run again after citus_add_node, it sends the catalog to the new node';

-- seizure 0.1.0 -> 0.2.0
--
-- Every change to the catalog since 0.1.0, one section per concept.  The
-- result must equal a fresh install of 0.2.0 (test/extra/upgrade_path.sh),
-- and values stored under 0.1.0 must read back identical.

\echo Use "ALTER EXTENSION seizure UPDATE TO '0.2.0'" to load this file. \quit

-- Weight basis of a mass (net, bulk, gross): accessors, part() and the BI
-- projections by basis.  Stored values are unchanged: 0.1.0 never set the
-- basis bits, so every stored mass reads as unstated.

CREATE FUNCTION @extschema@.basis(@extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_basis' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.basis(@extschema@.quantity) IS 'the weight basis of a mass: net, bulk or gross; NULL when unstated (and for volumes and counts)';

CREATE FUNCTION @extschema@.with_basis(@extschema@.quantity, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_with_basis' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.with_basis(@extschema@.quantity, text) IS 'the same mass with its weight basis set (net, bulk, gross; unstated or NULL to clear it)';

CREATE FUNCTION @extschema@.part(@extschema@.quantity_tally, text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'tally_part' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.part(@extschema@.quantity_tally, text, text) IS
	'total of one kind and weight basis (net, bulk, gross or unstated), measured and estimated together; NULL when absent';

CREATE FUNCTION @extschema@.mass_kg(@extschema@.quantity, basis text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mass_kg(@extschema@.quantity, text) IS 'the amount in kg for a mass of that weight basis (net, bulk, gross or unstated), else NULL';
CREATE FUNCTION @extschema@.mass_kg(@extschema@.quantity_tally, basis text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'tally_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mass_kg(@extschema@.quantity_tally, text) IS 'total mass in kg of one weight basis (net, bulk, gross or unstated), measured and estimated, else NULL';

-- ---------------------------------------------------------------------------
-- parties: phone keys across borders (every country code, every international
-- and carrier prefix, NULL when a number reads two ways) and Korean names
-- across scripts.  The functions are unchanged; their descriptions say so.
-- ---------------------------------------------------------------------------
COMMENT ON FUNCTION @extschema@.normalize_party(text, text) IS
	'matching key for a party: kind phone (E.164, international form only; NULL when unsure), email, name (a Korean name, in Hangul or romanized, as Hangul) or address; NULL if nothing is left to match';
COMMENT ON FUNCTION @extschema@.normalize_party(text, text, text) IS
	'telephone number to E.164, reading national numbers and international prefixes as those of default_country (ISO 3166-1 alpha-2); NULL if not a number or if it reads two ways';
COMMENT ON FUNCTION @extschema@.party_phone_countries() IS
	'numbering plans normalize_party knows: countries usable as default_country, with their trunk, international and carrier prefixes and number lengths';

-- Every operator and cast has a comment.
COMMENT ON OPERATOR @extschema@.< (@extschema@.quantity, @extschema@.quantity) IS 'less than, in the total order: kind, amount across units, basis, measured before estimated';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.quantity, @extschema@.quantity) IS 'less than or equal, in the total order of quantities';
COMMENT ON OPERATOR @extschema@.= (@extschema@.quantity, @extschema@.quantity) IS 'equal: same kind, amount (across units), basis and estimate mark';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.quantity, @extschema@.quantity) IS 'not equal';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.quantity, @extschema@.quantity) IS 'greater than or equal, in the total order of quantities';
COMMENT ON OPERATOR @extschema@.> (@extschema@.quantity, @extschema@.quantity) IS 'greater than, in the total order of quantities';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity, @extschema@.quantity) IS 'exact sum of two quantities of one kind and basis (22000 otherwise)';
COMMENT ON OPERATOR @extschema@.- (@extschema@.quantity, @extschema@.quantity) IS 'exact difference of two quantities of one kind and basis (22000 otherwise)';
COMMENT ON OPERATOR @extschema@.- (NONE, @extschema@.quantity) IS 'negation, unit and marks kept';
COMMENT ON OPERATOR @extschema@.* (@extschema@.quantity, numeric) IS 'a quantity scaled by a number, rounded half to even to one step';
COMMENT ON OPERATOR @extschema@.* (numeric, @extschema@.quantity) IS 'a quantity scaled by a number, rounded half to even to one step';
COMMENT ON OPERATOR @extschema@./ (@extschema@.quantity, numeric) IS 'a quantity divided by a number, rounded half to even to one step (22012 for zero)';
COMMENT ON OPERATOR @extschema@./ (@extschema@.quantity, @extschema@.quantity) IS 'the ratio of two quantities of one kind, as numeric';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'two tallies added part by part';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity_tally, @extschema@.quantity) IS 'a quantity added into its part of a tally';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity, @extschema@.quantity_tally) IS 'a quantity added into its part of a tally';
COMMENT ON OPERATOR @extschema@.= (@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'same parts with the same amounts';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'not the same parts or amounts';
COMMENT ON OPERATOR @extschema@.= (@extschema@.route, @extschema@.route) IS 'the same route';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.route, @extschema@.route) IS 'not the same route';
COMMENT ON OPERATOR @extschema@.< (@extschema@.route, @extschema@.route) IS 'less than, in the routes'' fixed order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.route, @extschema@.route) IS 'less than or equal, in the routes'' fixed order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.route, @extschema@.route) IS 'greater than, in the routes'' fixed order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.route, @extschema@.route) IS 'greater than or equal, in the routes'' fixed order';
COMMENT ON CAST (@extschema@.quantity AS @extschema@.quantity) IS 'applies a type modifier: quantity(mass), quantity(volume) or quantity(count) (22023 for another dimension)';
COMMENT ON CAST (@extschema@.quantity AS @extschema@.quantity_tally) IS 'a tally of one quantity';

-- ---------------------------------------------------------------------------
-- Units: micrograms and the count units bag, bottle,
-- cartridge, cigarette, dosage unit, packet and patch are read by the library;
-- the catalog changes only where it names units.
-- ---------------------------------------------------------------------------
COMMENT ON TYPE @extschema@.quantity IS
	'exact amount with a unit: mass (mcg mg g kg t lb oz), volume (mL L) or a count (tablets, doses, blotters, bottles ...); ~ marks an estimate';
-- conversion factors may be given for the new count units
ALTER TABLE @extschema@.conversion_factor DROP CONSTRAINT conversion_factor_unit_check;
ALTER TABLE @extschema@.conversion_factor ADD CONSTRAINT conversion_factor_unit_check
	CHECK (unit IN ('L', 'ampoule', 'bag', 'blotter', 'bottle', 'capsule',
					'cartridge', 'cigarette', 'dosage unit', 'dose', 'packet',
					'patch', 'piece', 'plant', 'seed', 'tablet', 'vial'));

-- ---------------------------------------------------------------------------
-- Aggregates give the same answer in every plan and on Citus
-- ---------------------------------------------------------------------------
-- min/max: no sort operator, so no plan reads the first of equal quantities
-- from an index; the transition and combine functions choose among them.
-- The aggregates are changed in place, not dropped and created again, so
-- that users' views and materialized views that use them survive the update.
UPDATE pg_catalog.pg_aggregate SET aggsortop = 0
WHERE aggfnoid IN ('@extschema@.min(@extschema@.quantity)'::pg_catalog.regprocedure,
                   '@extschema@.max(@extschema@.quantity)'::pg_catalog.regprocedure);
DELETE FROM pg_catalog.pg_depend
WHERE classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
  AND objid IN ('@extschema@.min(@extschema@.quantity)'::pg_catalog.regprocedure,
                '@extschema@.max(@extschema@.quantity)'::pg_catalog.regprocedure)
  AND refclassid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND deptype = 'n';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.quantity) IS
	'smallest quantity in the type''s sort order; among equal ones the smallest unit id (mg, g, kg, ...), in every plan';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.quantity) IS
	'largest quantity in the type''s sort order; among equal ones the smallest unit id (mg, g, kg, ...), in every plan';

-- tally() and sum(quantity_tally) check the range of the final totals only.
-- The state of tally() and sum(quantity_tally): parts may leave the range
-- until the final function, so they fail as sum() does, whatever the split.
CREATE TYPE @extschema@.quantity_tally_state;
CREATE FUNCTION @extschema@.quantity_tally_state_in(cstring) RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME', 'tally_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_tally_state_out(@extschema@.quantity_tally_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'tally_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_tally_state_recv(internal) RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME', 'tally_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_tally_state_send(@extschema@.quantity_tally_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'tally_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.quantity_tally_state (
	INPUT = @extschema@.quantity_tally_state_in,
	OUTPUT = @extschema@.quantity_tally_state_out,
	RECEIVE = @extschema@.quantity_tally_state_recv,
	SEND = @extschema@.quantity_tally_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.quantity_tally_state IS
	'transition state of tally(quantity) and sum(quantity_tally): one exact total per kind in base steps, range checked at the end';

CREATE FUNCTION @extschema@.quantity_tally_state_trans(@extschema@.quantity_tally_state, @extschema@.quantity)
	RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME', 'tally_state_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_trans(@extschema@.quantity_tally_state, @extschema@.quantity) IS
	'transition of tally(quantity): adds a quantity to the state, no range check';
CREATE FUNCTION @extschema@.quantity_tally_state_add(@extschema@.quantity_tally_state, @extschema@.quantity_tally)
	RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME', 'tally_state_add_tally' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_add(@extschema@.quantity_tally_state, @extschema@.quantity_tally) IS
	'transition of sum(quantity_tally): adds a tally to the state, no range check';
CREATE FUNCTION @extschema@.quantity_tally_state_combine(@extschema@.quantity_tally_state, @extschema@.quantity_tally_state)
	RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME', 'tally_state_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_combine(@extschema@.quantity_tally_state, @extschema@.quantity_tally_state) IS
	'combine function of tally(quantity) and sum(quantity_tally)';
CREATE FUNCTION @extschema@.quantity_tally_state_final(@extschema@.quantity_tally_state)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME', 'tally_state_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_final(@extschema@.quantity_tally_state) IS
	'final function of tally(quantity) and sum(quantity_tally): the tally, 22003 when a total is out of range';

-- tally() and sum(quantity_tally) take the new state in place (see min/max)
UPDATE pg_catalog.pg_aggregate
SET aggtransfn = '@extschema@.quantity_tally_state_trans(@extschema@.quantity_tally_state, @extschema@.quantity)'::pg_catalog.regprocedure,
    aggfinalfn = '@extschema@.quantity_tally_state_final(@extschema@.quantity_tally_state)'::pg_catalog.regprocedure,
    aggcombinefn = '@extschema@.quantity_tally_state_combine(@extschema@.quantity_tally_state, @extschema@.quantity_tally_state)'::pg_catalog.regprocedure,
    aggtranstype = '@extschema@.quantity_tally_state'::pg_catalog.regtype
WHERE aggfnoid = '@extschema@.tally(@extschema@.quantity)'::pg_catalog.regprocedure;
UPDATE pg_catalog.pg_aggregate
SET aggtransfn = '@extschema@.quantity_tally_state_add(@extschema@.quantity_tally_state, @extschema@.quantity_tally)'::pg_catalog.regprocedure,
    aggfinalfn = '@extschema@.quantity_tally_state_final(@extschema@.quantity_tally_state)'::pg_catalog.regprocedure,
    aggcombinefn = '@extschema@.quantity_tally_state_combine(@extschema@.quantity_tally_state, @extschema@.quantity_tally_state)'::pg_catalog.regprocedure,
    aggtranstype = '@extschema@.quantity_tally_state'::pg_catalog.regtype
WHERE aggfnoid = '@extschema@.sum(@extschema@.quantity_tally)'::pg_catalog.regprocedure;
-- the aggregates depend on their new functions and state type as on the old
INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, a.aggfnoid, 0, r.refclassid, r.refobjid, 0, 'n'
FROM pg_catalog.pg_aggregate a,
     LATERAL (VALUES ('pg_catalog.pg_proc'::pg_catalog.regclass, a.aggtransfn::pg_catalog.oid),
                     ('pg_catalog.pg_proc'::pg_catalog.regclass, a.aggfinalfn::pg_catalog.oid),
                     ('pg_catalog.pg_proc'::pg_catalog.regclass, a.aggcombinefn::pg_catalog.oid),
                     ('pg_catalog.pg_type'::pg_catalog.regclass, a.aggtranstype)) r(refclassid, refobjid)
WHERE a.aggfnoid IN ('@extschema@.tally(@extschema@.quantity)'::pg_catalog.regprocedure,
                     '@extschema@.sum(@extschema@.quantity_tally)'::pg_catalog.regprocedure);
COMMENT ON AGGREGATE @extschema@.tally(@extschema@.quantity) IS
	'exact totals of any mix of quantities, one per kind, measured and estimated apart';
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.quantity_tally) IS 'roll-up of tallies';

-- ---------------------------------------------------------------------------
-- One substance catalog for a Citus cluster
-- ---------------------------------------------------------------------------
-- Every node reads its own copy of the catalog; catalog_sync_setup() on the
-- coordinator sends every change to every node in its transaction.
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
	-- foreign keys of aliases and factors hold at every step
	INSERT INTO @extschema@.substance
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.substance, snapshot->'substance')
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
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	PERFORM @extschema@.catalog_apply(NEW.snapshot);
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_sync_pull() IS
	'row trigger on each node''s placement of catalog_sync: applies the snapshot the coordinator sent';

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
		RETURN 'already set up';
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
	'on a Citus coordinator: one substance catalog for the cluster, every change sent to every node in its transaction';

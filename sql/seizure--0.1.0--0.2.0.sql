-- seizure 0.1.0 -> 0.2.0
--
-- Every change to the catalog since 0.1.0, one section per concept.  The
-- result must equal a fresh install of 0.2.0 (test/extra/upgrade_path.sh),
-- and values stored under 0.1.0 must read back identical.

\echo Use "ALTER EXTENSION seizure UPDATE TO '0.2.0'" to load this file. \quit

-- Weight basis of a mass (net, bulk, gross): accessors, part() and the BI
-- projections by basis.  Stored values are unchanged: 0.1.0 never set the
-- basis bits, so every stored mass reads as unstated.

CREATE FUNCTION @extschema@.basis(q @extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_basis' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.basis(@extschema@.quantity) IS 'the weight basis of a mass: net, bulk or gross; NULL when unstated (and for volumes and counts)';

CREATE FUNCTION @extschema@.with_basis(q @extschema@.quantity, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_with_basis' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.with_basis(@extschema@.quantity, text) IS 'the same mass with its weight basis set (net, bulk, gross; unstated or NULL to clear it)';

CREATE FUNCTION @extschema@.part(t @extschema@.quantity_tally, kind text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'tally_part' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.part(@extschema@.quantity_tally, text, text) IS
	'total of one kind and weight basis (net, bulk, gross or unstated), measured and estimated together; NULL when absent';

CREATE FUNCTION @extschema@.mass_kg(q @extschema@.quantity, basis text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mass_kg(@extschema@.quantity, text) IS 'the amount in kg for a mass of that weight basis (net, bulk, gross or unstated), else NULL';
CREATE FUNCTION @extschema@.mass_kg(t @extschema@.quantity_tally, basis text) RETURNS numeric
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
CREATE FUNCTION @extschema@.quantity_tally_state_in(input cstring) RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_in(cstring) IS 'text input of quantity_tally_state';
CREATE FUNCTION @extschema@.quantity_tally_state_out(state @extschema@.quantity_tally_state) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_out(@extschema@.quantity_tally_state) IS 'text output of quantity_tally_state';
CREATE FUNCTION @extschema@.quantity_tally_state_recv(buf internal) RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_recv(internal) IS 'binary input of quantity_tally_state';
CREATE FUNCTION @extschema@.quantity_tally_state_send(state @extschema@.quantity_tally_state) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_send(@extschema@.quantity_tally_state) IS 'binary output of quantity_tally_state';
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

CREATE FUNCTION @extschema@.quantity_tally_state_trans(state @extschema@.quantity_tally_state, q @extschema@.quantity)
	RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_trans(@extschema@.quantity_tally_state, @extschema@.quantity) IS
	'transition of tally(quantity): adds a quantity to the state, no range check';
CREATE FUNCTION @extschema@.quantity_tally_state_add(state @extschema@.quantity_tally_state, t @extschema@.quantity_tally)
	RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_add(@extschema@.quantity_tally_state, @extschema@.quantity_tally) IS
	'transition of sum(quantity_tally): adds a tally to the state, no range check';
CREATE FUNCTION @extschema@.quantity_tally_state_combine(a @extschema@.quantity_tally_state, b @extschema@.quantity_tally_state)
	RETURNS @extschema@.quantity_tally_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_state_combine(@extschema@.quantity_tally_state, @extschema@.quantity_tally_state) IS
	'combine function of tally(quantity) and sum(quantity_tally)';
CREATE FUNCTION @extschema@.quantity_tally_state_final(state @extschema@.quantity_tally_state)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
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
-- on a Citus worker, changes come from the coordinator only (docs/citus.md)
CREATE FUNCTION @extschema@.catalog_sync_guard() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalog_sync_guard() IS
	'statement trigger: on a Citus worker of a cluster set up by catalog_sync_setup(), refuses a change to the substance catalog that does not come from the coordinator (55000)';
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
	-- lets the writes through catalog_sync_guard on a worker
	PERFORM pg_catalog.set_config('seizure.catalog_sync_applying', 'on', true);
	PERFORM @extschema@.catalog_apply(NEW.snapshot);
	PERFORM pg_catalog.set_config('seizure.catalog_sync_applying', 'off', true);
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

-- ---------------------------------------------------------------------------
-- The install script as the API index: every argument named, every object
-- commented, and every C symbol named after its SQL function (the 0.1.0
-- names stay in the library, src/symbols_0_1_0.c, until this update runs).
-- Functions and aggregates are replaced in place, so nothing that uses them
-- is dropped.
-- ---------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.quantity_in(input cstring, typelem oid, typmod integer) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_in(cstring, oid, integer) IS 'text input of quantity: the grammar of docs/quantity.md, 22P02/22003 on bad text';
CREATE OR REPLACE FUNCTION @extschema@.quantity_out(q @extschema@.quantity) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_out(@extschema@.quantity) IS 'text output of quantity: the shortest exact decimal in the value''s own unit';
CREATE OR REPLACE FUNCTION @extschema@.quantity_recv(buf internal, typelem oid, typmod integer) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_recv(internal, oid, integer) IS 'binary input of quantity: format version 2, or 1 as 0.1.0 sent it';
CREATE OR REPLACE FUNCTION @extschema@.quantity_send(q @extschema@.quantity) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_send(@extschema@.quantity) IS 'binary output of quantity: version, unit, flags and the 128-bit amount';
CREATE OR REPLACE FUNCTION @extschema@.quantity_typmod_in(modifiers cstring[]) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_typmod_in(cstring[]) IS 'type modifier of quantity(mass), quantity(volume), quantity(count)';
CREATE OR REPLACE FUNCTION @extschema@.quantity_typmod_out(typmod integer) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_typmod_out(integer) IS 'type modifier of quantity as text: (mass), (volume) or (count)';
CREATE OR REPLACE FUNCTION @extschema@.quantity(q @extschema@.quantity, typmod integer, is_explicit boolean) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_enforce_typmod' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity(@extschema@.quantity, integer, boolean) IS 'applies a type modifier: the value unchanged, or 22023 for another dimension';
CREATE OR REPLACE FUNCTION @extschema@.quantity(amount numeric, unit text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_from_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.value(q @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.value(q @extschema@.quantity, unit text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_value_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.unit(q @extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.dimension(q @extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_dimension' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.kind(q @extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.to_unit(q @extschema@.quantity, unit text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_to_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.is_estimate(q @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quantity_is_estimate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.as_estimate(q @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_as_estimate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.as_measured(q @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_as_measured' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.quantity_lt(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_lt(@extschema@.quantity, @extschema@.quantity) IS 'implementation of < for quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_le(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_le(@extschema@.quantity, @extschema@.quantity) IS 'implementation of <= for quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_eq(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_eq(@extschema@.quantity, @extschema@.quantity) IS 'implementation of = for quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_ne(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_ne(@extschema@.quantity, @extschema@.quantity) IS 'implementation of <> for quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_ge(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_ge(@extschema@.quantity, @extschema@.quantity) IS 'implementation of >= for quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_gt(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_gt(@extschema@.quantity, @extschema@.quantity) IS 'implementation of > for quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_cmp(a @extschema@.quantity, b @extschema@.quantity) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity) IS 'btree comparison for quantity: -1, 0 or 1';
CREATE OR REPLACE FUNCTION @extschema@.quantity_sortsupport(ssup internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sortsupport(internal) IS 'btree sort support for quantity: abbreviated keys of kind and amount';
CREATE OR REPLACE FUNCTION @extschema@.quantity_hash(q @extschema@.quantity) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_hash(@extschema@.quantity) IS 'hash of a quantity, equal for equal values in any unit';
CREATE OR REPLACE FUNCTION @extschema@.quantity_hash_extended(q @extschema@.quantity, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_hash_extended(@extschema@.quantity, bigint) IS 'seeded 64-bit hash of a quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_smaller(a @extschema@.quantity, b @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_smaller(@extschema@.quantity, @extschema@.quantity) IS 'the smaller of two quantities; of equal ones, the smaller unit id';
CREATE OR REPLACE FUNCTION @extschema@.quantity_larger(a @extschema@.quantity, b @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_larger(@extschema@.quantity, @extschema@.quantity) IS 'the larger of two quantities; of equal ones, the smaller unit id';
CREATE OR REPLACE FUNCTION @extschema@.quantity_add(a @extschema@.quantity, b @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_add(@extschema@.quantity, @extschema@.quantity) IS 'implementation of + for quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_sub(a @extschema@.quantity, b @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sub(@extschema@.quantity, @extschema@.quantity) IS 'implementation of - for quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_neg(q @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_neg(@extschema@.quantity) IS 'implementation of unary - for quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_mul_numeric(q @extschema@.quantity, factor numeric) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_mul_numeric(@extschema@.quantity, numeric) IS 'implementation of quantity * numeric';
CREATE OR REPLACE FUNCTION @extschema@.numeric_mul_quantity(factor numeric, q @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.numeric_mul_quantity(numeric, @extschema@.quantity) IS 'implementation of numeric * quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_div_numeric(q @extschema@.quantity, divisor numeric) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_div_numeric(@extschema@.quantity, numeric) IS 'implementation of quantity / numeric';
CREATE OR REPLACE FUNCTION @extschema@.quantity_div_quantity(a @extschema@.quantity, b @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_div_quantity(@extschema@.quantity, @extschema@.quantity) IS 'implementation of quantity / quantity';
COMMENT ON OPERATOR CLASS @extschema@.quantity_ops USING btree IS 'default btree order of quantity: kind, amount across units, basis, measured before estimated';
COMMENT ON OPERATOR FAMILY @extschema@.quantity_ops USING btree IS 'default btree order of quantity: kind, amount across units, basis, measured before estimated';
COMMENT ON OPERATOR CLASS @extschema@.quantity_hash_ops USING hash IS 'default hash of quantity: equal values in any unit hash equally';
COMMENT ON OPERATOR FAMILY @extschema@.quantity_hash_ops USING hash IS 'default hash of quantity: equal values in any unit hash equally';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_in(input cstring) RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_in(cstring) IS 'text input of quantity_tally: quantities joined by +';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_out(t @extschema@.quantity_tally) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_out(@extschema@.quantity_tally) IS 'text output of quantity_tally';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_recv(buf internal) RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_recv(internal) IS 'binary input of quantity_tally: format version 2, or 1';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_send(t @extschema@.quantity_tally) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_send(@extschema@.quantity_tally) IS 'binary output of quantity_tally';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally(q @extschema@.quantity) RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME', 'quantity_tally_from_quantity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.part(t @extschema@.quantity_tally, kind text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'tally_part' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.parts(t @extschema@.quantity_tally) RETURNS SETOF @extschema@.quantity
	AS 'MODULE_PATHNAME', 'tally_parts' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4;
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_add(a @extschema@.quantity_tally, b @extschema@.quantity_tally)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_add(@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'implementation of quantity_tally + quantity_tally';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_add(t @extschema@.quantity_tally, q @extschema@.quantity)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME', 'quantity_tally_add_quantity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_add(@extschema@.quantity_tally, @extschema@.quantity) IS 'implementation of quantity_tally + quantity';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_add(q @extschema@.quantity, t @extschema@.quantity_tally)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME', 'quantity_tally_add_to_quantity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_add(@extschema@.quantity, @extschema@.quantity_tally) IS 'implementation of quantity + quantity_tally';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_eq(a @extschema@.quantity_tally, b @extschema@.quantity_tally)
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_eq(@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'implementation of = for quantity_tally';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_ne(a @extschema@.quantity_tally, b @extschema@.quantity_tally)
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_ne(@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'implementation of <> for quantity_tally';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_hash(t @extschema@.quantity_tally) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_hash(@extschema@.quantity_tally) IS 'hash of a quantity_tally';
COMMENT ON OPERATOR CLASS @extschema@.quantity_tally_hash_ops USING hash IS 'default hash of quantity_tally';
COMMENT ON OPERATOR FAMILY @extschema@.quantity_tally_hash_ops USING hash IS 'default hash of quantity_tally';
CREATE OR REPLACE FUNCTION @extschema@.quantity_sum_state_in(input cstring) RETURNS @extschema@.quantity_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_state_in(cstring) IS 'text input of quantity_sum_state';
CREATE OR REPLACE FUNCTION @extschema@.quantity_sum_state_out(state @extschema@.quantity_sum_state) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_state_out(@extschema@.quantity_sum_state) IS 'text output of quantity_sum_state';
CREATE OR REPLACE FUNCTION @extschema@.quantity_sum_state_recv(buf internal) RETURNS @extschema@.quantity_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_state_recv(internal) IS 'binary input of quantity_sum_state: format version 2, or 1';
CREATE OR REPLACE FUNCTION @extschema@.quantity_sum_state_send(state @extschema@.quantity_sum_state) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_state_send(@extschema@.quantity_sum_state) IS 'binary output of quantity_sum_state';
CREATE OR REPLACE FUNCTION @extschema@.quantity_sum_trans(state @extschema@.quantity_sum_state, q @extschema@.quantity)
	RETURNS @extschema@.quantity_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_trans(@extschema@.quantity_sum_state, @extschema@.quantity) IS 'transition function of sum(quantity) and avg(quantity)';
CREATE OR REPLACE FUNCTION @extschema@.quantity_sum_combine(a @extschema@.quantity_sum_state, b @extschema@.quantity_sum_state)
	RETURNS @extschema@.quantity_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_combine(@extschema@.quantity_sum_state, @extschema@.quantity_sum_state) IS 'combine function of sum(quantity) and avg(quantity)';
CREATE OR REPLACE FUNCTION @extschema@.quantity_sum_final(state @extschema@.quantity_sum_state) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_final(@extschema@.quantity_sum_state) IS 'final function of sum(quantity)';
CREATE OR REPLACE FUNCTION @extschema@.quantity_avg_final(state @extschema@.quantity_sum_state) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_avg_final(@extschema@.quantity_sum_state) IS 'final function of avg(quantity)';
CREATE OR REPLACE AGGREGATE @extschema@.sum(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_sum_trans,
	STYPE = @extschema@.quantity_sum_state,
	FINALFUNC = @extschema@.quantity_sum_final,
	COMBINEFUNC = @extschema@.quantity_sum_combine,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.avg(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_sum_trans,
	STYPE = @extschema@.quantity_sum_state,
	FINALFUNC = @extschema@.quantity_avg_final,
	COMBINEFUNC = @extschema@.quantity_sum_combine,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.min(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_smaller,
	STYPE = @extschema@.quantity,
	COMBINEFUNC = @extschema@.quantity_smaller,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.max(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_larger,
	STYPE = @extschema@.quantity,
	COMBINEFUNC = @extschema@.quantity_larger,
	PARALLEL = SAFE
);
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_trans(state @extschema@.quantity_tally, q @extschema@.quantity)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_trans(@extschema@.quantity_tally, @extschema@.quantity) IS 'transition function of tally() in 0.1.0, checking the range at every row; no aggregate uses it since 0.2.0';
CREATE OR REPLACE FUNCTION @extschema@.quantity_tally_combine(a @extschema@.quantity_tally, b @extschema@.quantity_tally)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_combine(@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'combine function of tally() in 0.1.0; no aggregate uses it since 0.2.0';
CREATE OR REPLACE AGGREGATE @extschema@.tally(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_tally_state_trans,
	STYPE = @extschema@.quantity_tally_state,
	FINALFUNC = @extschema@.quantity_tally_state_final,
	COMBINEFUNC = @extschema@.quantity_tally_state_combine,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.sum(t @extschema@.quantity_tally) (
	SFUNC = @extschema@.quantity_tally_state_add,
	STYPE = @extschema@.quantity_tally_state,
	FINALFUNC = @extschema@.quantity_tally_state_final,
	COMBINEFUNC = @extschema@.quantity_tally_state_combine,
	PARALLEL = SAFE
);
CREATE OR REPLACE FUNCTION @extschema@.substance_fold(name text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.normalize_substance(name text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.substance_match(name text, OUT substance text, OUT confidence numeric, OUT matched text)
	RETURNS record
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.substance_group(name text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.kr_class(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'substance_kr_class' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.to_mass(q @extschema@.quantity, substance text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_to_mass' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.to_mass(q @extschema@.quantity, substance text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_to_mass_basis' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.to_mass(t @extschema@.quantity_tally, substance text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_tally_to_mass' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.to_mass(t @extschema@.quantity_tally, substance text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_tally_to_mass_basis' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_in(input cstring) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_in(cstring) IS 'text input of route: a canonical, English or Korean label';
CREATE OR REPLACE FUNCTION @extschema@.route_out(r @extschema@.route) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_out(@extschema@.route) IS 'text output of route: its canonical label';
CREATE OR REPLACE FUNCTION @extschema@.route_recv(buf internal) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_recv(internal) IS 'binary input of route: one byte';
CREATE OR REPLACE FUNCTION @extschema@.route_send(r @extschema@.route) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_send(@extschema@.route) IS 'binary output of route: one byte';
CREATE OR REPLACE FUNCTION @extschema@.route_label(r @extschema@.route, lang text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.transport_mode(r @extschema@.route) RETURNS smallint
	AS 'MODULE_PATHNAME', 'route_transport_mode_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.classify_route(remark text) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.classify_route_explain(remark text) RETURNS jsonb
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_eq(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_ne(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_lt(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_le(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_gt(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_ge(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_cmp(a @extschema@.route, b @extschema@.route) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_hash(r @extschema@.route) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_hash_extended(r @extschema@.route, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_smaller(a @extschema@.route, b @extschema@.route) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_larger(a @extschema@.route, b @extschema@.route) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE @extschema@.min(r @extschema@.route) (
	SFUNC = @extschema@.route_smaller, STYPE = @extschema@.route,
	COMBINEFUNC = @extschema@.route_smaller, SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.max(r @extschema@.route) (
	SFUNC = @extschema@.route_larger, STYPE = @extschema@.route,
	COMBINEFUNC = @extschema@.route_larger, SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
COMMENT ON OPERATOR CLASS @extschema@.route_ops USING btree IS 'default btree order of route: the order of its labels';
COMMENT ON OPERATOR FAMILY @extschema@.route_ops USING btree IS 'default btree order of route: the order of its labels';
COMMENT ON OPERATOR CLASS @extschema@.route_hash_ops USING hash IS 'default hash of route';
COMMENT ON OPERATOR FAMILY @extschema@.route_hash_ops USING hash IS 'default hash of route';
CREATE OR REPLACE FUNCTION @extschema@.identifier_kind(identifier text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.is_valid_identifier(identifier text, kind text) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.route_of_identifier(identifier text) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.mass_kg(q @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.volume_l(q @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_volume_l' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.item_count(q @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_item_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.mass_kg(t @extschema@.quantity_tally) RETURNS numeric
	AS 'MODULE_PATHNAME', 'tally_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.volume_l(t @extschema@.quantity_tally) RETURNS numeric
	AS 'MODULE_PATHNAME', 'tally_volume_l' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.item_count(t @extschema@.quantity_tally, unit text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'tally_item_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.has_estimate(t @extschema@.quantity_tally) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tally_has_estimate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

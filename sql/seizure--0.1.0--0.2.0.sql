-- seizure 0.1.0 -> 0.2.0
--
-- Every change to the catalog since 0.1.0, one section per concept.  The
-- result must equal a fresh install of 0.2.0 (test/extra/upgrade_path.sh),
-- and values stored under 0.1.0 must read back identical.

\echo Use "ALTER EXTENSION seizure UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------
-- Aggregates give the same answer in every plan and on Citus (issue 16)
-- ---------------------------------------------------------------------------
-- min/max: no sort operator, so no plan reads the first of equal quantities
-- from an index; the transition and combine functions choose among them.
DROP AGGREGATE @extschema@.min(@extschema@.quantity);
DROP AGGREGATE @extschema@.max(@extschema@.quantity);
CREATE AGGREGATE @extschema@.min(@extschema@.quantity) (
	SFUNC = @extschema@.quantity_smaller,
	STYPE = @extschema@.quantity,
	COMBINEFUNC = @extschema@.quantity_smaller,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.quantity) IS
	'smallest quantity in the type''s sort order; among equal ones the smallest unit id (mg, g, kg, ...), in every plan';
CREATE AGGREGATE @extschema@.max(@extschema@.quantity) (
	SFUNC = @extschema@.quantity_larger,
	STYPE = @extschema@.quantity,
	COMBINEFUNC = @extschema@.quantity_larger,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.quantity) IS
	'largest quantity in the type''s sort order; among equal ones the smallest unit id (mg, g, kg, ...), in every plan';

-- tally() and sum(quantity_tally) check the range of the final totals only.
DROP AGGREGATE @extschema@.tally(@extschema@.quantity);
DROP AGGREGATE @extschema@.sum(@extschema@.quantity_tally);
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

CREATE AGGREGATE @extschema@.tally(@extschema@.quantity) (
	SFUNC = @extschema@.quantity_tally_state_trans,
	STYPE = @extschema@.quantity_tally_state,
	FINALFUNC = @extschema@.quantity_tally_state_final,
	COMBINEFUNC = @extschema@.quantity_tally_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.tally(@extschema@.quantity) IS
	'exact totals of any mix of quantities, one per kind, measured and estimated apart';

CREATE AGGREGATE @extschema@.sum(@extschema@.quantity_tally) (
	SFUNC = @extschema@.quantity_tally_state_add,
	STYPE = @extschema@.quantity_tally_state,
	FINALFUNC = @extschema@.quantity_tally_state_final,
	COMBINEFUNC = @extschema@.quantity_tally_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.quantity_tally) IS 'roll-up of tallies';

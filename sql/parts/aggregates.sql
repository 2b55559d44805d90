
-- ---------------------------------------------------------------------------
-- Aggregates over quantities: sum, avg, min and max of quantities, tally()
-- of quantities and sum() of tallies.  Every state is a real type with exact text and binary I/O and a
-- combine function, so parallel query and Citus split the work.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.quantity_sum_state;
CREATE FUNCTION @extschema@.quantity_sum_state_in(input cstring) RETURNS @extschema@.quantity_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_state_in(cstring) IS 'text input of quantity_sum_state';
CREATE FUNCTION @extschema@.quantity_sum_state_out(state @extschema@.quantity_sum_state) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_state_out(@extschema@.quantity_sum_state) IS 'text output of quantity_sum_state';
CREATE FUNCTION @extschema@.quantity_sum_state_recv(buf internal) RETURNS @extschema@.quantity_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_state_recv(internal) IS 'binary input of quantity_sum_state: format version 2, or 1';
CREATE FUNCTION @extschema@.quantity_sum_state_send(state @extschema@.quantity_sum_state) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_state_send(@extschema@.quantity_sum_state) IS 'binary output of quantity_sum_state';
CREATE TYPE @extschema@.quantity_sum_state (
	INPUT = @extschema@.quantity_sum_state_in,
	OUTPUT = @extschema@.quantity_sum_state_out,
	RECEIVE = @extschema@.quantity_sum_state_recv,
	SEND = @extschema@.quantity_sum_state_send,
	INTERNALLENGTH = 32,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.quantity_sum_state IS
	'transition state of sum(quantity) and avg(quantity): count, exact sum in base steps, units seen, estimate flag';

CREATE FUNCTION @extschema@.quantity_sum_trans(state @extschema@.quantity_sum_state, q @extschema@.quantity)
	RETURNS @extschema@.quantity_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_trans(@extschema@.quantity_sum_state, @extschema@.quantity) IS 'transition function of sum(quantity) and avg(quantity)';
CREATE FUNCTION @extschema@.quantity_sum_combine(a @extschema@.quantity_sum_state, b @extschema@.quantity_sum_state)
	RETURNS @extschema@.quantity_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_combine(@extschema@.quantity_sum_state, @extschema@.quantity_sum_state) IS 'combine function of sum(quantity) and avg(quantity)';
CREATE FUNCTION @extschema@.quantity_sum_final(state @extschema@.quantity_sum_state) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sum_final(@extschema@.quantity_sum_state) IS 'final function of sum(quantity)';
CREATE FUNCTION @extschema@.quantity_avg_final(state @extschema@.quantity_sum_state) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_avg_final(@extschema@.quantity_sum_state) IS 'final function of avg(quantity)';

CREATE AGGREGATE @extschema@.sum(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_sum_trans,
	STYPE = @extschema@.quantity_sum_state,
	FINALFUNC = @extschema@.quantity_sum_final,
	COMBINEFUNC = @extschema@.quantity_sum_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.quantity) IS
	'exact sum of quantities of one kind; the unit is the shared one, else the largest metric unit seen, else kg or L';

CREATE AGGREGATE @extschema@.avg(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_sum_trans,
	STYPE = @extschema@.quantity_sum_state,
	FINALFUNC = @extschema@.quantity_avg_final,
	COMBINEFUNC = @extschema@.quantity_sum_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg(@extschema@.quantity) IS
	'mean of quantities of one kind, rounded half to even at the type''s resolution';

CREATE AGGREGATE @extschema@.min(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_smaller,
	STYPE = @extschema@.quantity,
	COMBINEFUNC = @extschema@.quantity_smaller,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.quantity) IS
	'smallest quantity in the type''s sort order; among equal ones the smallest unit id (mg, g, kg, ...), in every plan';

CREATE AGGREGATE @extschema@.max(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_larger,
	STYPE = @extschema@.quantity,
	COMBINEFUNC = @extschema@.quantity_larger,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.quantity) IS
	'largest quantity in the type''s sort order; among equal ones the smallest unit id (mg, g, kg, ...), in every plan';

CREATE FUNCTION @extschema@.quantity_tally_trans(state @extschema@.quantity_tally, q @extschema@.quantity)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_trans(@extschema@.quantity_tally, @extschema@.quantity) IS 'transition function of tally() in 0.1.0, checking the range at every row; no aggregate uses it since 0.2.0';
CREATE FUNCTION @extschema@.quantity_tally_combine(a @extschema@.quantity_tally, b @extschema@.quantity_tally)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_combine(@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'combine function of tally() in 0.1.0; no aggregate uses it since 0.2.0';

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

CREATE AGGREGATE @extschema@.tally(q @extschema@.quantity) (
	SFUNC = @extschema@.quantity_tally_state_trans,
	STYPE = @extschema@.quantity_tally_state,
	FINALFUNC = @extschema@.quantity_tally_state_final,
	COMBINEFUNC = @extschema@.quantity_tally_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.tally(@extschema@.quantity) IS
	'exact totals of any mix of quantities, one per kind, measured and estimated apart';

CREATE AGGREGATE @extschema@.sum(t @extschema@.quantity_tally) (
	SFUNC = @extschema@.quantity_tally_state_add,
	STYPE = @extschema@.quantity_tally_state,
	FINALFUNC = @extschema@.quantity_tally_state_final,
	COMBINEFUNC = @extschema@.quantity_tally_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.quantity_tally) IS 'roll-up of tallies';

-- seizure: exact drug-seizure analytics for PostgreSQL
\echo Use "CREATE EXTENSION seizure" to load this file. \quit

-- ---------------------------------------------------------------------------
-- quantity: an exact amount of a substance with its unit
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.quantity;

CREATE FUNCTION @extschema@.quantity_in(input cstring, typelem oid, typmod integer) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_in(cstring, oid, integer) IS 'text input of quantity: the grammar of docs/quantity.md, 22P02/22003 on bad text';
CREATE FUNCTION @extschema@.quantity_out(q @extschema@.quantity) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_out(@extschema@.quantity) IS 'text output of quantity: the shortest exact decimal in the value''s own unit';
CREATE FUNCTION @extschema@.quantity_recv(buf internal, typelem oid, typmod integer) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_recv(internal, oid, integer) IS 'binary input of quantity: format version 2, or 1 as 0.1.0 sent it';
CREATE FUNCTION @extschema@.quantity_send(q @extschema@.quantity) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_send(@extschema@.quantity) IS 'binary output of quantity: version, unit, flags and the 128-bit amount';
CREATE FUNCTION @extschema@.quantity_typmod_in(modifiers cstring[]) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_typmod_in(cstring[]) IS 'type modifier of quantity(mass), quantity(volume), quantity(count)';
CREATE FUNCTION @extschema@.quantity_typmod_out(typmod integer) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_typmod_out(integer) IS 'type modifier of quantity as text: (mass), (volume) or (count)';

CREATE TYPE @extschema@.quantity (
	INPUT = @extschema@.quantity_in,
	OUTPUT = @extschema@.quantity_out,
	RECEIVE = @extschema@.quantity_recv,
	SEND = @extschema@.quantity_send,
	TYPMOD_IN = @extschema@.quantity_typmod_in,
	TYPMOD_OUT = @extschema@.quantity_typmod_out,
	INTERNALLENGTH = 16,
	ALIGNMENT = double,
	STORAGE = plain,
	-- a category of its own, quantity preferred: an untyped literal such as
	-- to_mass('10 tablets', ...) reads as a quantity, not a quantity_tally
	CATEGORY = 'Q',
	PREFERRED = true
);
COMMENT ON TYPE @extschema@.quantity IS
	'exact amount with a unit: mass (mcg mg g kg t lb oz), volume (mL L US gal) or a count (tablets, doses, blotters, bottles, bricks ...); ~ marks an estimate';

-- typmod coercion: quantity(mass), quantity(volume), quantity(count)
CREATE FUNCTION @extschema@.quantity(q @extschema@.quantity, typmod integer, is_explicit boolean) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_enforce_typmod' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity(@extschema@.quantity, integer, boolean) IS 'applies a type modifier: the value unchanged, or 22023 for another dimension';
CREATE CAST (@extschema@.quantity AS @extschema@.quantity)
	WITH FUNCTION @extschema@.quantity(@extschema@.quantity, integer, boolean) AS IMPLICIT;
COMMENT ON CAST (@extschema@.quantity AS @extschema@.quantity) IS 'applies a type modifier: quantity(mass), quantity(volume) or quantity(count) (22023 for another dimension)';

-- constructors and accessors
CREATE FUNCTION @extschema@.quantity(amount numeric, unit text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_from_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity(numeric, text) IS 'quantity from an amount and a unit name';

CREATE FUNCTION @extschema@.value(q @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.quantity) IS 'amount in the quantity''s own unit';

CREATE FUNCTION @extschema@.value(q @extschema@.quantity, unit text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_value_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.quantity, text) IS 'amount converted to the given unit of the same kind';

CREATE FUNCTION @extschema@.unit(q @extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.unit(@extschema@.quantity) IS 'canonical unit, singular: kg, mL, tablet';

CREATE FUNCTION @extschema@.dimension(q @extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_dimension' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dimension(@extschema@.quantity) IS 'mass, volume or count';

CREATE FUNCTION @extschema@.kind(q @extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kind(@extschema@.quantity) IS 'what adds up with what: mass, volume, or the count unit (tablet, dose ...)';

CREATE FUNCTION @extschema@.to_unit(q @extschema@.quantity, unit text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_to_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_unit(@extschema@.quantity, text) IS 'the same amount written in another unit of its kind';

CREATE FUNCTION @extschema@.is_estimate(q @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quantity_is_estimate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_estimate(@extschema@.quantity) IS 'true for an estimate (~), false for a measurement';

CREATE FUNCTION @extschema@.basis(q @extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_basis' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.basis(@extschema@.quantity) IS 'the weight basis of a mass: net, bulk or gross; NULL when unstated (and for volumes and counts)';

CREATE FUNCTION @extschema@.with_basis(q @extschema@.quantity, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_with_basis' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.with_basis(@extschema@.quantity, text) IS 'the same mass with its weight basis set (net, bulk, gross; unstated or NULL to clear it)';

CREATE FUNCTION @extschema@.as_estimate(q @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_as_estimate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.as_estimate(@extschema@.quantity) IS 'the same amount marked as an estimate';

CREATE FUNCTION @extschema@.as_measured(q @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_as_measured' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.as_measured(@extschema@.quantity) IS 'the same amount marked as a measurement';

-- comparison
CREATE FUNCTION @extschema@.quantity_lt(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_lt(@extschema@.quantity, @extschema@.quantity) IS 'implementation of < for quantity';
CREATE FUNCTION @extschema@.quantity_le(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_le(@extschema@.quantity, @extschema@.quantity) IS 'implementation of <= for quantity';
CREATE FUNCTION @extschema@.quantity_eq(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_eq(@extschema@.quantity, @extschema@.quantity) IS 'implementation of = for quantity';
CREATE FUNCTION @extschema@.quantity_ne(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_ne(@extschema@.quantity, @extschema@.quantity) IS 'implementation of <> for quantity';
CREATE FUNCTION @extschema@.quantity_ge(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_ge(@extschema@.quantity, @extschema@.quantity) IS 'implementation of >= for quantity';
CREATE FUNCTION @extschema@.quantity_gt(a @extschema@.quantity, b @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_gt(@extschema@.quantity, @extschema@.quantity) IS 'implementation of > for quantity';
CREATE FUNCTION @extschema@.quantity_cmp(a @extschema@.quantity, b @extschema@.quantity) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity) IS 'btree comparison for quantity: -1, 0 or 1';
CREATE FUNCTION @extschema@.quantity_sortsupport(ssup internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sortsupport(internal) IS 'btree sort support for quantity: abbreviated keys of kind and amount';
CREATE FUNCTION @extschema@.quantity_hash(q @extschema@.quantity) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_hash(@extschema@.quantity) IS 'hash of a quantity, equal for equal values in any unit';
CREATE FUNCTION @extschema@.quantity_hash_extended(q @extschema@.quantity, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_hash_extended(@extschema@.quantity, bigint) IS 'seeded 64-bit hash of a quantity';
CREATE FUNCTION @extschema@.quantity_smaller(a @extschema@.quantity, b @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_smaller(@extschema@.quantity, @extschema@.quantity) IS 'the smaller of two quantities; of equal ones, the smaller unit id';
CREATE FUNCTION @extschema@.quantity_larger(a @extschema@.quantity, b @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_larger(@extschema@.quantity, @extschema@.quantity) IS 'the larger of two quantities; of equal ones, the smaller unit id';

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR @extschema@.< (@extschema@.quantity, @extschema@.quantity) IS 'less than, in the total order: kind, amount across units, basis, measured before estimated';
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.quantity, @extschema@.quantity) IS 'less than or equal, in the total order of quantities';
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR @extschema@.= (@extschema@.quantity, @extschema@.quantity) IS 'equal: same kind, amount (across units), basis and estimate mark';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.quantity, @extschema@.quantity) IS 'not equal';
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.quantity, @extschema@.quantity) IS 'greater than or equal, in the total order of quantities';
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR @extschema@.> (@extschema@.quantity, @extschema@.quantity) IS 'greater than, in the total order of quantities';

CREATE OPERATOR CLASS @extschema@.quantity_ops
	DEFAULT FOR TYPE @extschema@.quantity USING btree AS
		OPERATOR 1 @extschema@.<,
		OPERATOR 2 @extschema@.<=,
		OPERATOR 3 @extschema@.=,
		OPERATOR 4 @extschema@.>=,
		OPERATOR 5 @extschema@.>,
		FUNCTION 1 @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity),
		FUNCTION 2 @extschema@.quantity_sortsupport(internal);
COMMENT ON OPERATOR CLASS @extschema@.quantity_ops USING btree IS 'default btree order of quantity: kind, amount across units, basis, measured before estimated';
COMMENT ON OPERATOR FAMILY @extschema@.quantity_ops USING btree IS 'default btree order of quantity: kind, amount across units, basis, measured before estimated';

CREATE OPERATOR CLASS @extschema@.quantity_hash_ops
	DEFAULT FOR TYPE @extschema@.quantity USING hash AS
		OPERATOR 1 @extschema@.=,
		FUNCTION 1 @extschema@.quantity_hash(@extschema@.quantity),
		FUNCTION 2 @extschema@.quantity_hash_extended(@extschema@.quantity, bigint);
COMMENT ON OPERATOR CLASS @extschema@.quantity_hash_ops USING hash IS 'default hash of quantity: equal values in any unit hash equally';
COMMENT ON OPERATOR FAMILY @extschema@.quantity_hash_ops USING hash IS 'default hash of quantity: equal values in any unit hash equally';

-- arithmetic within a kind
CREATE FUNCTION @extschema@.quantity_add(a @extschema@.quantity, b @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_add(@extschema@.quantity, @extschema@.quantity) IS 'implementation of + for quantity';
CREATE FUNCTION @extschema@.quantity_sub(a @extschema@.quantity, b @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_sub(@extschema@.quantity, @extschema@.quantity) IS 'implementation of - for quantity';
CREATE FUNCTION @extschema@.quantity_neg(q @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_neg(@extschema@.quantity) IS 'implementation of unary - for quantity';
CREATE FUNCTION @extschema@.quantity_mul_numeric(q @extschema@.quantity, factor numeric) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_mul_numeric(@extschema@.quantity, numeric) IS 'implementation of quantity * numeric';
CREATE FUNCTION @extschema@.numeric_mul_quantity(factor numeric, q @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.numeric_mul_quantity(numeric, @extschema@.quantity) IS 'implementation of numeric * quantity';
CREATE FUNCTION @extschema@.quantity_div_numeric(q @extschema@.quantity, divisor numeric) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_div_numeric(@extschema@.quantity, numeric) IS 'implementation of quantity / numeric';
CREATE FUNCTION @extschema@.quantity_div_quantity(a @extschema@.quantity, b @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_div_quantity(@extschema@.quantity, @extschema@.quantity) IS 'implementation of quantity / quantity';

CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
	FUNCTION = @extschema@.quantity_add, COMMUTATOR = OPERATOR(@extschema@.+));
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity, @extschema@.quantity) IS 'exact sum of two quantities of one kind and basis (22000 otherwise)';
CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_sub);
COMMENT ON OPERATOR @extschema@.- (@extschema@.quantity, @extschema@.quantity) IS 'exact difference of two quantities of one kind and basis (22000 otherwise)';
CREATE OPERATOR @extschema@.- (
	RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_neg);
COMMENT ON OPERATOR @extschema@.- (NONE, @extschema@.quantity) IS 'negation, unit and marks kept';
CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.quantity, RIGHTARG = numeric,
	FUNCTION = @extschema@.quantity_mul_numeric, COMMUTATOR = OPERATOR(@extschema@.*));
COMMENT ON OPERATOR @extschema@.* (@extschema@.quantity, numeric) IS 'a quantity scaled by a number, rounded half to even to one step';
CREATE OPERATOR @extschema@.* (
	LEFTARG = numeric, RIGHTARG = @extschema@.quantity,
	FUNCTION = @extschema@.numeric_mul_quantity, COMMUTATOR = OPERATOR(@extschema@.*));
COMMENT ON OPERATOR @extschema@.* (numeric, @extschema@.quantity) IS 'a quantity scaled by a number, rounded half to even to one step';
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.quantity, RIGHTARG = numeric, FUNCTION = @extschema@.quantity_div_numeric);
COMMENT ON OPERATOR @extschema@./ (@extschema@.quantity, numeric) IS 'a quantity divided by a number, rounded half to even to one step (22012 for zero)';
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_div_quantity);
COMMENT ON OPERATOR @extschema@./ (@extschema@.quantity, @extschema@.quantity) IS 'the ratio of two quantities of one kind, as numeric';

-- the unit table, for clients and for reading (docs/quantity.md)
CREATE FUNCTION @extschema@.quantity_units(OUT id integer, OUT symbol text, OUT plural text, OUT kind text,
                                           OUT dimension text, OUT kind_id integer, OUT kind_rank integer,
                                           OUT steps numeric, OUT metric_rank integer, OUT aliases text[])
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'quantity_units' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 32;
COMMENT ON FUNCTION @extschema@.quantity_units() IS
	'every unit: its id (as stored), canonical symbol and plural, kind (and its stored id and sort rank), dimension, size in base steps (1 pg, 1 pL, 10^-12 item), metric rank and the names it is read from';

-- ---------------------------------------------------------------------------
-- quantity_tally: one exact total per kind and weight basis, measured and
-- estimated apart; the value tally() returns
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.quantity_tally;
CREATE FUNCTION @extschema@.quantity_tally_in(input cstring) RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_in(cstring) IS 'text input of quantity_tally: quantities joined by +';
CREATE FUNCTION @extschema@.quantity_tally_out(t @extschema@.quantity_tally) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_out(@extschema@.quantity_tally) IS 'text output of quantity_tally';
CREATE FUNCTION @extschema@.quantity_tally_recv(buf internal) RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_recv(internal) IS 'binary input of quantity_tally: format version 2, or 1';
CREATE FUNCTION @extschema@.quantity_tally_send(t @extschema@.quantity_tally) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_send(@extschema@.quantity_tally) IS 'binary output of quantity_tally';
CREATE TYPE @extschema@.quantity_tally (
	INPUT = @extschema@.quantity_tally_in,
	OUTPUT = @extschema@.quantity_tally_out,
	RECEIVE = @extschema@.quantity_tally_recv,
	SEND = @extschema@.quantity_tally_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain,
	CATEGORY = 'Q'
);
COMMENT ON TYPE @extschema@.quantity_tally IS
	'one exact total per kind (mass in kg, volume in L, each count unit), measured and estimated apart';

CREATE FUNCTION @extschema@.quantity_tally(q @extschema@.quantity) RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME', 'quantity_tally_from_quantity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally(@extschema@.quantity) IS 'a tally of one quantity';
CREATE CAST (@extschema@.quantity AS @extschema@.quantity_tally)
	WITH FUNCTION @extschema@.quantity_tally(@extschema@.quantity);
COMMENT ON CAST (@extschema@.quantity AS @extschema@.quantity_tally) IS 'a tally of one quantity';

CREATE FUNCTION @extschema@.part(t @extschema@.quantity_tally, kind text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'tally_part' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.part(@extschema@.quantity_tally, text) IS
	'total of one kind (mass, volume or a count unit), measured and estimated together; NULL when absent';
CREATE FUNCTION @extschema@.part(t @extschema@.quantity_tally, kind text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'tally_part' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.part(@extschema@.quantity_tally, text, text) IS
	'total of one kind and weight basis (net, bulk, gross or unstated), measured and estimated together; NULL when absent';
CREATE FUNCTION @extschema@.parts(t @extschema@.quantity_tally) RETURNS SETOF @extschema@.quantity
	AS 'MODULE_PATHNAME', 'tally_parts' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.parts(@extschema@.quantity_tally) IS 'the parts of a tally, in its order';

-- addition and equality
CREATE FUNCTION @extschema@.quantity_tally_add(a @extschema@.quantity_tally, b @extschema@.quantity_tally)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_add(@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'implementation of quantity_tally + quantity_tally';
CREATE FUNCTION @extschema@.quantity_tally_add(t @extschema@.quantity_tally, q @extschema@.quantity)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME', 'quantity_tally_add_quantity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_add(@extschema@.quantity_tally, @extschema@.quantity) IS 'implementation of quantity_tally + quantity';
CREATE FUNCTION @extschema@.quantity_tally_add(q @extschema@.quantity, t @extschema@.quantity_tally)
	RETURNS @extschema@.quantity_tally
	AS 'MODULE_PATHNAME', 'quantity_tally_add_to_quantity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_add(@extschema@.quantity, @extschema@.quantity_tally) IS 'implementation of quantity + quantity_tally';
CREATE FUNCTION @extschema@.quantity_tally_eq(a @extschema@.quantity_tally, b @extschema@.quantity_tally)
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_eq(@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'implementation of = for quantity_tally';
CREATE FUNCTION @extschema@.quantity_tally_ne(a @extschema@.quantity_tally, b @extschema@.quantity_tally)
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_ne(@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'implementation of <> for quantity_tally';
CREATE FUNCTION @extschema@.quantity_tally_hash(t @extschema@.quantity_tally) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity_tally_hash(@extschema@.quantity_tally) IS 'hash of a quantity_tally';

CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.quantity_tally, RIGHTARG = @extschema@.quantity_tally,
	FUNCTION = @extschema@.quantity_tally_add, COMMUTATOR = OPERATOR(@extschema@.+));
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'two tallies added part by part';
CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.quantity_tally, RIGHTARG = @extschema@.quantity,
	FUNCTION = @extschema@.quantity_tally_add, COMMUTATOR = OPERATOR(@extschema@.+));
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity_tally, @extschema@.quantity) IS 'a quantity added into its part of a tally';
CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity_tally,
	FUNCTION = @extschema@.quantity_tally_add, COMMUTATOR = OPERATOR(@extschema@.+));
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity, @extschema@.quantity_tally) IS 'a quantity added into its part of a tally';
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.quantity_tally, RIGHTARG = @extschema@.quantity_tally,
	FUNCTION = @extschema@.quantity_tally_eq, COMMUTATOR = OPERATOR(@extschema@.=),
	NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES);
COMMENT ON OPERATOR @extschema@.= (@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'same parts with the same amounts';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.quantity_tally, RIGHTARG = @extschema@.quantity_tally,
	FUNCTION = @extschema@.quantity_tally_ne, COMMUTATOR = OPERATOR(@extschema@.<>),
	NEGATOR = OPERATOR(@extschema@.=), RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'not the same parts or amounts';
CREATE OPERATOR CLASS @extschema@.quantity_tally_hash_ops
	DEFAULT FOR TYPE @extschema@.quantity_tally USING hash AS
		OPERATOR 1 @extschema@.=,
		FUNCTION 1 @extschema@.quantity_tally_hash(@extschema@.quantity_tally);
COMMENT ON OPERATOR CLASS @extschema@.quantity_tally_hash_ops USING hash IS 'default hash of quantity_tally';
COMMENT ON OPERATOR FAMILY @extschema@.quantity_tally_hash_ops USING hash IS 'default hash of quantity_tally';

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
	unit text NOT NULL CHECK (unit IN ('L', 'ampoule', 'bag', 'blotter', 'bottle', 'brick', 'bundle',
									   'capsule', 'cartridge', 'cigarette', 'dosage unit', 'dose',
									   'packet', 'patch', 'pellet', 'piece', 'plant', 'seed', 'syringe',
									   'tablet', 'vial')),
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

-- doses: how many doses a seizure is enough for, by a standard with its source
CREATE TABLE @extschema@.dose_standard (
	standard text NOT NULL CHECK (standard ~ '^[a-z0-9][a-z0-9_]*$'),
	substance text REFERENCES @extschema@.substance (key) ON UPDATE CASCADE,
	grams_per_dose numeric NOT NULL CHECK (grams_per_dose > 0 AND grams_per_dose <= 1000),
	measures text NOT NULL CHECK (measures IN ('use', 'lethal')),
	source text NOT NULL CHECK (btrim(source) <> ''),
	builtin boolean NOT NULL DEFAULT false,
	UNIQUE NULLS NOT DISTINCT (standard, substance, builtin)
);
COMMENT ON TABLE @extschema@.dose_standard IS
	'grams of a substance per dose under a named standard (substance NULL: any substance), with the source of the figure; doses() reads it';
COMMENT ON COLUMN @extschema@.dose_standard.measures IS
	'what a dose is: use (one dose taken) or lethal (a potentially lethal dose)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.dose_standard', 'WHERE NOT builtin');
GRANT SELECT ON @extschema@.dose_standard TO PUBLIC;
CREATE TRIGGER dose_standard_protect_builtin BEFORE INSERT OR UPDATE OR DELETE
	ON @extschema@.dose_standard FOR EACH ROW
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER dose_standard_protect_builtin_truncate BEFORE TRUNCATE
	ON @extschema@.dose_standard FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();

CREATE FUNCTION @extschema@.doses(q @extschema@.quantity, substance text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_doses' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.doses(@extschema@.quantity, text) IS
	'the doses a seizure is enough for by the Korea Customs Service''s standard (kcs, 0.03 g per dose): an estimate, rounded to a whole dose; counts and volumes through to_mass, gross weights refused';
CREATE FUNCTION @extschema@.doses(q @extschema@.quantity, substance text, standard text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_doses_standard' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.doses(@extschema@.quantity, text, text) IS
	'doses with the standard named: a row of dose_standard, e.g. kcs or dea_lethal (2 mg of fentanyl, a potentially lethal dose)';

-- ---------------------------------------------------------------------------
-- route: the smuggling route of a seizure, its labels, and the route of a
-- free-text remark
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.route;

CREATE FUNCTION @extschema@.route_in(input cstring) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_in(cstring) IS 'text input of route: a canonical, English or Korean label';
CREATE FUNCTION @extschema@.route_out(r @extschema@.route) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_out(@extschema@.route) IS 'text output of route: its canonical label';
CREATE FUNCTION @extschema@.route_recv(buf internal) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_recv(internal) IS 'binary input of route: one byte';
CREATE FUNCTION @extschema@.route_send(r @extschema@.route) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_send(@extschema@.route) IS 'binary output of route: one byte';

CREATE TYPE @extschema@.route (
	INPUT = @extschema@.route_in,
	OUTPUT = @extschema@.route_out,
	RECEIVE = @extschema@.route_recv,
	SEND = @extschema@.route_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.route IS
	'smuggling route: traveler, international_mail, express_cargo, air_cargo, sea_cargo, general_cargo, land_border, other (in sort order)';

-- labels and transport modes
CREATE FUNCTION @extschema@.route_label(r @extschema@.route, lang text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_label(@extschema@.route, text) IS
	'display label of a route in English (''en'') or Korean (''ko'')';

CREATE FUNCTION @extschema@.transport_mode(r @extschema@.route) RETURNS smallint
	AS 'MODULE_PATHNAME', 'route_transport_mode_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.transport_mode(@extschema@.route) IS
	'UN/ECE Recommendation 19 transport mode code: 0 not specified (traveler, general_cargo, other), 1 maritime, 3 road, 4 air, 5 mail';

-- free text
CREATE FUNCTION @extschema@.classify_route(remark text) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify_route(text) IS
	'route of a free-text remark from the identifiers and English/Korean keywords in it, NULL without evidence';

CREATE FUNCTION @extschema@.classify_route_explain(remark text) RETURNS jsonb
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify_route_explain(text) IS
	'classify_route with its audit trail: {"route", "confidence" 0-1, "evidence": [{kind, text, position, length, route, weight, counted, ...}]}';

-- comparison, in the order of the labels above
CREATE FUNCTION @extschema@.route_eq(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.route_ne(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.route_lt(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.route_le(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.route_gt(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.route_ge(a @extschema@.route, b @extschema@.route) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.route_cmp(a @extschema@.route, b @extschema@.route) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.route_hash(r @extschema@.route) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.route_hash_extended(r @extschema@.route, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_eq(@extschema@.route, @extschema@.route) IS 'implementation of = for route';
COMMENT ON FUNCTION @extschema@.route_ne(@extschema@.route, @extschema@.route) IS 'implementation of <> for route';
COMMENT ON FUNCTION @extschema@.route_lt(@extschema@.route, @extschema@.route) IS 'implementation of < for route';
COMMENT ON FUNCTION @extschema@.route_le(@extschema@.route, @extschema@.route) IS 'implementation of <= for route';
COMMENT ON FUNCTION @extschema@.route_gt(@extschema@.route, @extschema@.route) IS 'implementation of > for route';
COMMENT ON FUNCTION @extschema@.route_ge(@extschema@.route, @extschema@.route) IS 'implementation of >= for route';
COMMENT ON FUNCTION @extschema@.route_cmp(@extschema@.route, @extschema@.route) IS 'btree comparison for route: -1, 0 or 1';
COMMENT ON FUNCTION @extschema@.route_hash(@extschema@.route) IS 'hash of a route';
COMMENT ON FUNCTION @extschema@.route_hash_extended(@extschema@.route, bigint) IS 'seeded 64-bit hash of a route';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.route, RIGHTARG = @extschema@.route,
	FUNCTION = @extschema@.route_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.route, @extschema@.route) IS 'the same route';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.route, RIGHTARG = @extschema@.route,
	FUNCTION = @extschema@.route_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.route, @extschema@.route) IS 'not the same route';
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.route, RIGHTARG = @extschema@.route,
	FUNCTION = @extschema@.route_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.route, @extschema@.route) IS 'less than, in the routes'' fixed order';
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.route, RIGHTARG = @extschema@.route,
	FUNCTION = @extschema@.route_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.route, @extschema@.route) IS 'less than or equal, in the routes'' fixed order';
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.route, RIGHTARG = @extschema@.route,
	FUNCTION = @extschema@.route_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.route, @extschema@.route) IS 'greater than, in the routes'' fixed order';
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.route, RIGHTARG = @extschema@.route,
	FUNCTION = @extschema@.route_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.route, @extschema@.route) IS 'greater than or equal, in the routes'' fixed order';

CREATE OPERATOR CLASS @extschema@.route_ops
	DEFAULT FOR TYPE @extschema@.route USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.route_cmp(@extschema@.route, @extschema@.route);
COMMENT ON OPERATOR CLASS @extschema@.route_ops USING btree IS 'default btree order of route: the order of its labels';
COMMENT ON OPERATOR FAMILY @extschema@.route_ops USING btree IS 'default btree order of route: the order of its labels';

CREATE OPERATOR CLASS @extschema@.route_hash_ops
	DEFAULT FOR TYPE @extschema@.route USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.route_hash(@extschema@.route),
	FUNCTION 2 @extschema@.route_hash_extended(@extschema@.route, bigint);
COMMENT ON OPERATOR CLASS @extschema@.route_hash_ops USING hash IS 'default hash of route';
COMMENT ON OPERATOR FAMILY @extschema@.route_hash_ops USING hash IS 'default hash of route';

-- min and max, in the type's order
CREATE FUNCTION @extschema@.route_smaller(a @extschema@.route, b @extschema@.route) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.route_larger(a @extschema@.route, b @extschema@.route) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_smaller(@extschema@.route, @extschema@.route) IS 'the earlier of two routes in sort order';
COMMENT ON FUNCTION @extschema@.route_larger(@extschema@.route, @extschema@.route) IS 'the later of two routes in sort order';
CREATE AGGREGATE @extschema@.min(r @extschema@.route) (
	SFUNC = @extschema@.route_smaller, STYPE = @extschema@.route,
	COMBINEFUNC = @extschema@.route_smaller, SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(r @extschema@.route) (
	SFUNC = @extschema@.route_larger, STYPE = @extschema@.route,
	COMBINEFUNC = @extschema@.route_larger, SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.route) IS 'first route in sort order';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.route) IS 'last route in sort order';

-- ---------------------------------------------------------------------------
-- identifiers: parcel, air waybill, container, courier, flight and travel
-- document numbers, checked by format and check digit, and the route each
-- reveals
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.identifier_kind(identifier text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.identifier_kind(text) IS
	'kind of a valid identifier (upu_s10, iata_awb, iso6346, ups, fedex_express, fedex_ground, dhl_express, flight, mrz_document), NULL if none';

CREATE FUNCTION @extschema@.is_valid_identifier(identifier text, kind text) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_valid_identifier(text, text) IS
	'true if the text is a valid identifier of the given kind (format and check digit)';

CREATE FUNCTION @extschema@.route_of_identifier(identifier text) RETURNS @extschema@.route
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.route_of_identifier(text) IS
	'route an identifier reveals (S10 mail, air waybill air cargo, ISO 6346 sea cargo, couriers express cargo, flight and MRZ traveler), NULL if no valid identifier';

-- ---------------------------------------------------------------------------
-- parties: matching keys for senders, receivers, phones, e-mails and
-- addresses
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.normalize_party(value text, kind text) RETURNS text
	AS 'MODULE_PATHNAME', 'normalize_party' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.normalize_party(text, text) IS
	'matching key for a party: kind phone (E.164, international form only; NULL when unsure), email, name (a Korean name, in Hangul or romanized, as Hangul) or address; NULL if nothing is left to match';

CREATE FUNCTION @extschema@.normalize_party(value text, kind text, default_country text) RETURNS text
	AS 'MODULE_PATHNAME', 'normalize_party_country' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.normalize_party(text, text, text) IS
	'telephone number to E.164, reading national numbers and international prefixes as those of default_country (ISO 3166-1 alpha-2); NULL if not a number or if it reads two ways';

CREATE FUNCTION @extschema@.party_pseudonym(value text, kind text, secret bytea) RETURNS text
	AS 'MODULE_PATHNAME', 'party_pseudonym' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.party_pseudonym(text, text, bytea) IS
	'pseudonym of a party for hit/no-hit exchange: HMAC-SHA-256 under secret (at least 16 bytes, one per operation) of the kind and normalize_party(value, kind), as 64 hex digits; equal keys give equal pseudonyms; NULL where the key is NULL';

CREATE FUNCTION @extschema@.party_pseudonym(value text, kind text, default_country text, secret bytea) RETURNS text
	AS 'MODULE_PATHNAME', 'party_pseudonym_country' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.party_pseudonym(text, text, text, bytea) IS
	'pseudonym of a telephone number for hit/no-hit exchange: party_pseudonym of normalize_party(value, kind, default_country), under secret';

CREATE FUNCTION @extschema@.party_phone_countries(
	OUT country text, OUT calling_code text, OUT trunk_prefixes text[],
	OUT international_prefixes text[], OUT carrier_prefixes text[],
	OUT min_national_digits integer, OUT max_national_digits integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'party_phone_countries' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
	ROWS 80;
COMMENT ON FUNCTION @extschema@.party_phone_countries() IS
	'numbering plans normalize_party knows: countries usable as default_country, with their trunk, international and carrier prefixes and number lengths';

-- ---------------------------------------------------------------------------
-- linked_groups: the groups of seizures that shared parties link
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.linked_groups(edges_sql text)
	RETURNS TABLE (node text, group_id bigint, group_size bigint)
	AS 'MODULE_PATHNAME', 'linked_groups' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE
	ROWS 1000;
COMMENT ON FUNCTION @extschema@.linked_groups(text) IS
	'connected components of the graph whose edges edges_sql returns as two text columns; groups numbered by their smallest node (C order)';

CREATE FUNCTION @extschema@.linked_groups(edges_sql text, VARIADIC params "any")
	RETURNS TABLE (node text, group_id bigint, group_size bigint)
	AS 'MODULE_PATHNAME', 'linked_groups_params' LANGUAGE C VOLATILE PARALLEL UNSAFE
	ROWS 1000;
COMMENT ON FUNCTION @extschema@.linked_groups(text, "any") IS
	'linked_groups with parameters: $1, $2, ... in edges_sql are the values that follow, bound, never spliced';

-- ---------------------------------------------------------------------------
-- screening: watch-lists from seizures' networks, screening of incoming
-- consignments, hit/no-hit exchange by pseudonyms (docs/screening.md)
-- ---------------------------------------------------------------------------

-- The script a name is written in, for telling a match across scripts.
CREATE FUNCTION @extschema@.party_script(value text) RETURNS text
	AS 'MODULE_PATHNAME', 'party_script' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.party_script(text) IS
	'hangul when the text holds Hangul, else latin when it holds a Latin letter (ASCII or fullwidth), else NULL: how a watch-list entry and a consignment wrote a name; outside UTF-8 only ASCII is read';

-- normalize_party with an optional default country (NULL: none)
CREATE FUNCTION @extschema@.party_key(value text, kind text, default_country text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE WHEN value IS NULL OR kind IS NULL THEN NULL
	            WHEN default_country IS NULL THEN @extschema@.normalize_party(value, kind)
	            ELSE @extschema@.normalize_party(value, kind, default_country) END;
COMMENT ON FUNCTION @extschema@.party_key(text, text, text) IS
	'normalize_party(value, kind, default_country), or normalize_party(value, kind) when default_country is NULL';

-- watch_list, watch_list_export and screen run the caller's queries, so they
-- keep the caller's search_path; every name they add themselves is
-- schema-qualified, operators included (test/sql/security_search_path.sql).
CREATE FUNCTION @extschema@.watch_list(seizures_sql text, parties_sql text, valid_until date DEFAULT NULL,
                                       link_by text[] DEFAULT '{phone,email,address}')
	RETURNS TABLE (kind text, key text, written text, reference text, network bigint,
	               network_seizures text[], network_tally @extschema@.quantity_tally,
	               network_routes @extschema@.route[], last_seized date, expires date)
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
AS $$
BEGIN
	-- seizures_sql: (reference, seized_on, quantity, route);
	-- parties_sql: (reference, kind, value, default_country); keys of the
	-- kinds in link_by link seizures into networks (a name alone is weak)
	RETURN QUERY EXECUTE pg_catalog.format($q$
		WITH p AS (
			SELECT p0.reference::pg_catalog.text AS reference,
			       pg_catalog.lower(p0.kind::pg_catalog.text) AS kind,
			       @extschema@.party_key(p0.value::pg_catalog.text, p0.kind::pg_catalog.text,
			                             p0.default_country::pg_catalog.text) AS key,
			       CASE WHEN pg_catalog.lower(p0.kind::pg_catalog.text) OPERATOR(pg_catalog.=) 'name'
			            THEN @extschema@.party_script(p0.value::pg_catalog.text) END AS written
			FROM (%s) p0 (reference, kind, value, default_country)),
		s AS (
			SELECT s0.reference::pg_catalog.text AS reference, s0.seized_on::pg_catalog.date AS seized_on,
			       s0.quantity::@extschema@.quantity AS quantity, s0.route::@extschema@.route AS route
			FROM (%s) s0 (reference, seized_on, quantity, route)),
		g AS (
			SELECT pg_catalog.substr(g0.node, 3) AS reference, g0.group_id AS network
			FROM @extschema@.linked_groups(
				'SELECT ''s:'' OPERATOR(pg_catalog.||) p0.reference::pg_catalog.text, '
				'''k:'' OPERATOR(pg_catalog.||) pg_catalog.lower(p0.kind::pg_catalog.text) '
				'OPERATOR(pg_catalog.||) '':'' OPERATOR(pg_catalog.||) '
				'@extschema@.party_key(p0.value::pg_catalog.text, p0.kind::pg_catalog.text, '
				'p0.default_country::pg_catalog.text) '
				'FROM (' OPERATOR(pg_catalog.||) $1 OPERATOR(pg_catalog.||) ') p0 (reference, kind, value, default_country) '
				'WHERE pg_catalog.lower(p0.kind::pg_catalog.text) OPERATOR(pg_catalog.=) ANY ($1) '
				'UNION ALL SELECT ''s:'' OPERATOR(pg_catalog.||) s0.reference::pg_catalog.text, NULL '
				'FROM (' OPERATOR(pg_catalog.||) $2 OPERATOR(pg_catalog.||) ') s0 (reference, seized_on, quantity, route)',
				$4) g0
			WHERE g0.node OPERATOR(pg_catalog.~~) 's:%%'),
		e AS (
			SELECT g.network,
			       pg_catalog.array_agg(DISTINCT s.reference ORDER BY s.reference) AS network_seizures,
			       @extschema@.tally(s.quantity) AS network_tally,
			       coalesce(pg_catalog.array_agg(DISTINCT s.route ORDER BY s.route) FILTER (WHERE s.route IS NOT NULL),
			                '{}') AS network_routes,
			       pg_catalog.max(s.seized_on) AS last_seized
			FROM g JOIN s ON s.reference OPERATOR(pg_catalog.=) g.reference
			GROUP BY g.network),
		k AS (
			SELECT p.kind, p.key, pg_catalog.string_agg(DISTINCT p.written, ',' ORDER BY p.written) AS written,
			       p.reference, g.network
			FROM p JOIN g ON g.reference OPERATOR(pg_catalog.=) p.reference
			WHERE p.key IS NOT NULL
			GROUP BY p.kind, p.key, p.reference, g.network)
		SELECT k.kind, k.key, k.written, k.reference, k.network, e.network_seizures, e.network_tally,
		       e.network_routes, e.last_seized, $3
		FROM k JOIN e ON e.network OPERATOR(pg_catalog.=) k.network
		ORDER BY k.network, k.kind, k.key, k.reference$q$, parties_sql, seizures_sql)
	USING parties_sql, seizures_sql, valid_until, link_by;
END
$$;
COMMENT ON FUNCTION @extschema@.watch_list(text, text, date, text[]) IS
	'a watch-list from seizures (reference, seized_on, quantity, route) and their parties (reference, kind, value, default_country): one entry per key and seizure, with the network that keys of the kinds in link_by make and its evidence';

CREATE FUNCTION @extschema@.watch_list_export(watch_sql text, secret bytea)
	RETURNS TABLE (kind text, pseudonym text, reference text, expires date)
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
AS $$
BEGIN
	-- watch_sql: (kind, key, reference, expires), e.g. from a table filled by watch_list
	RETURN QUERY EXECUTE pg_catalog.format($q$
		SELECT DISTINCT w.kind::pg_catalog.text,
		       @extschema@.party_pseudonym(w.key::pg_catalog.text, w.kind::pg_catalog.text, $1),
		       w.reference::pg_catalog.text, w.expires::pg_catalog.date
		FROM (%s) w (kind, key, reference, expires)
		WHERE w.key IS NOT NULL
		ORDER BY 1, 2, 3$q$, watch_sql)
	USING secret;
END
$$;
COMMENT ON FUNCTION @extschema@.watch_list_export(text, bytea) IS
	'a watch-list for a partner agency: kinds, keyed pseudonyms (party_pseudonym with the operation''s secret), references and expiry dates only, no key, name, phone or address';

CREATE FUNCTION @extschema@.screen(consignments_sql text, watch_sql text,
                                   partner_sql text DEFAULT NULL, secret bytea DEFAULT NULL,
                                   as_of date DEFAULT CURRENT_DATE)
	RETURNS TABLE (consignment text, field text, kind text, matched text, list text, reference text,
	               network bigint, network_seizures text[], network_tally @extschema@.quantity_tally,
	               network_routes @extschema@.route[], last_seized date)
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
AS $$
BEGIN
	IF (partner_sql IS NULL) OPERATOR(pg_catalog.<>) (secret IS NULL) THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = 'screen needs both a partner list and the secret, or neither',
			DETAIL = pg_catalog.format('The partner list is %s and the secret is %s.',
			                CASE WHEN partner_sql IS NULL THEN 'missing' ELSE 'given' END,
			                CASE WHEN secret IS NULL THEN 'missing' ELSE 'given' END),
			HINT = 'Pass the query of the partner''s pseudonyms with the secret of the operation that made them.';
	END IF;
	-- consignments_sql: (consignment, field, kind, value, default_country);
	-- watch_sql: watch_list's columns; partner_sql: (kind, pseudonym, reference, expires)
	RETURN QUERY EXECUTE pg_catalog.format($q$
		WITH c AS (
			SELECT c0.consignment::pg_catalog.text AS consignment, c0.field::pg_catalog.text AS field,
			       pg_catalog.lower(c0.kind::pg_catalog.text) AS kind, c0.value::pg_catalog.text AS value,
			       c0.default_country::pg_catalog.text AS default_country
			FROM (%s) c0 (consignment, field, kind, value, default_country)),
		ck AS (
			SELECT c.*, @extschema@.party_key(c.value, c.kind, c.default_country) AS key FROM c),
		w AS (
			SELECT w0.*
			FROM (%s) w0 (kind, key, written, reference, network, network_seizures, network_tally,
			              network_routes, last_seized, expires)
			WHERE w0.expires IS NULL OR w0.expires::pg_catalog.date OPERATOR(pg_catalog.>=) $2)
		SELECT ck.consignment, ck.field, ck.kind,
		       CASE WHEN ck.kind OPERATOR(pg_catalog.=) 'name' AND @extschema@.party_script(ck.value) IS NOT NULL
		             AND NOT @extschema@.party_script(ck.value) OPERATOR(pg_catalog.=)
		                     ANY (pg_catalog.string_to_array(w.written::pg_catalog.text, ','))
		            THEN 'a name across scripts' ELSE 'same key' END,
		       'own', w.reference::pg_catalog.text, w.network::pg_catalog.int8,
		       w.network_seizures::pg_catalog.text[], w.network_tally::@extschema@.quantity_tally,
		       w.network_routes::@extschema@.route[], w.last_seized::pg_catalog.date
		FROM ck JOIN w ON w.kind::pg_catalog.text OPERATOR(pg_catalog.=) ck.kind
		              AND w.key::pg_catalog.text OPERATOR(pg_catalog.=) ck.key
		%s
		ORDER BY 1, 2, 5, 6$q$,
		consignments_sql, watch_sql,
		CASE WHEN partner_sql IS NOT NULL THEN pg_catalog.format($p$
		UNION ALL
		SELECT ck.consignment, ck.field, ck.kind, 'pseudonym', 'partner', p.reference::pg_catalog.text,
		       NULL, NULL, NULL, NULL, NULL
		FROM ck
		JOIN (SELECT p0.* FROM (%s) p0 (kind, pseudonym, reference, expires)
		      WHERE p0.expires IS NULL OR p0.expires::pg_catalog.date OPERATOR(pg_catalog.>=) $2) p
		  ON p.kind::pg_catalog.text OPERATOR(pg_catalog.=) ck.kind
		 AND p.pseudonym::pg_catalog.text OPERATOR(pg_catalog.=) @extschema@.party_pseudonym(ck.key, ck.kind, $1)$p$,
		partner_sql)
		ELSE '' END)
	USING secret, as_of;
END
$$;
COMMENT ON FUNCTION @extschema@.screen(text, text, text, bytea, date) IS
	'screens consignments (consignment, field, kind, value, default_country) against a watch-list and, with the operation''s secret, a partner''s pseudonyms: one row per hit, saying which field matched which entry, how, and the network''s evidence';

-- ---------------------------------------------------------------------------
-- Plain-typed projections for BI tools: numeric kg, L and item counts, NULL
-- when a value holds no amount of that kind.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.mass_kg(q @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mass_kg(@extschema@.quantity) IS 'the amount in kg for a mass, else NULL';
CREATE FUNCTION @extschema@.volume_l(q @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_volume_l' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.volume_l(@extschema@.quantity) IS 'the amount in L for a volume, else NULL';
CREATE FUNCTION @extschema@.item_count(q @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_item_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.item_count(@extschema@.quantity) IS 'the number of items for a count (see unit()), else NULL';

CREATE FUNCTION @extschema@.mass_kg(t @extschema@.quantity_tally) RETURNS numeric
	AS 'MODULE_PATHNAME', 'tally_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mass_kg(@extschema@.quantity_tally) IS 'total mass in kg, measured and estimated, else NULL';
CREATE FUNCTION @extschema@.volume_l(t @extschema@.quantity_tally) RETURNS numeric
	AS 'MODULE_PATHNAME', 'tally_volume_l' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.volume_l(@extschema@.quantity_tally) IS 'total volume in L, measured and estimated, else NULL';
CREATE FUNCTION @extschema@.item_count(t @extschema@.quantity_tally, unit text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'tally_item_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.item_count(@extschema@.quantity_tally, text) IS 'total count of one count unit, else NULL';
CREATE FUNCTION @extschema@.has_estimate(t @extschema@.quantity_tally) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tally_has_estimate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.has_estimate(@extschema@.quantity_tally) IS 'true when any non-zero part is an estimate';

CREATE FUNCTION @extschema@.mass_kg(q @extschema@.quantity, basis text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mass_kg(@extschema@.quantity, text) IS 'the amount in kg for a mass of that weight basis (net, bulk, gross or unstated), else NULL';
CREATE FUNCTION @extschema@.mass_kg(t @extschema@.quantity_tally, basis text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'tally_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mass_kg(@extschema@.quantity_tally, text) IS 'total mass in kg of one weight basis (net, bulk, gross or unstated), measured and estimated, else NULL';

-- ---------------------------------------------------------------------------
-- reference data: the built-in substance catalog (docs/substances.md explains every choice)
-- unodc_group and unodc_subgroup are spelt as in UNODC's "Drug seizures
-- 2018-2022" so that they join to its DrugGroup and DrugSubGroup columns.
-- ---------------------------------------------------------------------------

INSERT INTO @extschema@.substance
	(key, name_en, name_ko, unodc_group, unodc_subgroup, kr_class, us_schedule, builtin)
SELECT v.*, true FROM (VALUES
	-- amphetamine-type stimulants
	('methamphetamine', 'Methamphetamine', '메트암페타민', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Methamphetamine', '향정신성의약품', 'II'),
	('amphetamine', 'Amphetamine', '암페타민', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Amphetamine', '향정신성의약품', 'II'),
	('methylphenidate', 'Methylphenidate', '메틸페니데이트', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', '향정신성의약품', 'II'),
	('phenmetrazine', 'Phenmetrazine', '펜메트라진', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', '향정신성의약품', 'II'),
	('phentermine', 'Phentermine', '펜터민', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', '향정신성의약품', 'IV'),
	('pyrovalerone', 'Pyrovalerone', '피로발레론', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', NULL, 'V'),
	('3_fea', '3-Fluoroethamphetamine (3-FEA)', NULL, 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', NULL, NULL),
	('4_fea', '4-Fluoroethamphetamine (4-FEA)', NULL, 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', NULL, NULL),
	('cathinone', 'Cathinone', '카티논', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	('methcathinone', 'Methcathinone', '메스케치논', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	('mephedrone', 'Mephedrone (4-MMC)', '메페드론', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	('mdpv', 'MDPV (3,4-methylenedioxypyrovalerone)', NULL, 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	-- "ecstasy"-type
	('mdma', 'MDMA', '엠디엠에이', '“Ecstasy”-type substances', '“Ecstasy”-type substances', '향정신성의약품', 'I'),
	('mda', 'MDA (tenamfetamine)', NULL, '“Ecstasy”-type substances', '“Ecstasy”-type substances', '향정신성의약품', 'I'),
	('mdea', 'MDEA', NULL, '“Ecstasy”-type substances', '“Ecstasy”-type substances', '향정신성의약품', 'I'),
	-- cannabis-type
	('cannabis_herb', 'Cannabis herb', '대마초', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis herb (marijuana)', '대마', 'I'),
	('cannabis_resin', 'Cannabis resin', '대마수지', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis resin (hashish)', '대마', 'I'),
	('cannabis_oil', 'Cannabis oil', '대마오일', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis oil', '대마', 'I'),
	('cannabis_plant', 'Cannabis plant', '대마 식물', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis plants', '대마', 'I'),
	('cannabis_seed', 'Cannabis seed', '대마 종자', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis seed', NULL, NULL),
	-- cocaine-type
	('cocaine', 'Cocaine', '코카인', 'Cocaine-type', 'Cocaine', '마약', 'II'),
	('coca_leaf', 'Coca leaf', '코카 잎', 'Cocaine-type', 'Coca-type', '마약', 'II'),
	('coca_bush', 'Coca bush', '코카 관목', 'Cocaine-type', 'Coca-type', NULL, NULL),
	-- opioids
	('heroin', 'Heroin', '헤로인', 'Opioids', 'Opiates', '마약', 'I'),
	('morphine', 'Morphine', '모르핀', 'Opioids', 'Opiates', '마약', 'II'),
	('opium', 'Opium', '아편', 'Opioids', 'Opiates', '마약', 'II'),
	('opium_poppy', 'Opium poppy', '양귀비', 'Opioids', 'Opiates', '마약', 'II'),
	('poppy_straw', 'Poppy straw', '앵속각', 'Opioids', 'Opiates', '마약', 'II'),
	('poppy_seed', 'Poppy seed', '양귀비 씨', 'Opioids', 'Opiates', NULL, NULL),
	('acetylated_opium', 'Acetylated opium', NULL, 'Opioids', 'Other illicit opiates', '마약', 'I'),
	('fentanyl', 'Fentanyl', '펜타닐', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('carfentanil', 'Carfentanil', '카르펜타닐', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('3_methylfentanyl', '3-Methylfentanyl', '3-메틸펜타닐', 'Opioids', 'Other illicit opioids', '마약', 'I'),
	('desomorphine', 'Desomorphine', '데소모르핀', 'Opioids', 'Other illicit opioids', '마약', 'I'),
	('u_47700', 'U-47700', NULL, 'Opioids', 'Pharmaceutical opioids', NULL, 'I'),
	('oxycodone', 'Oxycodone', '옥시코돈', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('hydrocodone', 'Hydrocodone', '히드로코돈', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('codeine', 'Codeine', '코데인', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('methadone', 'Methadone', '메타돈', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('buprenorphine', 'Buprenorphine', '부프레노르핀', 'Opioids', 'Pharmaceutical opioids', '향정신성의약품', 'III'),
	('tramadol', 'Tramadol', '트라마돌', 'Opioids', 'Pharmaceutical opioids', NULL, 'IV'),
	('naloxone', 'Naloxone', '날록손', 'Opioids', 'Pharmaceutical opioids', NULL, NULL),
	-- nitazenes (2-benzylbenzimidazole opioids), each with its own key and
	-- one key for the class as reports name it; U.S.: DEA Schedule I (21 CFR
	-- 1308.11: isotonitazene 2021; metonitazene, protonitazene 2022 as
	-- temporary orders); Korean class not stated (not verified here)
	('isotonitazene', 'Isotonitazene', '이소토니타젠', 'Opioids', 'Other illicit opioids', NULL, 'I'),
	('metonitazene', 'Metonitazene', '메토니타젠', 'Opioids', 'Other illicit opioids', NULL, 'I'),
	('protonitazene', 'Protonitazene', '프로토니타젠', 'Opioids', 'Other illicit opioids', NULL, 'I'),
	('nitazene', 'Nitazenes, unspecified', '니타젠', 'Opioids', 'Other illicit opioids', NULL, NULL),
	-- hallucinogens
	('lsd', 'LSD', '엘에스디', 'Hallucinogens', 'LSD', '향정신성의약품', 'I'),
	('psilocybin', 'Psilocybin', '사일로시빈', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('dmt', 'DMT (dimethyltryptamine)', '디메틸트립타민', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('mescaline', 'Mescaline', '메스칼린', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('pcp', 'Phencyclidine (PCP)', '펜사이클리딘', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'II'),
	('2c_b', '2C-B', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('25b_nbome', '25B-NBOMe', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('25c_nbome', '25C-NBOMe', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('dob', 'DOB (brolamfetamine)', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('dom', 'DOM (STP)', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	-- new psychoactive substances
	('ketamine', 'Ketamine', '케타민', 'NPS', 'Ketamine and phencyclidine-type substances', '향정신성의약품', 'III'),
	('synthetic_cannabinoid', 'Synthetic cannabinoids', '합성 칸나비노이드', 'NPS', 'Synthetic cannabinoids (Spice)', '향정신성의약품', 'I'),
	('khat', 'Khat', '카트', 'NPS', 'Plant-based NPS', '향정신성의약품', 'I'),
	('kratom', 'Kratom', '크라톰', 'NPS', 'Plant-based NPS', '향정신성의약품', NULL),
	('salvia_divinorum', 'Salvia divinorum', '살비아 디비노럼', 'NPS', 'Plant-based NPS', '향정신성의약품', NULL),
	('ayahuasca', 'Ayahuasca', '아야와스카', 'NPS', 'Plant-based NPS', '향정신성의약품', 'I'),
	('doc', 'DOC (2,5-dimethoxy-4-chloroamphetamine)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_fa', '4-Fluoroamphetamine (4-FA)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_fma', '4-Fluoromethamphetamine (4-FMA)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_ma', '4-Methylamphetamine (4-MA)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_mec', '4-MEC (4-methylethcathinone)', NULL, 'NPS', 'Synthetic cathinones', NULL, 'I'),
	('alpha_php', 'alpha-PHP', NULL, 'NPS', 'Synthetic cathinones', NULL, 'I'),
	('alpha_phpp', 'alpha-PHpP (PV8)', NULL, 'NPS', 'Synthetic cathinones', NULL, 'I'),
	('pentedrone', 'Pentedrone', '펜테드론', 'NPS', 'Synthetic cathinones', NULL, 'I'),
	-- sedatives and tranquillizers
	('alprazolam', 'Alprazolam', '알프라졸람', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('clonazepam', 'Clonazepam', '클로나제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('diazepam', 'Diazepam', '디아제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('lorazepam', 'Lorazepam', '로라제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('midazolam', 'Midazolam', '미다졸람', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('bromazepam', 'Bromazepam', '브로마제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('chlordiazepoxide', 'Chlordiazepoxide', '클로르디아제폭시드', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('estazolam', 'Estazolam', '에스타졸람', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('flunitrazepam', 'Flunitrazepam', '플루니트라제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('nimetazepam', 'Nimetazepam', '니메타제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('nitrazepam', 'Nitrazepam', '니트라제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('oxazepam', 'Oxazepam', '옥사제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('phenazepam', 'Phenazepam', '페나제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', NULL, NULL),
	('zopiclone', 'Zopiclone', '조피클론', 'Sedatives and tranquillizers', 'Other sedatives and tranquillizers', '향정신성의약품', NULL),
	-- zolpidem: 향정신성의약품 (마약류 관리에 관한 법률), U.S. Schedule IV (21 CFR 1308.14);
	-- propofol: 향정신성의약품 since 2011, not federally scheduled in the U.S.
	('zolpidem', 'Zolpidem', '졸피뎀', 'Sedatives and tranquillizers', 'Other sedatives and tranquillizers', '향정신성의약품', 'IV'),
	('propofol', 'Propofol', '프로포폴', 'Sedatives and tranquillizers', 'Other sedatives and tranquillizers', '향정신성의약품', NULL),
	-- xylazine: a veterinary sedative, not federally scheduled as of 2024
	-- (ONDCP designated fentanyl-adulterated xylazine an emerging threat,
	-- April 2023); not known to be controlled in Korea, so no Korean class;
	-- not under international control, so no UNODC group
	('xylazine', 'Xylazine', '자일라진', NULL, NULL, NULL, NULL),
	('methaqualone', 'Methaqualone', '메타콸론', 'Sedatives and tranquillizers', 'Methaqualone', '향정신성의약품', 'I'),
	('ghb', 'GHB (gamma-hydroxybutyric acid)', '지에이치비', 'Sedatives and tranquillizers', 'GBL/GHB', '향정신성의약품', 'I'),
	('gbl', 'GBL (gamma-butyrolactone)', '감마부티로락톤', 'Sedatives and tranquillizers', 'GBL/GHB', NULL, NULL),
	-- other
	('dextromethorphan', 'Dextromethorphan', '덱스트로메토르판', NULL, NULL, '향정신성의약품', NULL),
	('narcotic_pharmaceutical', 'Pharmaceuticals containing narcotics, unspecified', '마약류 함유 의약품', NULL, NULL, NULL, NULL),
	('alcohol', 'Alcohol', '알코올', 'Any other drugs/substances', 'Other miscellaneous', NULL, NULL),
	('caffeine', 'Caffeine', '카페인', 'Any other drugs/substances', 'Other miscellaneous', NULL, NULL),
	-- precursors
	('ephedrine', 'Ephedrine', '에페드린', 'Precursors', 'Precursors', NULL, NULL),
	('pseudoephedrine', 'Pseudoephedrine', '슈도에페드린', 'Precursors', 'Precursors', NULL, NULL),
	('p2p', 'Phenylacetone (P-2-P)', '페닐아세톤', 'Precursors', 'Precursors', NULL, 'II'),
	('pmk', '3,4-MDP-2-P (PMK)', NULL, 'Precursors', 'Precursors', NULL, NULL),
	('acetic_anhydride', 'Acetic anhydride', '무수초산', 'Precursors', 'Precursors', NULL, NULL),
	('acetone', 'Acetone', '아세톤', 'Precursors', 'Precursors', NULL, NULL),
	('hydrochloric_acid', 'Hydrochloric acid', '염산', 'Precursors', 'Precursors', NULL, NULL),
	('sulphuric_acid', 'Sulphuric acid', '황산', 'Precursors', 'Precursors', NULL, NULL),
	('potassium_permanganate', 'Potassium permanganate', '과망간산칼륨', 'Precursors', 'Precursors', NULL, NULL),
	('methylamine', 'Methylamine', '메틸아민', 'Precursors', 'Precursors', NULL, NULL)
) AS v;

-- aliases beyond each key, name_en and name_ko (which match by themselves)
INSERT INTO @extschema@.substance_alias (alias, lang, substance, confidence, builtin)
SELECT v.*, true FROM (VALUES
	-- methamphetamine (domain notes; "Yaba" is a UNODC label)
	('meth', 'en', 'methamphetamine', 0.9),
	('methamfetamine', 'en', 'methamphetamine', 1),
	('crystal meth', 'en', 'methamphetamine', 1),
	('crystal methamphetamine', 'en', 'methamphetamine', 1),
	('ice', 'en', 'methamphetamine', 0.8),
	('crystal', 'en', 'methamphetamine', 0.7),
	('glass', 'en', 'methamphetamine', 0.6),
	('shabu', 'en', 'methamphetamine', 0.9),
	('hiropon', 'en', 'methamphetamine', 0.9),
	('yaba', 'en', 'methamphetamine', 0.9),
	('필로폰', 'ko', 'methamphetamine', 1),
	('히로뽕', 'ko', 'methamphetamine', 1),
	('메스암페타민', 'ko', 'methamphetamine', 1),
	('아이스', 'ko', 'methamphetamine', 0.8),
	('야바', 'ko', 'methamphetamine', 0.9),
	('뽕', 'ko', 'methamphetamine', 0.5),
	-- amphetamine
	('amfetamine', 'en', 'amphetamine', 1),
	('speed', 'en', 'amphetamine', 0.7),
	('Captagon', 'en', 'amphetamine', 0.8),
	('캡타곤', 'ko', 'amphetamine', 0.8),
	('Adderall', 'en', 'amphetamine', 1),
	('Dexamfetamine', 'en', 'amphetamine', 1),
	('Dextroamphetamine', 'en', 'amphetamine', 1),
	('Dexedrine', 'en', 'amphetamine', 1),
	-- prescription stimulants and cathinones
	('Ritalin', 'en', 'methylphenidate', 1),
	('Concerta', 'en', 'methylphenidate', 1),
	('리탈린', 'ko', 'methylphenidate', 1),
	('콘서타', 'ko', 'methylphenidate', 1),
	('4-methylmethcathinone', 'en', 'mephedrone', 1),
	('4-MMC', 'en', 'mephedrone', 1),
	('3,4-Methylenedioxypyrovalerone', 'en', 'mdpv', 1),
	-- MDMA and relatives
	('3,4-methylenedioxymethamphetamine', 'en', 'mdma', 1),
	('ecstasy', 'en', 'mdma', 0.9),
	('molly', 'en', 'mdma', 0.9),
	('XTC', 'en', 'mdma', 0.9),
	('엑스터시', 'ko', 'mdma', 0.9),
	('엑스타시', 'ko', 'mdma', 0.9),
	('Tenamfetamine', 'en', 'mda', 1),
	('3,4-methylenedioxyamphetamine', 'en', 'mda', 1),
	-- cannabis
	('marijuana', 'en', 'cannabis_herb', 1),
	('marihuana', 'en', 'cannabis_herb', 1),
	('herbal cannabis', 'en', 'cannabis_herb', 1),
	('cannabis', 'en', 'cannabis_herb', 0.7),
	('weed', 'en', 'cannabis_herb', 0.9),
	('ganja', 'en', 'cannabis_herb', 0.9),
	('pot', 'en', 'cannabis_herb', 0.7),
	('대마', 'ko', 'cannabis_herb', 0.7),
	('마리화나', 'ko', 'cannabis_herb', 1),
	('떨', 'ko', 'cannabis_herb', 0.8),
	('hashish', 'en', 'cannabis_resin', 1),
	('hash', 'en', 'cannabis_resin', 0.9),
	('charas', 'en', 'cannabis_resin', 0.9),
	('해시시', 'ko', 'cannabis_resin', 1),
	('해쉬', 'ko', 'cannabis_resin', 0.9),
	('liquid marijuana', 'en', 'cannabis_oil', 1),
	-- a form that makes another cannabis product is a name of its own
	('marijuana oil', 'en', 'cannabis_oil', 1),
	('THC cartridge', 'en', 'cannabis_oil', 1),
	('THC vape cartridge', 'en', 'cannabis_oil', 1),
	('cannabis vape cartridge', 'en', 'cannabis_oil', 1),
	('marijuana vape cartridge', 'en', 'cannabis_oil', 1),
	('대마 카트리지', 'ko', 'cannabis_oil', 1),
	('liquid cannabis', 'en', 'cannabis_oil', 1),
	('hash oil', 'en', 'cannabis_oil', 1),
	('THC oil', 'en', 'cannabis_oil', 1),
	('THC vape liquid', 'en', 'cannabis_oil', 1),
	('액상대마', 'ko', 'cannabis_oil', 1),
	('대마 액상', 'ko', 'cannabis_oil', 1),
	('synthetic cannabinoids under international control', 'en', 'synthetic_cannabinoid', 1),
	('spice', 'en', 'synthetic_cannabinoid', 0.8),
	('K2', 'en', 'synthetic_cannabinoid', 0.7),
	('합성대마', 'ko', 'synthetic_cannabinoid', 1),
	('JWH-018', 'en', 'synthetic_cannabinoid', 1),
	('JWH-210', 'en', 'synthetic_cannabinoid', 1),
	('UR-144', 'en', 'synthetic_cannabinoid', 1),
	('AB-FUBINACA', 'en', 'synthetic_cannabinoid', 1),
	('ADB-CHMINACA', 'en', 'synthetic_cannabinoid', 1),
	('MDMB-CHMICA', 'en', 'synthetic_cannabinoid', 1),
	-- cocaine: every form of the alkaloid, as in UNODC's subgroup "Cocaine"
	('coke', 'en', 'cocaine', 0.9),
	('crack', 'en', 'cocaine', 0.9),
	('crack cocaine', 'en', 'cocaine', 1),
	('cocaine hydrochloride', 'en', 'cocaine', 1),
	('cocaine base', 'en', 'cocaine', 1),
	('coca paste', 'en', 'cocaine', 1),
	('Coca paste/refined cocaine base', 'en', 'cocaine', 1),
	('Other smokable forms of cocaine', 'en', 'cocaine', 1),
	('Non-specified cocaine', 'en', 'cocaine', 1),
	('basuco', 'en', 'cocaine', 1),
	('paco', 'en', 'cocaine', 1),
	('크랙', 'ko', 'cocaine', 0.9),
	-- opioids
	('smack', 'en', 'heroin', 0.8),
	('diacetylmorphine', 'en', 'heroin', 1),
	('diamorphine', 'en', 'heroin', 1),
	('Illicit morphine', 'en', 'morphine', 1),
	('fentanil', 'en', 'fentanyl', 1),
	('mefentanyl', 'en', '3_methylfentanyl', 1),
	('OxyContin', 'en', 'oxycodone', 1),
	('oxy', 'en', 'oxycodone', 0.8),
	-- xylazine (DEA and ONDCP reports; "tranq" is DEA's
	-- street name for xylazine, also said of fentanyl mixed with it)
	('tranq', 'en', 'xylazine', 0.8),
	('Rompun', 'en', 'xylazine', 1),
	('poppy plant', 'en', 'opium_poppy', 1),
	('Papaver somniferum', 'en', 'opium_poppy', 1),
	('양귀비 짚', 'ko', 'poppy_straw', 1),
	-- hallucinogens
	('Lysergic acid diethylamide', 'en', 'lsd', 1),
	('lysergide', 'en', 'lsd', 1),
	('acid', 'en', 'lsd', 0.7),
	('blotter', 'en', 'lsd', 0.6),
	('엘', 'ko', 'lsd', 0.5),
	('Psilocybine', 'en', 'psilocybin', 1),
	('magic mushrooms', 'en', 'psilocybin', 0.9),
	('shrooms', 'en', 'psilocybin', 0.9),
	('Mushrooms', 'en', 'psilocybin', 0.8),
	('실로시빈', 'ko', 'psilocybin', 1),
	('환각버섯', 'ko', 'psilocybin', 0.9),
	('Dimethyltryptamine', 'en', 'dmt', 1),
	('4-bromo-2,5-dimethoxyphenethylamine', 'en', '2c_b', 1),
	('Brolamfetamine', 'en', 'dob', 1),
	('STP', 'en', 'dom', 1),
	('2,5-dimethoxy-4-methylamphetamine', 'en', 'dom', 1),
	-- new psychoactive substances
	('special K', 'en', 'ketamine', 0.9),
	('K', 'en', 'ketamine', 0.5),
	('스페셜 K', 'ko', 'ketamine', 0.9),
	('qat', 'en', 'khat', 1),
	('Catha edulis', 'en', 'khat', 1),
	('miraa', 'en', 'khat', 1),
	('Mitragyna speciosa', 'en', 'kratom', 1),
	('2,5-Dimethoxy-4-chloroamphetamine', 'en', 'doc', 1),
	('4-methylethcathinone', 'en', '4_mec', 1),
	('Alpha-Pyrrolidinohexiophenone', 'en', 'alpha_php', 1),
	('PV8', 'en', 'alpha_phpp', 1),
	-- sedatives and tranquillizers
	('Xanax', 'en', 'alprazolam', 1),
	('자낙스', 'ko', 'alprazolam', 1),
	('Rivotril', 'en', 'clonazepam', 1),
	('Klonopin', 'en', 'clonazepam', 1),
	('리보트릴', 'ko', 'clonazepam', 1),
	('Valium', 'en', 'diazepam', 1),
	('Rohypnol', 'en', 'flunitrazepam', 1),
	('Gamma-Hydroxybutyric acid', 'en', 'ghb', 1),
	('물뽕', 'ko', 'ghb', 0.9),
	('Gamma-Butyrolactone', 'en', 'gbl', 1),
	('Ambien', 'en', 'zolpidem', 1),
	('Stilnox', 'en', 'zolpidem', 1),
	('스틸녹스', 'ko', 'zolpidem', 1),
	('Diprivan', 'en', 'propofol', 1),
	('우유주사', 'ko', 'propofol', 0.9),
	-- other
	('DXM', 'en', 'dextromethorphan', 1),
	('러미라', 'ko', 'dextromethorphan', 1),
	('pharmaceuticals containing narcotics', 'en', 'narcotic_pharmaceutical', 1),
	('illegal pharmaceuticals containing narcotics', 'en', 'narcotic_pharmaceutical', 1),
	('마약류 의약품', 'ko', 'narcotic_pharmaceutical', 1),
	('ethanol', 'en', 'alcohol', 1),
	-- precursors
	('3,4-Methylenedioxyphenyl-2-propanone', 'en', 'pmk', 1),
	('sulfuric acid', 'en', 'sulphuric_acid', 1)
) AS v;

-- factors whose source can be named (docs/substances.md)
INSERT INTO @extschema@.conversion_factor (substance, unit, grams_per_unit, basis, source, builtin)
VALUES
	('methamphetamine', 'dose', 0.03, 'net',
	 'Korea Customs Service: 0.03 g of methamphetamine per dose (1회 투약량), the figure KCS uses to state seizures as numbers of doses.',
	 true),
	('narcotic_pharmaceutical', 'tablet', 2.5880661394680086, 'gross',
	 'Derived from the Korea Customs Service press release on the Korea-U.S. joint operation "Silent Sweeper II": seizures "totaling 31.4 kg" less the drugs named by weight (18.5 kg liquid marijuana + 4.7 kg methamphetamine + 1 kg ketamine = 24.2 kg) leave 7.2 kg for 2,782 tablets of pharmaceuticals containing narcotics: 7200 g / 2782 = 2.5880661394680086 g per tablet, gross (packaging included).',
	 true);

-- dose standards whose source can be named (docs/substances.md, "Doses")
INSERT INTO @extschema@.dose_standard (standard, substance, grams_per_dose, measures, source, builtin)
VALUES
	('kcs', NULL, 0.03, 'use',
	 'Korea Customs Service press releases state a seizure as the number of people it could dose at once ("동시에 N명이 투약할 수 있는 양"), at 0.03 g per dose (1회 투약량) whatever the drug.',
	 true),
	('dea_lethal', 'fentanyl', 0.002, 'lethal',
	 'U.S. Drug Enforcement Administration, "Facts about Fentanyl" and "One Pill Can Kill": 2 milligrams of fentanyl is considered a potentially lethal dose; DEA states fentanyl seizures as potentially lethal doses.',
	 true);

-- ---------------------------------------------------------------------------
-- One catalog for a Citus cluster (docs/citus.md).  Every node reads its
-- own copy of the three tables.  After catalog_sync_setup() on the
-- coordinator, each statement that changes them there writes a snapshot of
-- all three into a Citus reference table; Citus writes it to every node in
-- the same distributed transaction, and a trigger there makes that node's
-- tables equal to it.  Without Citus nothing of this runs.
-- ---------------------------------------------------------------------------

-- ---------------------------------------------------------------------------
-- catalog_sync: one substance catalog for a Citus cluster (docs/citus.md)
--
-- Kept apart from the domain API, last in the script: a single server never
-- calls these; the guard triggers let every change through where there is
-- no Citus.
-- ---------------------------------------------------------------------------

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
CREATE TRIGGER dose_standard_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON @extschema@.dose_standard FOR EACH STATEMENT
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
									   FROM @extschema@.conversion_factor f), '[]'),
		'dose_standard', coalesce((SELECT jsonb_agg(to_jsonb(d) ORDER BY d.standard, d.substance, d.builtin)
								   FROM @extschema@.dose_standard d), '[]'))
$$;
COMMENT ON FUNCTION @extschema@.catalog_snapshot() IS
	'the substance catalog (substance, substance_alias, conversion_factor, dose_standard) as one jsonb value, rows in key order';

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
	-- a snapshot taken before 0.3.0 has no dose standards: they stay
	IF snapshot ? 'dose_standard' THEN
		DELETE FROM @extschema@.dose_standard d WHERE NOT EXISTS (
			SELECT FROM jsonb_populate_recordset(NULL::@extschema@.dose_standard, snapshot->'dose_standard') n
			WHERE n IS NOT DISTINCT FROM d);
		INSERT INTO @extschema@.dose_standard
		SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.dose_standard, snapshot->'dose_standard') n
		WHERE NOT EXISTS (SELECT FROM @extschema@.dose_standard d WHERE d IS NOT DISTINCT FROM n);
	END IF;
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
		-- a cluster set up before 0.3.0 shares its dose standards from now on
		IF NOT EXISTS (SELECT FROM pg_trigger WHERE tgname = 'dose_standard_sync_push'
					   AND tgrelid = '@extschema@.dose_standard'::regclass) THEN
			CREATE TRIGGER dose_standard_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
				ON @extschema@.dose_standard FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
		END IF;
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
	CREATE TRIGGER dose_standard_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.dose_standard FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	RETURN 'catalog sent to every node; change it on the coordinator only';
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_sync_setup() IS
	'on a Citus coordinator: one substance catalog for the cluster, every change sent to every node in its transaction; run again after citus_add_node, it sends the catalog to the new node';

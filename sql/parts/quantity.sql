
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


-- ---------------------------------------------------------------------------
-- quantity: an exact amount of a substance with its unit
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.quantity;

CREATE FUNCTION @extschema@.quantity_in(cstring, oid, integer) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_out(@extschema@.quantity) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_recv(internal, oid, integer) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_send(@extschema@.quantity) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_typmod_in(cstring[]) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_typmod_out(integer) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

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
	'exact amount with a unit: mass (mg g kg t lb oz), volume (mL L) or a count (tablets, doses ...); ~ marks an estimate';

-- typmod coercion: quantity(mass), quantity(volume), quantity(count)
CREATE FUNCTION @extschema@.quantity(@extschema@.quantity, integer, boolean) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_enforce_typmod' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.quantity AS @extschema@.quantity)
	WITH FUNCTION @extschema@.quantity(@extschema@.quantity, integer, boolean) AS IMPLICIT;

-- constructors and accessors
CREATE FUNCTION @extschema@.quantity(numeric, text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_from_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantity(numeric, text) IS 'quantity from an amount and a unit name';

CREATE FUNCTION @extschema@.value(@extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.quantity) IS 'amount in the quantity''s own unit';

CREATE FUNCTION @extschema@.value(@extschema@.quantity, text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_value_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.quantity, text) IS 'amount converted to the given unit of the same kind';

CREATE FUNCTION @extschema@.unit(@extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.unit(@extschema@.quantity) IS 'canonical unit, singular: kg, mL, tablet';

CREATE FUNCTION @extschema@.dimension(@extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_dimension' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dimension(@extschema@.quantity) IS 'mass, volume or count';

CREATE FUNCTION @extschema@.kind(@extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kind(@extschema@.quantity) IS 'what adds up with what: mass, volume, or the count unit (tablet, dose ...)';

CREATE FUNCTION @extschema@.to_unit(@extschema@.quantity, text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_to_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_unit(@extschema@.quantity, text) IS 'the same amount written in another unit of its kind';

CREATE FUNCTION @extschema@.is_estimate(@extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME', 'quantity_is_estimate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_estimate(@extschema@.quantity) IS 'true for an estimate (~), false for a measurement';

CREATE FUNCTION @extschema@.basis(@extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_basis' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.basis(@extschema@.quantity) IS 'the weight basis of a mass: net, bulk or gross; NULL when unstated (and for volumes and counts)';

CREATE FUNCTION @extschema@.with_basis(@extschema@.quantity, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_with_basis' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.with_basis(@extschema@.quantity, text) IS 'the same mass with its weight basis set (net, bulk, gross; unstated or NULL to clear it)';

CREATE FUNCTION @extschema@.as_estimate(@extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_as_estimate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.as_estimate(@extschema@.quantity) IS 'the same amount marked as an estimate';

CREATE FUNCTION @extschema@.as_measured(@extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_as_measured' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.as_measured(@extschema@.quantity) IS 'the same amount marked as a measurement';

-- comparison
CREATE FUNCTION @extschema@.quantity_lt(@extschema@.quantity, @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_le(@extschema@.quantity, @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_eq(@extschema@.quantity, @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_ne(@extschema@.quantity, @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_ge(@extschema@.quantity, @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_gt(@extschema@.quantity, @extschema@.quantity) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_hash(@extschema@.quantity) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_hash_extended(@extschema@.quantity, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_smaller(@extschema@.quantity, @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_larger(@extschema@.quantity, @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel);

CREATE OPERATOR CLASS @extschema@.quantity_ops
	DEFAULT FOR TYPE @extschema@.quantity USING btree AS
		OPERATOR 1 @extschema@.<,
		OPERATOR 2 @extschema@.<=,
		OPERATOR 3 @extschema@.=,
		OPERATOR 4 @extschema@.>=,
		OPERATOR 5 @extschema@.>,
		FUNCTION 1 @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity),
		FUNCTION 2 @extschema@.quantity_sortsupport(internal);

CREATE OPERATOR CLASS @extschema@.quantity_hash_ops
	DEFAULT FOR TYPE @extschema@.quantity USING hash AS
		OPERATOR 1 @extschema@.=,
		FUNCTION 1 @extschema@.quantity_hash(@extschema@.quantity),
		FUNCTION 2 @extschema@.quantity_hash_extended(@extschema@.quantity, bigint);

-- arithmetic within a kind
CREATE FUNCTION @extschema@.quantity_add(@extschema@.quantity, @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_sub(@extschema@.quantity, @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_neg(@extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_mul_numeric(@extschema@.quantity, numeric) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.numeric_mul_quantity(numeric, @extschema@.quantity) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_div_numeric(@extschema@.quantity, numeric) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_div_quantity(@extschema@.quantity, @extschema@.quantity) RETURNS numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
	FUNCTION = @extschema@.quantity_add, COMMUTATOR = OPERATOR(@extschema@.+));
CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_sub);
CREATE OPERATOR @extschema@.- (
	RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_neg);
CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.quantity, RIGHTARG = numeric,
	FUNCTION = @extschema@.quantity_mul_numeric, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@.* (
	LEFTARG = numeric, RIGHTARG = @extschema@.quantity,
	FUNCTION = @extschema@.numeric_mul_quantity, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.quantity, RIGHTARG = numeric, FUNCTION = @extschema@.quantity_div_numeric);
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity, FUNCTION = @extschema@.quantity_div_quantity);


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

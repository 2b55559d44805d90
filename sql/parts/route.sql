
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

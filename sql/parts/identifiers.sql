
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

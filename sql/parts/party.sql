
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

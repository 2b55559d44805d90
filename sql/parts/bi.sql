
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

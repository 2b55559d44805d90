-- seizure 0.1.0 -> 0.2.0
--
-- Every change to the catalog since 0.1.0, one section per concept.  The
-- result must equal a fresh install of 0.2.0 (test/extra/upgrade_path.sh),
-- and values stored under 0.1.0 must read back identical.

\echo Use "ALTER EXTENSION seizure UPDATE TO '0.2.0'" to load this file. \quit

-- Weight basis of a mass (net, bulk, gross): accessors, part() and the BI
-- projections by basis.  Stored values are unchanged: 0.1.0 never set the
-- basis bits, so every stored mass reads as unstated.

CREATE FUNCTION @extschema@.basis(@extschema@.quantity) RETURNS text
	AS 'MODULE_PATHNAME', 'quantity_basis' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.basis(@extschema@.quantity) IS 'the weight basis of a mass: net, bulk or gross; NULL when unstated (and for volumes and counts)';

CREATE FUNCTION @extschema@.with_basis(@extschema@.quantity, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'quantity_with_basis' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.with_basis(@extschema@.quantity, text) IS 'the same mass with its weight basis set (net, bulk, gross; unstated or NULL to clear it)';

CREATE FUNCTION @extschema@.part(@extschema@.quantity_tally, text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'tally_part' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.part(@extschema@.quantity_tally, text, text) IS
	'total of one kind and weight basis (net, bulk, gross or unstated), measured and estimated together; NULL when absent';

CREATE FUNCTION @extschema@.mass_kg(@extschema@.quantity, basis text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'quantity_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mass_kg(@extschema@.quantity, text) IS 'the amount in kg for a mass of that weight basis (net, bulk, gross or unstated), else NULL';
CREATE FUNCTION @extschema@.mass_kg(@extschema@.quantity_tally, basis text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'tally_mass_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mass_kg(@extschema@.quantity_tally, text) IS 'total mass in kg of one weight basis (net, bulk, gross or unstated), measured and estimated, else NULL';

-- ---------------------------------------------------------------------------
-- parties: phone keys across borders (every country code, every international
-- and carrier prefix, NULL when a number reads two ways) and Korean names
-- across scripts.  The functions are unchanged; their descriptions say so.
-- ---------------------------------------------------------------------------
COMMENT ON FUNCTION @extschema@.normalize_party(text, text) IS
	'matching key for a party: kind phone (E.164, international form only; NULL when unsure), email, name (a Korean name, in Hangul or romanized, as Hangul) or address; NULL if nothing is left to match';
COMMENT ON FUNCTION @extschema@.normalize_party(text, text, text) IS
	'telephone number to E.164, reading national numbers and international prefixes as those of default_country (ISO 3166-1 alpha-2); NULL if not a number or if it reads two ways';
COMMENT ON FUNCTION @extschema@.party_phone_countries() IS
	'numbering plans normalize_party knows: countries usable as default_country, with their trunk, international and carrier prefixes and number lengths';

-- Every operator and cast has a comment.
COMMENT ON OPERATOR @extschema@.< (@extschema@.quantity, @extschema@.quantity) IS 'less than, in the total order: kind, amount across units, basis, measured before estimated';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.quantity, @extschema@.quantity) IS 'less than or equal, in the total order of quantities';
COMMENT ON OPERATOR @extschema@.= (@extschema@.quantity, @extschema@.quantity) IS 'equal: same kind, amount (across units), basis and estimate mark';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.quantity, @extschema@.quantity) IS 'not equal';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.quantity, @extschema@.quantity) IS 'greater than or equal, in the total order of quantities';
COMMENT ON OPERATOR @extschema@.> (@extschema@.quantity, @extschema@.quantity) IS 'greater than, in the total order of quantities';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity, @extschema@.quantity) IS 'exact sum of two quantities of one kind and basis (22000 otherwise)';
COMMENT ON OPERATOR @extschema@.- (@extschema@.quantity, @extschema@.quantity) IS 'exact difference of two quantities of one kind and basis (22000 otherwise)';
COMMENT ON OPERATOR @extschema@.- (NONE, @extschema@.quantity) IS 'negation, unit and marks kept';
COMMENT ON OPERATOR @extschema@.* (@extschema@.quantity, numeric) IS 'a quantity scaled by a number, rounded half to even to one step';
COMMENT ON OPERATOR @extschema@.* (numeric, @extschema@.quantity) IS 'a quantity scaled by a number, rounded half to even to one step';
COMMENT ON OPERATOR @extschema@./ (@extschema@.quantity, numeric) IS 'a quantity divided by a number, rounded half to even to one step (22012 for zero)';
COMMENT ON OPERATOR @extschema@./ (@extschema@.quantity, @extschema@.quantity) IS 'the ratio of two quantities of one kind, as numeric';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'two tallies added part by part';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity_tally, @extschema@.quantity) IS 'a quantity added into its part of a tally';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.quantity, @extschema@.quantity_tally) IS 'a quantity added into its part of a tally';
COMMENT ON OPERATOR @extschema@.= (@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'same parts with the same amounts';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.quantity_tally, @extschema@.quantity_tally) IS 'not the same parts or amounts';
COMMENT ON OPERATOR @extschema@.= (@extschema@.route, @extschema@.route) IS 'the same route';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.route, @extschema@.route) IS 'not the same route';
COMMENT ON OPERATOR @extschema@.< (@extschema@.route, @extschema@.route) IS 'less than, in the routes'' fixed order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.route, @extschema@.route) IS 'less than or equal, in the routes'' fixed order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.route, @extschema@.route) IS 'greater than, in the routes'' fixed order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.route, @extschema@.route) IS 'greater than or equal, in the routes'' fixed order';
COMMENT ON CAST (@extschema@.quantity AS @extschema@.quantity) IS 'applies a type modifier: quantity(mass), quantity(volume) or quantity(count) (22023 for another dimension)';
COMMENT ON CAST (@extschema@.quantity AS @extschema@.quantity_tally) IS 'a tally of one quantity';

-- ---------------------------------------------------------------------------
-- Units: micrograms and the count units bag, bottle,
-- cartridge, cigarette, dosage unit, packet and patch are read by the library;
-- the catalog changes only where it names units.
-- ---------------------------------------------------------------------------
COMMENT ON TYPE @extschema@.quantity IS
	'exact amount with a unit: mass (mcg mg g kg t lb oz), volume (mL L) or a count (tablets, doses, blotters, bottles ...); ~ marks an estimate';
-- conversion factors may be given for the new count units
ALTER TABLE @extschema@.conversion_factor DROP CONSTRAINT conversion_factor_unit_check;
ALTER TABLE @extschema@.conversion_factor ADD CONSTRAINT conversion_factor_unit_check
	CHECK (unit IN ('L', 'ampoule', 'bag', 'blotter', 'bottle', 'capsule',
					'cartridge', 'cigarette', 'dosage unit', 'dose', 'packet',
					'patch', 'piece', 'plant', 'seed', 'tablet', 'vial'));

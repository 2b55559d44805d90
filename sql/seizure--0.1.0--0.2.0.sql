-- seizure 0.1.0 -> 0.2.0
--
-- Every change to the catalog since 0.1.0, one section per concept.  The
-- result must equal a fresh install of 0.2.0 (test/extra/upgrade_path.sh),
-- and values stored under 0.1.0 must read back identical.

\echo Use "ALTER EXTENSION seizure UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------
-- Units (issue 11, item 1): micrograms and the count units bag, bottle,
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


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

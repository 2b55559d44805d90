
-- ---------------------------------------------------------------------------
-- substances: canonical names, aliases, classifications, conversion factors
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.substance_fold(text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.substance_fold(text) IS
	'a name folded for alias matching: bracketed qualifiers, case, spacing, punctuation and plural -s removed, whatever the locale';

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
	unit text NOT NULL CHECK (unit IN ('L', 'ampoule', 'bag', 'blotter', 'bottle', 'capsule',
									   'cartridge', 'cigarette', 'dosage unit', 'dose', 'packet',
									   'patch', 'piece', 'plant', 'seed', 'tablet', 'vial')),
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

-- lookups, served from a per-backend cache of the three tables
CREATE FUNCTION @extschema@.normalize_substance(text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.normalize_substance(text) IS
	'canonical substance key of a name, alias or report label; NULL when unknown';

CREATE FUNCTION @extschema@.substance_match(text, OUT substance text, OUT confidence numeric, OUT matched text)
	RETURNS record
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.substance_match(text) IS
	'audit of normalize_substance: the substance, how sure the match is, and the alias that matched';

CREATE FUNCTION @extschema@.substance_group(text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.substance_group(text) IS
	'UNODC drug group of a substance name; NULL when the name or its group is unknown';

CREATE FUNCTION @extschema@.kr_class(text) RETURNS text
	AS 'MODULE_PATHNAME', 'substance_kr_class' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kr_class(text) IS
	'Korean class (마약, 향정신성의약품, 대마) of a substance name; NULL when unknown or none';

CREATE FUNCTION @extschema@.to_mass(@extschema@.quantity, text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_to_mass' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_mass(@extschema@.quantity, text) IS
	'a mass unchanged; a volume or count converted to an estimated mass by the substance''s factor (net, then bulk, then gross), liquids at 1 kg/L by default';

CREATE FUNCTION @extschema@.to_mass(@extschema@.quantity, text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_to_mass_basis' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_mass(@extschema@.quantity, text, text) IS
	'to_mass with the factor''s basis chosen: net, bulk or gross';

CREATE FUNCTION @extschema@.to_mass(@extschema@.quantity_tally, text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_tally_to_mass' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_mass(@extschema@.quantity_tally, text) IS
	'a tally folded to one mass in kg: volumes and counts converted as to_mass(quantity, substance) does';
CREATE FUNCTION @extschema@.to_mass(@extschema@.quantity_tally, text, basis text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_tally_to_mass_basis' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_mass(@extschema@.quantity_tally, text, text) IS
	'to_mass of a tally with the factors'' basis chosen: net, bulk or gross';

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

-- ---------------------------------------------------------------------------
-- built-in catalog (docs/substances.md explains every choice)
-- unodc_group and unodc_subgroup are spelt as in UNODC's "Drug seizures
-- 2018-2022" so that they join to its DrugGroup and DrugSubGroup columns.
-- ---------------------------------------------------------------------------

INSERT INTO @extschema@.substance
	(key, name_en, name_ko, unodc_group, unodc_subgroup, kr_class, us_schedule, builtin)
SELECT v.*, true FROM (VALUES
	-- amphetamine-type stimulants
	('methamphetamine', 'Methamphetamine', '메트암페타민', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Methamphetamine', '향정신성의약품', 'II'),
	('amphetamine', 'Amphetamine', '암페타민', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Amphetamine', '향정신성의약품', 'II'),
	('methylphenidate', 'Methylphenidate', '메틸페니데이트', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', '향정신성의약품', 'II'),
	('phenmetrazine', 'Phenmetrazine', '펜메트라진', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', '향정신성의약품', 'II'),
	('phentermine', 'Phentermine', '펜터민', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', '향정신성의약품', 'IV'),
	('pyrovalerone', 'Pyrovalerone', '피로발레론', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', NULL, 'V'),
	('3_fea', '3-Fluoroethamphetamine (3-FEA)', NULL, 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', NULL, NULL),
	('4_fea', '4-Fluoroethamphetamine (4-FEA)', NULL, 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', NULL, NULL),
	('cathinone', 'Cathinone', '카티논', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	('methcathinone', 'Methcathinone', '메스케치논', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	('mephedrone', 'Mephedrone (4-MMC)', '메페드론', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	('mdpv', 'MDPV (3,4-methylenedioxypyrovalerone)', NULL, 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	-- "ecstasy"-type
	('mdma', 'MDMA', '엠디엠에이', '“Ecstasy”-type substances', '“Ecstasy”-type substances', '향정신성의약품', 'I'),
	('mda', 'MDA (tenamfetamine)', NULL, '“Ecstasy”-type substances', '“Ecstasy”-type substances', '향정신성의약품', 'I'),
	('mdea', 'MDEA', NULL, '“Ecstasy”-type substances', '“Ecstasy”-type substances', '향정신성의약품', 'I'),
	-- cannabis-type
	('cannabis_herb', 'Cannabis herb', '대마초', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis herb (marijuana)', '대마', 'I'),
	('cannabis_resin', 'Cannabis resin', '대마수지', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis resin (hashish)', '대마', 'I'),
	('cannabis_oil', 'Cannabis oil', '대마오일', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis oil', '대마', 'I'),
	('cannabis_plant', 'Cannabis plant', '대마 식물', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis plants', '대마', 'I'),
	('cannabis_seed', 'Cannabis seed', '대마 종자', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis seed', NULL, NULL),
	-- cocaine-type
	('cocaine', 'Cocaine', '코카인', 'Cocaine-type', 'Cocaine', '마약', 'II'),
	('coca_leaf', 'Coca leaf', '코카 잎', 'Cocaine-type', 'Coca-type', '마약', 'II'),
	('coca_bush', 'Coca bush', '코카 관목', 'Cocaine-type', 'Coca-type', NULL, NULL),
	-- opioids
	('heroin', 'Heroin', '헤로인', 'Opioids', 'Opiates', '마약', 'I'),
	('morphine', 'Morphine', '모르핀', 'Opioids', 'Opiates', '마약', 'II'),
	('opium', 'Opium', '아편', 'Opioids', 'Opiates', '마약', 'II'),
	('opium_poppy', 'Opium poppy', '양귀비', 'Opioids', 'Opiates', '마약', 'II'),
	('poppy_straw', 'Poppy straw', '앵속각', 'Opioids', 'Opiates', '마약', 'II'),
	('poppy_seed', 'Poppy seed', '양귀비 씨', 'Opioids', 'Opiates', NULL, NULL),
	('acetylated_opium', 'Acetylated opium', NULL, 'Opioids', 'Other illicit opiates', '마약', 'I'),
	('fentanyl', 'Fentanyl', '펜타닐', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('carfentanil', 'Carfentanil', '카르펜타닐', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('3_methylfentanyl', '3-Methylfentanyl', '3-메틸펜타닐', 'Opioids', 'Other illicit opioids', '마약', 'I'),
	('desomorphine', 'Desomorphine', '데소모르핀', 'Opioids', 'Other illicit opioids', '마약', 'I'),
	('u_47700', 'U-47700', NULL, 'Opioids', 'Pharmaceutical opioids', NULL, 'I'),
	('oxycodone', 'Oxycodone', '옥시코돈', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('hydrocodone', 'Hydrocodone', '히드로코돈', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('codeine', 'Codeine', '코데인', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('methadone', 'Methadone', '메타돈', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('buprenorphine', 'Buprenorphine', '부프레노르핀', 'Opioids', 'Pharmaceutical opioids', '향정신성의약품', 'III'),
	('tramadol', 'Tramadol', '트라마돌', 'Opioids', 'Pharmaceutical opioids', NULL, 'IV'),
	('naloxone', 'Naloxone', '날록손', 'Opioids', 'Pharmaceutical opioids', NULL, NULL),
	-- hallucinogens
	('lsd', 'LSD', '엘에스디', 'Hallucinogens', 'LSD', '향정신성의약품', 'I'),
	('psilocybin', 'Psilocybin', '사일로시빈', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('dmt', 'DMT (dimethyltryptamine)', '디메틸트립타민', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('mescaline', 'Mescaline', '메스칼린', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('pcp', 'Phencyclidine (PCP)', '펜사이클리딘', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'II'),
	('2c_b', '2C-B', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('25b_nbome', '25B-NBOMe', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('25c_nbome', '25C-NBOMe', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('dob', 'DOB (brolamfetamine)', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('dom', 'DOM (STP)', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	-- new psychoactive substances
	('ketamine', 'Ketamine', '케타민', 'NPS', 'Ketamine and phencyclidine-type substances', '향정신성의약품', 'III'),
	('synthetic_cannabinoid', 'Synthetic cannabinoids', '합성 칸나비노이드', 'NPS', 'Synthetic cannabinoids (Spice)', '향정신성의약품', 'I'),
	('khat', 'Khat', '카트', 'NPS', 'Plant-based NPS', '향정신성의약품', 'I'),
	('kratom', 'Kratom', '크라톰', 'NPS', 'Plant-based NPS', '향정신성의약품', NULL),
	('salvia_divinorum', 'Salvia divinorum', '살비아 디비노럼', 'NPS', 'Plant-based NPS', '향정신성의약품', NULL),
	('ayahuasca', 'Ayahuasca', '아야와스카', 'NPS', 'Plant-based NPS', '향정신성의약품', 'I'),
	('doc', 'DOC (2,5-dimethoxy-4-chloroamphetamine)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_fa', '4-Fluoroamphetamine (4-FA)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_fma', '4-Fluoromethamphetamine (4-FMA)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_ma', '4-Methylamphetamine (4-MA)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_mec', '4-MEC (4-methylethcathinone)', NULL, 'NPS', 'Synthetic cathinones', NULL, 'I'),
	('alpha_php', 'alpha-PHP', NULL, 'NPS', 'Synthetic cathinones', NULL, 'I'),
	('alpha_phpp', 'alpha-PHpP (PV8)', NULL, 'NPS', 'Synthetic cathinones', NULL, 'I'),
	('pentedrone', 'Pentedrone', '펜테드론', 'NPS', 'Synthetic cathinones', NULL, 'I'),
	-- sedatives and tranquillizers
	('alprazolam', 'Alprazolam', '알프라졸람', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('clonazepam', 'Clonazepam', '클로나제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('diazepam', 'Diazepam', '디아제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('lorazepam', 'Lorazepam', '로라제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('midazolam', 'Midazolam', '미다졸람', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('bromazepam', 'Bromazepam', '브로마제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('chlordiazepoxide', 'Chlordiazepoxide', '클로르디아제폭시드', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('estazolam', 'Estazolam', '에스타졸람', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('flunitrazepam', 'Flunitrazepam', '플루니트라제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('nimetazepam', 'Nimetazepam', '니메타제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('nitrazepam', 'Nitrazepam', '니트라제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('oxazepam', 'Oxazepam', '옥사제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('phenazepam', 'Phenazepam', '페나제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', NULL, NULL),
	('zopiclone', 'Zopiclone', '조피클론', 'Sedatives and tranquillizers', 'Other sedatives and tranquillizers', '향정신성의약품', NULL),
	('methaqualone', 'Methaqualone', '메타콸론', 'Sedatives and tranquillizers', 'Methaqualone', '향정신성의약품', 'I'),
	('ghb', 'GHB (gamma-hydroxybutyric acid)', '지에이치비', 'Sedatives and tranquillizers', 'GBL/GHB', '향정신성의약품', 'I'),
	('gbl', 'GBL (gamma-butyrolactone)', '감마부티로락톤', 'Sedatives and tranquillizers', 'GBL/GHB', NULL, NULL),
	-- other
	('dextromethorphan', 'Dextromethorphan', '덱스트로메토르판', NULL, NULL, '향정신성의약품', NULL),
	('narcotic_pharmaceutical', 'Pharmaceuticals containing narcotics, unspecified', '마약류 함유 의약품', NULL, NULL, NULL, NULL),
	('alcohol', 'Alcohol', '알코올', 'Any other drugs/substances', 'Other miscellaneous', NULL, NULL),
	('caffeine', 'Caffeine', '카페인', 'Any other drugs/substances', 'Other miscellaneous', NULL, NULL),
	-- precursors
	('ephedrine', 'Ephedrine', '에페드린', 'Precursors', 'Precursors', NULL, NULL),
	('pseudoephedrine', 'Pseudoephedrine', '슈도에페드린', 'Precursors', 'Precursors', NULL, NULL),
	('p2p', 'Phenylacetone (P-2-P)', '페닐아세톤', 'Precursors', 'Precursors', NULL, 'II'),
	('pmk', '3,4-MDP-2-P (PMK)', NULL, 'Precursors', 'Precursors', NULL, NULL),
	('acetic_anhydride', 'Acetic anhydride', '무수초산', 'Precursors', 'Precursors', NULL, NULL),
	('acetone', 'Acetone', '아세톤', 'Precursors', 'Precursors', NULL, NULL),
	('hydrochloric_acid', 'Hydrochloric acid', '염산', 'Precursors', 'Precursors', NULL, NULL),
	('sulphuric_acid', 'Sulphuric acid', '황산', 'Precursors', 'Precursors', NULL, NULL),
	('potassium_permanganate', 'Potassium permanganate', '과망간산칼륨', 'Precursors', 'Precursors', NULL, NULL),
	('methylamine', 'Methylamine', '메틸아민', 'Precursors', 'Precursors', NULL, NULL)
) AS v;

-- aliases beyond each key, name_en and name_ko (which match by themselves)
INSERT INTO @extschema@.substance_alias (alias, lang, substance, confidence, builtin)
SELECT v.*, true FROM (VALUES
	-- methamphetamine (domain notes; "Yaba" is a UNODC label)
	('meth', 'en', 'methamphetamine', 0.9),
	('methamfetamine', 'en', 'methamphetamine', 1),
	('crystal meth', 'en', 'methamphetamine', 1),
	('crystal methamphetamine', 'en', 'methamphetamine', 1),
	('ice', 'en', 'methamphetamine', 0.8),
	('crystal', 'en', 'methamphetamine', 0.7),
	('glass', 'en', 'methamphetamine', 0.6),
	('shabu', 'en', 'methamphetamine', 0.9),
	('hiropon', 'en', 'methamphetamine', 0.9),
	('yaba', 'en', 'methamphetamine', 0.9),
	('필로폰', 'ko', 'methamphetamine', 1),
	('히로뽕', 'ko', 'methamphetamine', 1),
	('메스암페타민', 'ko', 'methamphetamine', 1),
	('아이스', 'ko', 'methamphetamine', 0.8),
	('야바', 'ko', 'methamphetamine', 0.9),
	('뽕', 'ko', 'methamphetamine', 0.5),
	-- amphetamine
	('amfetamine', 'en', 'amphetamine', 1),
	('speed', 'en', 'amphetamine', 0.7),
	('Captagon', 'en', 'amphetamine', 0.8),
	('캡타곤', 'ko', 'amphetamine', 0.8),
	('Adderall', 'en', 'amphetamine', 1),
	('Dexamfetamine', 'en', 'amphetamine', 1),
	('Dextroamphetamine', 'en', 'amphetamine', 1),
	('Dexedrine', 'en', 'amphetamine', 1),
	-- prescription stimulants and cathinones
	('Ritalin', 'en', 'methylphenidate', 1),
	('Concerta', 'en', 'methylphenidate', 1),
	('리탈린', 'ko', 'methylphenidate', 1),
	('콘서타', 'ko', 'methylphenidate', 1),
	('4-methylmethcathinone', 'en', 'mephedrone', 1),
	('4-MMC', 'en', 'mephedrone', 1),
	('3,4-Methylenedioxypyrovalerone', 'en', 'mdpv', 1),
	-- MDMA and relatives
	('3,4-methylenedioxymethamphetamine', 'en', 'mdma', 1),
	('ecstasy', 'en', 'mdma', 0.9),
	('molly', 'en', 'mdma', 0.9),
	('XTC', 'en', 'mdma', 0.9),
	('엑스터시', 'ko', 'mdma', 0.9),
	('엑스타시', 'ko', 'mdma', 0.9),
	('Tenamfetamine', 'en', 'mda', 1),
	('3,4-methylenedioxyamphetamine', 'en', 'mda', 1),
	-- cannabis
	('marijuana', 'en', 'cannabis_herb', 1),
	('marihuana', 'en', 'cannabis_herb', 1),
	('herbal cannabis', 'en', 'cannabis_herb', 1),
	('cannabis', 'en', 'cannabis_herb', 0.7),
	('weed', 'en', 'cannabis_herb', 0.9),
	('ganja', 'en', 'cannabis_herb', 0.9),
	('pot', 'en', 'cannabis_herb', 0.7),
	('대마', 'ko', 'cannabis_herb', 0.7),
	('마리화나', 'ko', 'cannabis_herb', 1),
	('떨', 'ko', 'cannabis_herb', 0.8),
	('hashish', 'en', 'cannabis_resin', 1),
	('hash', 'en', 'cannabis_resin', 0.9),
	('charas', 'en', 'cannabis_resin', 0.9),
	('해시시', 'ko', 'cannabis_resin', 1),
	('해쉬', 'ko', 'cannabis_resin', 0.9),
	('liquid marijuana', 'en', 'cannabis_oil', 1),
	('liquid cannabis', 'en', 'cannabis_oil', 1),
	('hash oil', 'en', 'cannabis_oil', 1),
	('THC oil', 'en', 'cannabis_oil', 1),
	('THC vape liquid', 'en', 'cannabis_oil', 1),
	('액상대마', 'ko', 'cannabis_oil', 1),
	('대마 액상', 'ko', 'cannabis_oil', 1),
	('synthetic cannabinoids under international control', 'en', 'synthetic_cannabinoid', 1),
	('spice', 'en', 'synthetic_cannabinoid', 0.8),
	('K2', 'en', 'synthetic_cannabinoid', 0.7),
	('합성대마', 'ko', 'synthetic_cannabinoid', 1),
	('JWH-018', 'en', 'synthetic_cannabinoid', 1),
	('JWH-210', 'en', 'synthetic_cannabinoid', 1),
	('UR-144', 'en', 'synthetic_cannabinoid', 1),
	('AB-FUBINACA', 'en', 'synthetic_cannabinoid', 1),
	('ADB-CHMINACA', 'en', 'synthetic_cannabinoid', 1),
	('MDMB-CHMICA', 'en', 'synthetic_cannabinoid', 1),
	-- cocaine: every form of the alkaloid, as in UNODC's subgroup "Cocaine"
	('coke', 'en', 'cocaine', 0.9),
	('crack', 'en', 'cocaine', 0.9),
	('crack cocaine', 'en', 'cocaine', 1),
	('cocaine hydrochloride', 'en', 'cocaine', 1),
	('cocaine base', 'en', 'cocaine', 1),
	('coca paste', 'en', 'cocaine', 1),
	('Coca paste/refined cocaine base', 'en', 'cocaine', 1),
	('Other smokable forms of cocaine', 'en', 'cocaine', 1),
	('Non-specified cocaine', 'en', 'cocaine', 1),
	('basuco', 'en', 'cocaine', 1),
	('paco', 'en', 'cocaine', 1),
	('크랙', 'ko', 'cocaine', 0.9),
	-- opioids
	('smack', 'en', 'heroin', 0.8),
	('diacetylmorphine', 'en', 'heroin', 1),
	('diamorphine', 'en', 'heroin', 1),
	('Illicit morphine', 'en', 'morphine', 1),
	('fentanil', 'en', 'fentanyl', 1),
	('mefentanyl', 'en', '3_methylfentanyl', 1),
	('OxyContin', 'en', 'oxycodone', 1),
	('oxy', 'en', 'oxycodone', 0.8),
	('poppy plant', 'en', 'opium_poppy', 1),
	('Papaver somniferum', 'en', 'opium_poppy', 1),
	('양귀비 짚', 'ko', 'poppy_straw', 1),
	-- hallucinogens
	('Lysergic acid diethylamide', 'en', 'lsd', 1),
	('lysergide', 'en', 'lsd', 1),
	('acid', 'en', 'lsd', 0.7),
	('blotter', 'en', 'lsd', 0.6),
	('엘', 'ko', 'lsd', 0.5),
	('Psilocybine', 'en', 'psilocybin', 1),
	('magic mushrooms', 'en', 'psilocybin', 0.9),
	('shrooms', 'en', 'psilocybin', 0.9),
	('Mushrooms', 'en', 'psilocybin', 0.8),
	('실로시빈', 'ko', 'psilocybin', 1),
	('환각버섯', 'ko', 'psilocybin', 0.9),
	('Dimethyltryptamine', 'en', 'dmt', 1),
	('4-bromo-2,5-dimethoxyphenethylamine', 'en', '2c_b', 1),
	('Brolamfetamine', 'en', 'dob', 1),
	('STP', 'en', 'dom', 1),
	('2,5-dimethoxy-4-methylamphetamine', 'en', 'dom', 1),
	-- new psychoactive substances
	('special K', 'en', 'ketamine', 0.9),
	('K', 'en', 'ketamine', 0.5),
	('스페셜 K', 'ko', 'ketamine', 0.9),
	('qat', 'en', 'khat', 1),
	('Catha edulis', 'en', 'khat', 1),
	('miraa', 'en', 'khat', 1),
	('Mitragyna speciosa', 'en', 'kratom', 1),
	('2,5-Dimethoxy-4-chloroamphetamine', 'en', 'doc', 1),
	('4-methylethcathinone', 'en', '4_mec', 1),
	('Alpha-Pyrrolidinohexiophenone', 'en', 'alpha_php', 1),
	('PV8', 'en', 'alpha_phpp', 1),
	-- sedatives and tranquillizers
	('Xanax', 'en', 'alprazolam', 1),
	('자낙스', 'ko', 'alprazolam', 1),
	('Rivotril', 'en', 'clonazepam', 1),
	('Klonopin', 'en', 'clonazepam', 1),
	('리보트릴', 'ko', 'clonazepam', 1),
	('Valium', 'en', 'diazepam', 1),
	('Rohypnol', 'en', 'flunitrazepam', 1),
	('Gamma-Hydroxybutyric acid', 'en', 'ghb', 1),
	('물뽕', 'ko', 'ghb', 0.9),
	('Gamma-Butyrolactone', 'en', 'gbl', 1),
	-- other
	('DXM', 'en', 'dextromethorphan', 1),
	('러미라', 'ko', 'dextromethorphan', 1),
	('pharmaceuticals containing narcotics', 'en', 'narcotic_pharmaceutical', 1),
	('illegal pharmaceuticals containing narcotics', 'en', 'narcotic_pharmaceutical', 1),
	('마약류 의약품', 'ko', 'narcotic_pharmaceutical', 1),
	('ethanol', 'en', 'alcohol', 1),
	-- precursors
	('3,4-Methylenedioxyphenyl-2-propanone', 'en', 'pmk', 1),
	('sulfuric acid', 'en', 'sulphuric_acid', 1)
) AS v;

-- factors whose source can be named (docs/substances.md)
INSERT INTO @extschema@.conversion_factor (substance, unit, grams_per_unit, basis, source, builtin)
VALUES
	('methamphetamine', 'dose', 0.03, 'net',
	 'Korea Customs Service: 0.03 g of methamphetamine per dose (1회 투약량), the figure KCS uses to state seizures as numbers of doses.',
	 true),
	('narcotic_pharmaceutical', 'tablet', 2.5880661394680086, 'gross',
	 'Derived from the Korea Customs Service press release on the Korea-U.S. joint operation "Silent Sweeper II": seizures "totaling 31.4 kg" less the drugs named by weight (18.5 kg liquid marijuana + 4.7 kg methamphetamine + 1 kg ketamine = 24.2 kg) leave 7.2 kg for 2,782 tablets of pharmaceuticals containing narcotics: 7200 g / 2782 = 2.5880661394680086 g per tablet, gross (packaging included).',
	 true);

-- ---------------------------------------------------------------------------
-- One catalog for a Citus cluster (docs/citus.md).  Every node reads its
-- own copy of the three tables.  After catalog_sync_setup() on the
-- coordinator, each statement that changes them there writes a snapshot of
-- all three into a Citus reference table; Citus writes it to every node in
-- the same distributed transaction, and a trigger there makes that node's
-- tables equal to it.  Without Citus nothing of this runs.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.catalog_snapshot() RETURNS jsonb
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT jsonb_build_object(
		'substance', coalesce((SELECT jsonb_agg(to_jsonb(s) ORDER BY s.key)
							   FROM @extschema@.substance s), '[]'),
		'substance_alias', coalesce((SELECT jsonb_agg(to_jsonb(a) ORDER BY a.alias, a.substance)
									 FROM @extschema@.substance_alias a), '[]'),
		'conversion_factor', coalesce((SELECT jsonb_agg(to_jsonb(f) ORDER BY f.substance, f.unit, f.basis, f.builtin)
									   FROM @extschema@.conversion_factor f), '[]'))
$$;
COMMENT ON FUNCTION @extschema@.catalog_snapshot() IS
	'the substance catalog (substance, substance_alias, conversion_factor) as one jsonb value, rows in key order';

CREATE FUNCTION @extschema@.catalog_apply(snapshot jsonb) RETURNS boolean
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF snapshot IS NULL OR NOT snapshot ?& ARRAY['substance', 'substance_alias', 'conversion_factor'] THEN
		RAISE EXCEPTION 'invalid catalog snapshot'
			USING ERRCODE = '22023',
				  DETAIL = 'A snapshot has the keys substance, substance_alias and conversion_factor.',
				  HINT = 'Take it with catalog_snapshot().';
	END IF;
	IF @extschema@.catalog_snapshot() = snapshot THEN
		RETURN false;
	END IF;
	-- new and changed substances first, removed ones last, so that the
	-- foreign keys of aliases and factors hold at every step
	INSERT INTO @extschema@.substance
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.substance, snapshot->'substance')
	ON CONFLICT (key) DO UPDATE SET
		name_en = excluded.name_en, name_ko = excluded.name_ko, unodc_group = excluded.unodc_group,
		unodc_subgroup = excluded.unodc_subgroup, kr_class = excluded.kr_class,
		us_schedule = excluded.us_schedule, builtin = excluded.builtin;
	DELETE FROM @extschema@.substance_alias a WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.substance_alias, snapshot->'substance_alias') n
		WHERE n IS NOT DISTINCT FROM a);
	INSERT INTO @extschema@.substance_alias
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.substance_alias, snapshot->'substance_alias') n
	WHERE NOT EXISTS (SELECT FROM @extschema@.substance_alias a WHERE a IS NOT DISTINCT FROM n);
	DELETE FROM @extschema@.conversion_factor f WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.conversion_factor, snapshot->'conversion_factor') n
		WHERE n IS NOT DISTINCT FROM f);
	INSERT INTO @extschema@.conversion_factor
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.conversion_factor, snapshot->'conversion_factor') n
	WHERE NOT EXISTS (SELECT FROM @extschema@.conversion_factor f WHERE f IS NOT DISTINCT FROM n);
	DELETE FROM @extschema@.substance s WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.substance, snapshot->'substance') n
		WHERE n.key = s.key);
	RETURN true;
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_apply(jsonb) IS
	'makes this node''s substance catalog equal to a catalog_snapshot(); false when it already was';

CREATE FUNCTION @extschema@.catalog_sync_push() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	UPDATE @extschema@.catalog_sync SET snapshot = @extschema@.catalog_snapshot()
	WHERE snapshot IS DISTINCT FROM @extschema@.catalog_snapshot();
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_sync_push() IS
	'statement trigger on the coordinator''s catalog tables after catalog_sync_setup(): sends the catalog to every node';

CREATE FUNCTION @extschema@.catalog_sync_pull() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	PERFORM @extschema@.catalog_apply(NEW.snapshot);
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_sync_pull() IS
	'row trigger on each node''s placement of catalog_sync: applies the snapshot the coordinator sent';

CREATE FUNCTION @extschema@.catalog_sync_setup() RETURNS text
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'citus') THEN
		RAISE EXCEPTION 'the citus extension is not installed in this database'
			USING ERRCODE = '55000',
				  HINT = 'On one server the catalog needs no setup.';
	END IF;
	IF to_regclass('@extschema@.catalog_sync') IS NOT NULL THEN
		RETURN 'already set up';
	END IF;
	CREATE TABLE @extschema@.catalog_sync (id int PRIMARY KEY CHECK (id = 1), snapshot jsonb NOT NULL);
	COMMENT ON TABLE @extschema@.catalog_sync IS
		'the coordinator''s substance catalog, as a Citus reference table: one row that every node applies';
	PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
	PERFORM create_reference_table('@extschema@.catalog_sync');
	CREATE TRIGGER catalog_sync_pull AFTER INSERT OR UPDATE ON @extschema@.catalog_sync
		FOR EACH ROW EXECUTE FUNCTION @extschema@.catalog_sync_pull();
	INSERT INTO @extschema@.catalog_sync VALUES (1, @extschema@.catalog_snapshot());
	CREATE TRIGGER substance_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.substance FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	CREATE TRIGGER substance_alias_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.substance_alias FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	CREATE TRIGGER conversion_factor_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.conversion_factor FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	RETURN 'catalog sent to every node; change it on the coordinator only';
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_sync_setup() IS
	'on a Citus coordinator: one substance catalog for the cluster, every change sent to every node in its transaction';

-- the built-in catalog and the lookups over it
SELECT count(*) AS substances, count(*) FILTER (WHERE builtin) AS builtin FROM substance;
SELECT count(*) AS aliases, count(*) FILTER (WHERE builtin) AS builtin FROM substance_alias;
SELECT substance, unit, grams_per_unit, basis FROM conversion_factor ORDER BY 1, 2;

-- the keys the catalog promises
SELECT k AS missing_key FROM unnest(ARRAY['methamphetamine', 'amphetamine', 'mdma', 'cocaine',
	'heroin', 'fentanyl', 'morphine', 'opium', 'oxycodone', 'tramadol', 'ketamine', 'lsd', 'ghb',
	'psilocybin', 'cannabis_herb', 'cannabis_resin', 'cannabis_oil', 'cannabis_plant',
	'synthetic_cannabinoid', 'khat', 'alprazolam', 'clonazepam', 'dextromethorphan',
	'methylphenidate', 'narcotic_pharmaceutical']) AS k
WHERE NOT EXISTS (SELECT FROM substance WHERE key = k);

-- every built-in alias, key and name resolves to its own substance
SELECT alias, substance, normalize_substance(alias) FROM substance_alias
WHERE builtin AND normalize_substance(alias) IS DISTINCT FROM substance;
SELECT key, normalize_substance(key), normalize_substance(name_en), normalize_substance(name_ko)
FROM substance
WHERE normalize_substance(key) IS DISTINCT FROM key
   OR normalize_substance(name_en) IS DISTINCT FROM key
   OR (name_ko IS NOT NULL AND normalize_substance(name_ko) IS DISTINCT FROM key);
-- no built-in alias merely repeats a name that matches by itself
SELECT a.alias, a.substance FROM substance_alias a JOIN substance s ON s.key = a.substance
WHERE a.builtin AND substance_fold(a.alias) IN
	(substance_fold(s.key), substance_fold(s.name_en), substance_fold(coalesce(s.name_ko, '')));

-- names from the domain notes: English, Korean, slang
SELECT x AS name, normalize_substance(x) AS key
FROM unnest(ARRAY['Liquid Marijuana', '액상대마', 'THC vape liquid', 'hash oil', '대마오일',
	'ice', '필로폰', 'Crystal Meth', 'shabu', 'HIROPON', 'yaba', '히로뽕', '메스암페타민',
	'메트암페타민', '아이스', '야바', 'marijuana', 'Marihuana', 'weed', 'ganja', 'pot', '대마', '대마초',
	'마리화나', '떨', 'ecstasy', 'Molly', 'XTC', '엑스터시', 'Special K', 'K', '케타민', '스페셜 K',
	'acid', 'blotter', '엘', 'GHB', '물뽕', 'spice', '합성대마', 'Xanax', 'Ritalin',
	'러미라', 'illegal pharmaceuticals containing narcotics']) AS x;

-- unknown names
SELECT x AS name, normalize_substance(x) AS key
FROM unnest(ARRAY['Other Drugs**', 'tablets', 'Benzodiazepines', '2C (psychedelics)', 'sugar',
	'**', '']) AS x;
SELECT normalize_substance(NULL) AS null_in;

-- audit: which alias matched and how sure it is
SELECT x AS name, m.*
FROM unnest(ARRAY['뽕', '물뽕', 'Ice', 'Crystal Meth', 'cannabis_herb', 'Cannabis herb (marijuana)',
	'Mushrooms (hallucinogenic)', '"Captagon"', 'K']) AS x,
	LATERAL substance_match(x) AS m;
SELECT * FROM substance_match('Other Drugs**');

-- classifications
SELECT x AS name, substance_group(x), kr_class(x)
FROM unnest(ARRAY['ice', 'liquid marijuana', 'fentanyl', 'Special K', 'XTC', 'Xanax',
	'dextromethorphan', 'tramadol', 'Acetone', 'unknown stuff']) AS x;
SELECT kr_class, count(*) FROM substance GROUP BY 1 ORDER BY 1;
SELECT unodc_group, count(*) FROM substance GROUP BY 1 ORDER BY 1;

-- labels: STABLE (they read tables), STRICT, PARALLEL SAFE; folding is IMMUTABLE
SELECT p.oid::regprocedure AS function, provolatile, proisstrict, proparallel
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'seizure'
WHERE p.proname IN ('substance_fold', 'normalize_substance', 'substance_match', 'substance_group',
	'kr_class', 'to_mass', 'substance_catalog_changed')
ORDER BY p.oid::regprocedure::text COLLATE "C";

-- constraints keep the catalog well-formed
INSERT INTO substance (key, name_en, kr_class) VALUES ('x', 'X', 'narcotic');
INSERT INTO substance (key, name_en) VALUES ('Bad Key', 'Bad');
INSERT INTO substance (key, name_en) VALUES ('nameless', '**');
INSERT INTO substance (key, name_en, us_schedule) VALUES ('x', 'X', '2');
INSERT INTO substance_alias (alias, lang, substance) VALUES ('***', 'en', 'heroin');
INSERT INTO substance_alias (alias, lang, substance) VALUES ('h', 'en', 'no_such_key');
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('h', 'en', 'heroin', 0);
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('h', 'en', 'heroin', 1.5);
INSERT INTO substance_alias (alias, lang, substance) VALUES ('h', 'English', 'heroin');
INSERT INTO substance_alias (alias, lang, substance) VALUES ('ice', 'en', 'methamphetamine');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
	VALUES ('heroin', 'kg', 1, 'net', 'x');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
	VALUES ('heroin', 'tablet', 0, 'net', 'x');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
	VALUES ('heroin', 'tablet', 'NaN', 'net', 'x');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
	VALUES ('heroin', 'tablet', 0.1, 'wet', 'x');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
	VALUES ('heroin', 'tablet', 0.1, 'net', ' ');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis)
	VALUES ('heroin', 'tablet', 0.1, 'net');
-- one user factor and one built-in factor at most per substance, unit and basis
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
	VALUES ('methamphetamine', 'dose', 0.02, 'net', 'a user''s figure');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
	VALUES ('methamphetamine', 'dose', 0.025, 'net', 'another user figure');
DELETE FROM conversion_factor WHERE NOT builtin;

-- The substance catalog: contract, built-in data, real labels, conversions,
-- errors, and cache invalidation across sessions (through dblink).
\set have_data `d="${SEIZURE_DATA:-test/data/real}"; test -r "$d/cbp/nationwide-drugs-fy19-fy22.csv" -a -r "$d/unodc/drug_seizures_2018_2022.csv" && echo true || echo false`
BEGIN;
SELECT plan(59);

-- contract
SELECT has_table('substance');
SELECT has_table('substance_alias');
SELECT has_table('conversion_factor');
SELECT col_is_pk('substance', 'key');
SELECT fk_ok('substance_alias', 'substance', 'substance', 'key');
SELECT fk_ok('conversion_factor', 'substance', 'substance', 'key');
SELECT volatility_is('normalize_substance', ARRAY['text'], 'stable');
SELECT volatility_is('substance_match', ARRAY['text'], 'stable');
SELECT volatility_is('substance_group', ARRAY['text'], 'stable');
SELECT volatility_is('kr_class', ARRAY['text'], 'stable');
SELECT volatility_is('to_mass', ARRAY['quantity', 'text'], 'stable');
SELECT volatility_is('substance_fold', ARRAY['text'], 'immutable');
SELECT is_strict('normalize_substance', ARRAY['text']);
SELECT is((SELECT array_agg(c.relname || ': ' || x.cond ORDER BY c.relname)
           FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(rel, cond)
           JOIN pg_class c ON c.oid = x.rel WHERE e.extname = 'seizure'
             AND c.relname IN ('substance', 'substance_alias', 'conversion_factor')),
          ARRAY['conversion_factor: WHERE NOT builtin', 'substance: WHERE NOT builtin',
                'substance_alias: WHERE NOT builtin'],
          'users'' rows of the three tables are dumped, built-in rows are not');

-- built-in data
SELECT is((SELECT count(*) FROM substance_alias
           WHERE builtin AND normalize_substance(alias) IS DISTINCT FROM substance), 0::bigint,
          'every built-in alias resolves to its substance');
SELECT is((SELECT count(*) FROM substance
           WHERE normalize_substance(key) IS DISTINCT FROM key
              OR normalize_substance(name_en) IS DISTINCT FROM key
              OR (name_ko IS NOT NULL AND normalize_substance(name_ko) IS DISTINCT FROM key)), 0::bigint,
          'every built-in key and name resolves to its substance');
SELECT is((SELECT count(*) FROM (
             SELECT substance_fold(n) FROM (
               SELECT alias, substance FROM substance_alias
               UNION ALL SELECT key, key FROM substance
               UNION ALL SELECT name_en, key FROM substance
               UNION ALL SELECT name_ko, key FROM substance WHERE name_ko IS NOT NULL) AS t(n, s)
             GROUP BY 1 HAVING count(DISTINCT s) > 1) AS clash), 0::bigint,
          'no two built-in substances share a folded name');
SELECT is(normalize_substance('liquid marijuana'), 'cannabis_oil', 'liquid marijuana is cannabis oil');
SELECT is(normalize_substance('액상대마'), 'cannabis_oil', '액상대마 is cannabis oil');
SELECT is(normalize_substance('Khat (Catha Edulis)'), 'khat', 'a bracketed qualifier is ignored');
SELECT is(normalize_substance('Other Drugs**'), NULL, 'Other Drugs** names no substance');
SELECT ok((substance_match('뽕')).confidence < (substance_match('물뽕')).confidence,
          '뽕 alone is a less sure match than 물뽕');
SELECT is((SELECT (c.confidence, c.substance)::text FROM substance_match('뽕') c),
          '(0.5,methamphetamine)', '뽕 is methamphetamine, at confidence 0.5');
SELECT is(kr_class('ketamine'), '향정신성의약품', 'ketamine is a Korean psychotropic');
SELECT is(substance_group('ketamine'), 'NPS', 'UNODC files ketamine under NPS');

-- the real CBP and UNODC labels
\if :have_data
CREATE TEMP TABLE cbp (fy text, month text, component text, region text, land_filter text,
	office text, drug_type text, events text, lbs text);
\copy cbp FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/cbp/nationwide-drugs-fy19-fy22.csv"' CSV HEADER
\copy cbp FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/cbp/nationwide-drugs-fy23-fy26-dec.csv"' CSV HEADER
\copy cbp FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/cbp/amo-drug-seizures-fy19-fy22.csv"' CSV HEADER
\copy cbp FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/cbp/amo-drug-seizures-fy23-fy26-dec.csv"' CSV HEADER
CREATE TEMP TABLE unodc (region text, subregion text, country text, drug_group text,
	drug_subgroup text, drug_name text, year text, kilograms text, ms_code text);
\copy unodc FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/unodc/drug_seizures_2018_2022.csv"' CSV HEADER
SELECT set_eq('SELECT DISTINCT drug_type, normalize_substance(drug_type) FROM cbp',
              $$VALUES ('Cocaine', 'cocaine'), ('Ecstasy', 'mdma'), ('Fentanyl', 'fentanyl'),
                ('Heroin', 'heroin'), ('Ketamine', 'ketamine'), ('Khat (Catha Edulis)', 'khat'),
                ('Lsd', 'lsd'), ('Marijuana', 'cannabis_herb'), ('Methamphetamine', 'methamphetamine'),
                ('Other Drugs**', NULL)$$,
              'CBP drug types resolve as documented');
SELECT is((SELECT count(*) FROM cbp WHERE normalize_substance(drug_type) IS NULL), 3194::bigint,
          'CBP rows left unmapped are the 3194 "Other Drugs**" rows');
SELECT is((SELECT count(DISTINCT drug_name) FROM unodc), 162::bigint, 'UNODC has 162 drug names');
SELECT is((SELECT count(DISTINCT drug_name) FROM unodc WHERE normalize_substance(drug_name) IS NOT NULL),
          117::bigint, '117 UNODC drug names name a substance');
SELECT is((SELECT count(*) FROM unodc WHERE normalize_substance(drug_name) IS NOT NULL), 8786::bigint,
          '8786 UNODC rows are mapped');
SELECT is((SELECT count(*) FROM unodc
           WHERE normalize_substance(drug_name) IS NULL
             AND drug_name !~* '^(total|other|non-specified)'
             AND drug_name NOT IN ('2C (psychedelics)', '3,4-Methylenedioxyphenyl', 'Aminoindanes',
               'Anabolic steroids', 'Barbiturates', 'Benzodiazepines', 'Cannabis-type',
               'Ketamine and phencyclidine-type substances', 'Pharmaceutical opioids',
               'Phenethylamine', 'Phenethylamines', 'Piperazines',
               'Plant-based new psychoactive substances', 'Prescription stimulants',
               'Psychotropic substances', 'Solvents and inhalants', 'Synthetic cathinones',
               'Tryptamines')), 0::bigint,
          'unmapped UNODC names are totals, "other", "non-specified" or the documented classes');
SELECT is(normalize_substance(drug_name), 'methamphetamine', 'UNODC “Yaba” is methamphetamine')
FROM (SELECT DISTINCT drug_name FROM unodc WHERE drug_name LIKE '%Yaba%') y;
SELECT is(normalize_substance(drug_name), '4_fma', 'a no-break space before a bracket is a separator')
FROM (SELECT DISTINCT drug_name FROM unodc WHERE drug_name LIKE '4-Fluoromethamphetamine%') y;
SELECT is((SELECT count(*) FROM unodc u JOIN substance s ON s.key = normalize_substance(u.drug_name)
           WHERE s.unodc_group = u.drug_group), 8696::bigint,
          'most mapped rows carry the UNODC group of their substance');
\else
SELECT skip('the CBP and UNODC files are not in test/data/real (or $SEIZURE_DATA)', 9);
\endif

-- conversions
SELECT is(to_mass('2782 tablets', 'narcotic_pharmaceutical')::text, '~7.2 kg gross',
          '2,782 tablets of narcotic pharmaceuticals are about 7.2 kg with packaging');
SELECT is(to_mass('18.5 L', 'liquid marijuana')::text, '~18.5 kg bulk',
          'liquids count 1 kg per litre, a bulk weight');
SELECT is(to_mass('100 doses', 'meth')::text, '~3 g net', 'KCS: 0.03 g of methamphetamine per dose');
SELECT is(to_mass('4.7 kg', 'ice')::text, '4.7 kg', 'a mass is returned unchanged');
SELECT ok(is_estimate(to_mass('1 L', 'ghb')), 'a converted volume is an estimate');
SELECT is((SELECT tally(q) FROM (VALUES (to_mass('4.7 kg', 'ice')), (to_mass('18.5 L', '액상대마')),
                                         (to_mass('1 kg', '케타민')),
                                         (to_mass('2782 tablets', 'narcotic_pharmaceutical'))) v(q))::text,
          '5.7 kg + ~18.5 kg bulk + ~7.2 kg gross',
          'Silent Sweeper II: weighed drugs, litres at 1 kg/L (bulk) and tablets with packaging (gross) kept apart');
SELECT throws_ok($$SELECT to_mass('4.7 kg', 'ice') + to_mass('2782 tablets', 'narcotic_pharmaceutical')$$,
                 '22000', 'cannot add a mass of unstated basis and a gross weight',
                 'the press release''s total adds weights of different bases: refused');
SELECT throws_ok($$SELECT to_mass('3 tablets', 'ice')$$, '22023',
                 'no conversion factor from tablets to mass for substance "methamphetamine"',
                 'a count without a factor is refused');
SELECT throws_ok($$SELECT to_mass('1 kg', 'sugar')$$, '22023', 'unknown substance "sugar"',
                 'an unknown substance is refused');
SELECT throws_ok($$SELECT to_mass('1 kg', 'heroin', 'wet')$$, '22023', 'invalid basis "wet"',
                 'an unknown basis is refused');
SELECT throws_ok($$SELECT to_mass('2 L', 'cannabis oil', 'net')$$, '22023',
                 'no net density for substance "cannabis_oil"',
                 'the 1 kg/L default is a bulk weight, not a net one');

-- other sessions see committed changes at once (dblink; a and b are two sessions)
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT is(dblink_connect(c, format('host=%s port=%s dbname=%s user=%s',
	split_part(current_setting('unix_socket_directories'), ',', 1), current_setting('port'),
	current_database(), current_user)), 'OK', 'session ' || c || ' connects')
FROM unnest(ARRAY['substance_a', 'substance_b']) AS c;
SELECT is((SELECT k FROM dblink('substance_a', $$SELECT normalize_substance('ZZ cross-session')$$) AS t(k text)),
          NULL, 'session a does not know the alias yet (its cache is now built)');
SELECT is(dblink_exec('substance_b',
	$$INSERT INTO substance_alias (alias, lang, substance) VALUES ('zz cross session', 'en', 'heroin')$$),
	'INSERT 0 1', 'session b adds an alias');
SELECT is((SELECT k FROM dblink('substance_a', $$SELECT normalize_substance('ZZ cross-session')$$) AS t(k text)),
          'heroin', 'session a sees the alias session b committed');
SELECT is(normalize_substance('ZZ cross-session'), 'heroin',
          'this session sees it too, inside its transaction block');
SELECT is(dblink_exec('substance_b',
	$$INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
	  VALUES ('heroin', 'capsule', 0.5, 'bulk', 'pgTAP cross-session test')$$),
	'INSERT 0 1', 'session b adds a factor');
SELECT is((SELECT m FROM dblink('substance_a', $$SELECT to_mass('2 capsules', 'heroin')::text$$) AS t(m text)),
          '~1 g bulk', 'session a uses the factor session b committed');
SELECT is(dblink_exec('substance_b', $$DELETE FROM substance_alias WHERE alias = 'zz cross session'$$),
          'DELETE 1', 'session b deletes the alias');
SELECT is(dblink_exec('substance_b', $$DELETE FROM conversion_factor WHERE source = 'pgTAP cross-session test'$$),
          'DELETE 1', 'session b deletes the factor');
SELECT is((SELECT k FROM dblink('substance_a', $$SELECT normalize_substance('ZZ cross-session')$$) AS t(k text)),
          NULL, 'session a sees the deletion');
SELECT is(normalize_substance('ZZ cross-session'), NULL, 'and so does this session');
SELECT is(dblink_disconnect(c), 'OK', 'session ' || c || ' disconnects')
FROM unnest(ARRAY['substance_a', 'substance_b']) AS c;

SELECT * FROM finish();
ROLLBACK;

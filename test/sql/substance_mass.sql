-- to_mass: counts and volumes to estimated masses
-- the founding example: Silent Sweeper II, 2,782 tablets counted at about 7.2 kg
SELECT to_mass('2,782 tablets', 'illegal pharmaceuticals containing narcotics') AS tablets,
       to_mass('18.5 L', 'liquid marijuana') AS liquid,
       to_mass('4.7 kg', 'methamphetamine') AS mass,
       to_mass('1 kg', 'ketamine') AS ketamine;
SELECT round(value(to_mass('2782 tablets', 'narcotic_pharmaceutical'), 'kg'), 1) AS kg_1dp,
       value(to_mass('2782 tablets', 'narcotic_pharmaceutical'), 'g') AS grams,
       value(to_mass('1 tablet', 'narcotic_pharmaceutical'), 'g') AS one_tablet;
-- the press release's total adds weights of different bases: refused; a tally keeps them apart
SELECT to_mass('4.7 kg', 'ice') + to_mass('18.5 L', '액상대마') + to_mass('1 kg', '케타민')
       + to_mass('2782 tablets', 'narcotic_pharmaceutical') AS silent_sweeper_total;
SELECT tally(q) AS silent_sweeper_total
FROM (VALUES (to_mass('4.7 kg', 'ice')), (to_mass('18.5 L', '액상대마')), (to_mass('1 kg', '케타민')),
             (to_mass('2782 tablets', 'narcotic_pharmaceutical'))) v(q);

-- a mass comes back unchanged, measurement flag and unit included
SELECT to_mass('1 lb', 'heroin') AS lb, to_mass('~3 g', 'heroin') AS estimate,
       is_estimate(to_mass('1 lb', 'heroin')) AS flag, unit(to_mass('500 mg', 'heroin')) AS unit;

-- a converted result is always an estimate; the unit follows the magnitude
SELECT to_mass('100 doses', 'ice') AS doses, to_mass('1 dose', 'meth') AS one_dose,
       to_mass('40000 doses', '필로폰') AS kg, to_mass('~3 doses', 'methamphetamine') AS est,
       to_mass('0 doses', 'methamphetamine') AS zero, to_mass('-2 doses', 'methamphetamine') AS negative,
       is_estimate(to_mass('100 doses', 'ice')) AS flag;
SELECT to_mass('1 mL', 'hash oil') AS ml, to_mass('250 mL', 'GHB') AS ghb,
       to_mass('1,000 L', 'ghb') AS tonne, to_mass('0.5 L', 'heroin') AS any_substance;

-- rounding: half to even at 1 pg
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('lsd', 'blotter', 0.0000000000005, 'bulk', 'test: half a picogram per blotter');
SELECT to_mass('1 blotter', 'lsd') AS half_pg_to_0, to_mass('3 blotters', 'lsd') AS one_and_half_to_2,
       to_mass('5 blotters', 'lsd') AS two_and_half_to_2, to_mass('7 blotters', 'lsd') AS three_and_half_to_4;
DELETE FROM conversion_factor WHERE substance = 'lsd';

-- a density overrides the 1 kg/L default; bases: net, then bulk, then gross
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source) VALUES
	('cannabis_oil', 'L', 950, 'bulk', 'test: bulk density'),
	('mdma', 'tablet', 0.3, 'gross', 'test: gross tablet weight'),
	('mdma', 'tablet', 0.25, 'bulk', 'test: bulk tablet weight');
SELECT to_mass('2 L', 'cannabis oil') AS density, to_mass('1000 tablets', 'mdma') AS bulk_before_gross,
       to_mass('1000 tablets', 'mdma', 'gross') AS gross, to_mass('1000 tablets', 'mdma', 'bulk') AS bulk,
       to_mass('2 L', 'ghb', 'bulk') AS default_is_bulk;
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('mdma', 'tablet', 0.1, 'net', 'test: MDMA content');
SELECT to_mass('1000 tablets', 'ecstasy') AS net_first;
-- a user's factor takes precedence over a built-in one of the same basis
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('methamphetamine', 'dose', 0.02, 'net', 'test: a smaller dose');
SELECT to_mass('100 doses', 'meth') AS user_factor;
DELETE FROM conversion_factor WHERE NOT builtin;
SELECT to_mass('100 doses', 'meth') AS builtin_again, to_mass('2 L', 'cannabis oil') AS default_again;

-- errors: messages
SELECT to_mass('3 tablets', 'ice');
SELECT to_mass('3 tablets', 'narcotic_pharmaceutical', 'net');
SELECT to_mass('5 plants', 'cannabis plant');
SELECT to_mass('2 L', 'cannabis oil', 'net');
SELECT to_mass('1 kg', 'sugar');
SELECT to_mass('3 tablets', 'Other Drugs**');
SELECT to_mass('1 kg', 'O''Brien''s mix');
SELECT to_mass('1 kg', 'heroin', 'wet');
SELECT to_mass('99,999,999,999,999 tablets', 'narcotic_pharmaceutical');

-- errors: codes
\set VERBOSITY sqlstate
SELECT to_mass('3 tablets', 'ice');
SELECT to_mass('2 L', 'cannabis oil', 'gross');
SELECT to_mass('1 kg', 'sugar');
SELECT to_mass('1 kg', 'heroin', 'NET');
SELECT to_mass('99,999,999,999,999 tablets', 'narcotic_pharmaceutical');
\set VERBOSITY default

-- NULL in, NULL out
SELECT to_mass(NULL, 'ice') IS NULL AS q, to_mass('1 kg', NULL) IS NULL AS s,
       to_mass('1 kg', 'ice', NULL) IS NULL AS b;

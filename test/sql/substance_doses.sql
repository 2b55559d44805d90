-- doses: the doses a seizure is enough for, by a standard with its source
-- (docs/substances.md, "Doses")
\set VERBOSITY default
SELECT standard, substance, grams_per_dose, measures, builtin FROM dose_standard ORDER BY standard;

-- the Korea Customs Service's 0.03 g per dose is the default, for any
-- substance; whole doses, halves rounded up
SELECT q, s, doses(q::quantity, s) AS kcs
FROM (VALUES ('4.7 kg', 'methamphetamine'), ('4.7 kg', '필로폰'), ('1 kg', 'ketamine HCl'),
             ('0.045 g', 'cocaine'), ('0.044 g', 'cocaine'), ('0.015 g', 'cocaine'), ('0.014 g', 'cocaine'),
             ('1.5 kg net', 'heroin'), ('31 g bulk', 'ketamine'), ('~2 kg', 'cocaine'), ('0 g', 'cocaine'),
             ('10 doses', 'methamphetamine'), ('1 L', 'cannabis oil'))
     AS v (q, s);

-- a standard named: DEA's potentially lethal dose of fentanyl, 2 mg
SELECT doses('1 kg', 'fentanyl', 'dea_lethal') AS lethal, doses('1 kg', '펜타닐', 'kcs') AS kcs,
       doses('4.7 kg', 'methamphetamine', 'kcs') = doses('4.7 kg', 'methamphetamine') AS same_default;

-- errors: a count with no factor, a standard with no dose of the
-- substance, an unknown standard, a gross weight, an unknown substance
SELECT doses('10 tablets', 'methamphetamine');
SELECT doses('1 kg', 'cocaine', 'dea_lethal');
SELECT doses('1 kg', 'cocaine', 'who');
SELECT doses('1 kg gross', 'cocaine');
SELECT doses('10 tablets', 'narcotic_pharmaceutical', 'kcs');
SELECT doses('1 kg', 'unobtainium hydrochloride');

-- users' standards: one of their own, and one that overrides a built-in row
INSERT INTO dose_standard (standard, substance, grams_per_dose, measures, source)
VALUES ('lab', 'cocaine', 0.1, 'use', 'our laboratory'),
       ('kcs', 'cocaine', 0.05, 'use', 'our reading of a later release');
SELECT doses('1 kg', 'cocaine', 'lab') AS lab, doses('1 kg', 'cocaine') AS kcs_cocaine,
       doses('1 kg', 'heroin') AS kcs_heroin;
SELECT doses('1 kg', 'heroin', 'lab');

-- built-in rows are the extension's, as in the other catalog tables
UPDATE dose_standard SET grams_per_dose = 0.02 WHERE standard = 'kcs' AND builtin;
DELETE FROM dose_standard WHERE standard = 'dea_lethal';
INSERT INTO dose_standard (standard, grams_per_dose, measures, source, builtin)
VALUES ('x', 1, 'use', 'y', true);
TRUNCATE dose_standard;
INSERT INTO dose_standard (standard, grams_per_dose, measures, source) VALUES ('lab', 0.1, 'use', ' ');
INSERT INTO dose_standard (standard, grams_per_dose, measures, source) VALUES ('Lab', 0.1, 'use', 'z');
INSERT INTO dose_standard (standard, grams_per_dose, measures, source) VALUES ('lab2', 0.1, 'fatal', 'z');
INSERT INTO dose_standard (standard, substance, grams_per_dose, measures, source)
VALUES ('lab', 'cocaine', 0.2, 'use', 'twice');
DELETE FROM dose_standard WHERE NOT builtin;

-- users' rows only are dumped
SELECT c.relname, e.extcondition
FROM pg_extension x, unnest(x.extconfig, x.extcondition) AS e (cfg, extcondition)
JOIN pg_class c ON c.oid = e.cfg
WHERE x.extname = 'seizure' AND c.relname = 'dose_standard';

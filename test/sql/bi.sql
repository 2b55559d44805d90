-- plain-typed projections for BI tools: NULL when a value holds no amount of that kind
SELECT q, mass_kg(q), volume_l(q), item_count(q), unit(q)
FROM (VALUES ('18.5 kg'::quantity), ('1.2 lb'), ('~7.2 kg'), ('500 mL'), ('2,782정'), ('30 doses'),
             ('0.000000000001 g'), (NULL)) v(q);
SELECT t, mass_kg(t), volume_l(t), item_count(t, 'tablet') AS tablets, item_count(t, 'doses') AS doses,
       has_estimate(t)
FROM (VALUES ('24.2 kg + ~7.2 kg + 2782 tablets'::quantity_tally), ('500 mL + 30 doses'),
             ('1 kg + ~0 kg'), (''), (NULL)) v(t);
SELECT item_count('1 kg'::quantity_tally, 'mass');
SELECT item_count('1 kg'::quantity_tally, 'stone');
\set VERBOSITY sqlstate
SELECT item_count('1 kg'::quantity_tally, 'mass');
\set VERBOSITY default

-- a bad basis is refused on every row, not only on masses (a volume or a
-- count first used to give NULL, so the error depended on the data)
\set VERBOSITY sqlstate
SELECT mass_kg(q, 'wet') FROM (VALUES ('1 L'::quantity), ('2 tablets'), ('1 kg')) v(q);
\set VERBOSITY default
SELECT mass_kg(q, 'wet') FROM (VALUES ('2 tablets'::quantity)) v(q);
SELECT mass_kg(t, 'wet') FROM (VALUES ('1 L'::quantity_tally)) v(t);

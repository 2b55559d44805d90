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

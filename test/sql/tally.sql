-- quantity_tally: one exact total per kind, measured and estimated apart
SELECT tally(q) FROM (VALUES ('18.5 kg'::quantity), ('4.7 kg'), ('1 kg'), ('2782 tablets')) v(q);
SELECT tally(q) FROM (VALUES ('18.5 kg'::quantity), ('4.7 kg'), ('1 kg'), ('~7.2 kg'), ('30 doses')) v(q);
-- mass first, then volume, then counts alphabetically; measured before estimated
SELECT tally(q) FROM (VALUES ('3 vials'::quantity), ('~2 ampoules'), ('1 ampoule'), ('500 mL'),
  ('~1 L'), ('2 lb'), ('~5 g'), ('4 tablets'), ('1 dose'), ('2 seeds'), ('3 plants'), ('1 piece'),
  ('6 blotters'), ('7 capsules')) v(q);
-- masses in kg, volumes in L, whatever went in
SELECT tally(q) FROM (VALUES ('1 lb'::quantity), ('1 oz'), ('250 mL')) v(q);

-- text input: quantities joined by +, in any unit; kinds add up
SELECT t::quantity_tally, t::quantity_tally::text::quantity_tally = t::quantity_tally AS round_trip
FROM (VALUES ('24.2 kg + 2782 tablets'), ('24.2 kg + ~7.2 kg + 30 doses'),
             ('1 kg + 500 g'), ('1e+3 g + +2 kg'), ('2,782정 + 18.5킬로그램'), ('5 tablets+-5 tablets'),
             ('~0.5 L + 250 mL'), ('  1 kg  '), ('-1 lb')) v(t);
SELECT ''::quantity_tally AS empty, ''::quantity_tally = ''::quantity_tally AS empty_eq;
SELECT '1 kg +'::quantity_tally;
SELECT '1 kg + + 2 kg'::quantity_tally;
SELECT '1 kgg + 2 kg'::quantity_tally;
SELECT '1 kg 2 kg'::quantity_tally;
SELECT '99999999999 kg + 1 kg'::quantity_tally;
\set VERBOSITY sqlstate
SELECT '1 kg +'::quantity_tally;
SELECT '99999999999 kg + 1 kg'::quantity_tally;
\set VERBOSITY default

-- + and =
SELECT '1 kg + 2 tablets'::quantity_tally + '3 L + 1 kg'::quantity_tally AS tallies,
       '1 kg + 2 tablets'::quantity_tally + '2 capsules'::quantity AS tally_quantity,
       '~1 kg'::quantity + '1 kg'::quantity_tally AS quantity_tally,
       '1000 g'::quantity_tally = '1 kg'::quantity_tally AS eq,
       '1 kg'::quantity_tally = '~1 kg'::quantity_tally AS est_ne,
       '1 kg + 0 L'::quantity_tally <> '1 kg'::quantity_tally AS zero_part_counts,
       '1 kg'::quantity::quantity_tally AS cast;

-- part() and parts()
SELECT part(t, 'mass') AS mass, part(t, 'volume') AS volume, part(t, 'tablet') AS tablets,
       part(t, 'tablets') AS plural, part(t, 'doses') AS doses, part(t, 'capsule') AS absent
FROM (SELECT '24.2 kg + ~7.2 kg + 30 doses + 2782 tablets + ~0 L'::quantity_tally t) s;
SELECT part('1 kg + ~0 kg'::quantity_tally, 'mass') AS zero_estimate_is_measured;
SELECT * FROM parts('24.2 kg + ~7.2 kg + 30 doses + 2782 tablets');
SELECT count(*) FROM parts('');
SELECT part('1 kg'::quantity_tally, 'weight');

-- sum(quantity_tally) rolls tallies up
CREATE TEMP TABLE weekly (week int, t quantity_tally);
INSERT INTO weekly VALUES (1, '10 kg + 5 tablets'), (2, '~2 kg + 500 mL'), (3, NULL), (4, '1 lb');
SELECT sum(t) FROM weekly;
SELECT sum(t) FROM weekly WHERE week = 3;
SELECT week, sum(t) OVER (ORDER BY week) FROM weekly ORDER BY week;

-- tallies can be grouped and joined (hash opclass)
SELECT t, count(*) FROM (VALUES ('1 kg'::quantity_tally), ('1000 g'), ('~1 kg')) v(t) GROUP BY t ORDER BY 2 DESC, t::text;

-- binary round trip
CREATE TEMP TABLE tsrc AS SELECT * FROM weekly;
\copy tsrc TO 'results/binary/tally_tally.dat' WITH (FORMAT binary)
CREATE TEMP TABLE tdst (week int, t quantity_tally);
\copy tdst FROM 'results/binary/tally_tally.dat' WITH (FORMAT binary)
SELECT s.week, s.t, d.t AS copied, s.t IS NOT DISTINCT FROM d.t AS same FROM tsrc s JOIN tdst d USING (week) ORDER BY week;

-- states arriving as text are checked by the combine function
SELECT quantity_tally_combine('1 kg', '2 kg');
SELECT quantity_tally_combine(NULL, '2 tablets');
SELECT quantity_tally_trans(NULL, '2 tablets');
SELECT quantity_tally_trans('1 kg', NULL);

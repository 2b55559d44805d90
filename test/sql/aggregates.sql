-- sum, avg, min, max over quantities
CREATE TEMP TABLE seizure (id int, substance text, route text, week int, q quantity);
INSERT INTO seizure VALUES
  (1, 'cannabis_oil', 'mail', 1, '10 kg'), (2, 'cannabis_oil', 'express', 2, '8500 g'),
  (3, 'methamphetamine', 'traveler', 1, '4.7 kg'), (4, 'ketamine', 'mail', 3, '1 kg'),
  (5, 'pharma', 'express', 2, '2782 tablets'), (6, 'pharma', 'mail', 4, NULL),
  (7, 'methamphetamine', 'air', 4, '~0.5 kg'), (8, 'cocaine', 'air', 3, '1 lb'), (9, 'cocaine', 'air', 4, '2 lb');

-- the result's unit: the shared unit, else the largest metric unit seen, else kg
SELECT sum(q) FROM (VALUES ('500 g'::quantity), ('1 kg')) v(q);
SELECT sum(q) FROM (VALUES ('1 lb'::quantity), ('2 lb')) v(q);
SELECT sum(q) FROM (VALUES ('1 lb'::quantity), ('1 oz')) v(q);
SELECT sum(q) FROM (VALUES ('1 lb'::quantity), ('1 oz'), ('1 g')) v(q);
SELECT sum(q) FROM (VALUES ('1 mg'::quantity), ('1 t'), ('1 lb')) v(q);
SELECT sum(q) FROM (VALUES ('250 mL'::quantity), ('1 cc')) v(q);
SELECT sum(q) FROM (VALUES ('250 mL'::quantity), ('1 L')) v(q);
-- independent of row order
SELECT sum(q ORDER BY q), sum(q ORDER BY q DESC) FROM (VALUES ('1 lb'::quantity), ('1 oz'), ('1 g')) v(q);

-- NULLs are ignored; no rows gives NULL
SELECT sum(q), avg(q), min(q), max(q), tally(q) FROM seizure WHERE id = 6;
SELECT sum(q), avg(q), min(q), max(q), tally(q) FROM seizure WHERE false;
SELECT substance, sum(q), avg(q), min(q), max(q), count(q)
FROM seizure WHERE substance <> 'pharma' GROUP BY substance ORDER BY substance;

-- estimates make the result an estimate
SELECT sum(q), avg(q) FROM seizure WHERE substance = 'methamphetamine';

-- avg rounds half to even at 1 pg
SELECT avg(q) FROM (VALUES ('1 kg'::quantity), ('0 kg'), ('0 kg')) v(q);
SELECT avg(q) FROM (VALUES ('0.000000000001 g'::quantity), ('0 g')) v(q);
SELECT avg(q) FROM (VALUES ('0.000000000003 g'::quantity), ('0 g')) v(q);
SELECT avg(q) FROM (VALUES ('-0.000000000003 g'::quantity), ('0 g')) v(q);
SELECT avg(q) FROM (VALUES ('2782 tablets'::quantity), ('1 tablet'), ('1 tablet')) v(q);

-- mixing kinds is refused, pointing to tally()
SELECT sum(q) FROM seizure;
SELECT avg(q) FROM (VALUES ('1 tablet'::quantity), ('1 capsule')) v(q);
-- min and max follow the type's total order, so an index can answer them
SELECT min(q), max(q) FROM seizure;

-- overflow is an error, never a wrapped value
SELECT sum(q) FROM (VALUES ('99999999999 kg'::quantity), ('99999999999 kg')) v(q);
SELECT sum(q) FROM (VALUES ('99999999999 kg'::quantity), ('99999999999 kg'), ('-99999999999 kg')) v(q);
\set VERBOSITY sqlstate
SELECT sum(q) FROM seizure;
SELECT sum(q) FROM (VALUES ('99999999999 kg'::quantity), ('99999999999 kg')) v(q);
\set VERBOSITY default

-- GROUP BY, ROLLUP, GROUPING SETS, FILTER
SELECT route, sum(q) FILTER (WHERE kind(q) = 'mass') AS mass, tally(q)
FROM seizure GROUP BY route ORDER BY route;
SELECT substance, route, tally(q) FROM seizure
GROUP BY ROLLUP (substance, route) ORDER BY substance NULLS LAST, route NULLS LAST;
SELECT substance, week, tally(q) FROM seizure
GROUP BY GROUPING SETS ((substance), (week), ()) ORDER BY substance NULLS LAST, week NULLS LAST;
SELECT sum(q) FILTER (WHERE substance = 'cannabis_oil') AS cannabis,
       sum(q) FILTER (WHERE route = 'air' AND kind(q) = 'mass') AS air
FROM seizure;

-- windows
SELECT id, q, sum(q) OVER (ORDER BY id) AS running
FROM seizure WHERE kind(q) = 'mass' ORDER BY id;
SELECT id, q, tally(q) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS pair
FROM seizure ORDER BY id;
SELECT id, substance, q, avg(q) OVER (PARTITION BY substance) AS substance_avg
FROM seizure WHERE kind(q) = 'mass' ORDER BY id;

-- min/max can use an index
CREATE TEMP TABLE idx AS SELECT (i || ' g')::quantity AS q FROM generate_series(1, 1000) i;
CREATE INDEX ON idx (q);
ANALYZE idx;
SELECT * FROM regress.plan('SELECT min(q), max(q) FROM idx');
SELECT min(q), max(q) FROM idx;

-- the state type: exact text and binary round trip
SELECT quantity_sum_trans(quantity_sum_trans(NULL, '1 lb'), '~2 g') AS state;
SELECT quantity_sum_trans(quantity_sum_trans(NULL, '1 lb'), '~2 g')::text::quantity_sum_state::text AS round_trip;
SELECT quantity_sum_final('n=2 sum=453594370000000 units=g,lb estimate');
SELECT quantity_avg_final('n=2 sum=453594370000000 units=g,lb estimate');
SELECT quantity_sum_final(quantity_sum_combine('n=1 sum=1000000000000000 units=kg', 'n=2 sum=5 units=g'));
SELECT quantity_sum_final(quantity_sum_combine(NULL, 'n=1 sum=1 units=tablet'));
SELECT quantity_sum_final(quantity_sum_combine('n=0 sum=0 units=', NULL));
CREATE TEMP TABLE states (s quantity_sum_state);
INSERT INTO states VALUES ('n=3 sum=-7 units=mL,L estimate'), ('n=0 sum=0 units='),
  ('n=9223372036854775807 sum=-170141183460469231731687303715884105728 units=t');
\copy states TO 'results/binary/aggregates_sum_state.dat' WITH (FORMAT binary)
CREATE TEMP TABLE states2 (s quantity_sum_state);
\copy states2 FROM 'results/binary/aggregates_sum_state.dat' WITH (FORMAT binary)
SELECT s FROM states2;
SELECT quantity_sum_final('n=1 sum=100000000000000000000000000 units=kg');
SELECT 'n=1 sum=1 units=kg,tablet'::quantity_sum_state;
SELECT 'n=0 sum=5 units='::quantity_sum_state;
SELECT 'n=-1 sum=0 units='::quantity_sum_state;
SELECT 'n=1 sum=1 units=stone'::quantity_sum_state;
SELECT 'n=1 sum=1 units=kg extra'::quantity_sum_state;
SELECT 'total=1'::quantity_sum_state;
SELECT quantity_sum_combine('n=1 sum=1 units=kg', 'n=1 sum=1 units=tablet');

-- Properties of quantity over generated values
BEGIN;
SELECT plan(10);

SELECT setseed(0.42);
CREATE TEMP TABLE gen AS
SELECT i,
       (CASE WHEN random() < 0.2 THEN '~' ELSE '' END ||
        CASE WHEN random() < 0.1 THEN '-' ELSE '' END ||
        (random() * 10 ^ (floor(random() * 12) - 3))::numeric(40, 12)::text || ' ' ||
        (ARRAY['mg','g','kg','t','lb','oz','mL','L','tablets','capsules','doses','vials',
               'ampoules','blotters','plants','seeds','pieces'])[1 + floor(random() * 17)::int]
       )::quantity AS a,
       (round((random() * 1000)::numeric, floor(random() * 10)::int)::text || ' ' ||
        (ARRAY['mg','g','kg','t','lb','oz'])[1 + floor(random() * 6)::int])::quantity AS m
FROM generate_series(1, 5000) i;

SELECT is((SELECT count(*) FROM gen WHERE a::text::quantity::text <> a::text), 0::bigint,
          'output then input gives back the same text');
SELECT is((SELECT count(*) FROM gen WHERE a::text::quantity <> a OR unit(a::text::quantity) <> unit(a)
           OR is_estimate(a::text::quantity) <> is_estimate(a)), 0::bigint,
          'output then input gives back the same amount, unit and flag');
SELECT is((SELECT count(*) FROM gen g1 JOIN gen g2 ON g2.i = g1.i % 4999 + 1
           WHERE kind(g1.m) = kind(g2.m) AND (g1.m + g2.m) - g2.m <> g1.m), 0::bigint,
          '(a + b) - b = a');
SELECT is((SELECT count(*) FROM gen g1 JOIN gen g2 ON g2.i = g1.i % 4999 + 1
           WHERE g1.m + g2.m <> g2.m + g1.m OR unit(g1.m + g2.m) <> unit(g2.m + g1.m)), 0::bigint,
          'a + b = b + a, unit included');
-- equal pairs in different units: every value beside the same amount in
-- another unit of its kind (random pairs are almost never equal)
CREATE TEMP TABLE eq AS
SELECT a, to_unit(a, CASE kind(a)
                     WHEN 'mass' THEN (ARRAY['mg','g','kg','t','lb','oz'])[1 + i % 6]
                     WHEN 'volume' THEN (ARRAY['mL','L'])[1 + i % 2]
                     ELSE unit(a) END) AS b
FROM gen;
SELECT is((SELECT count(*) FILTER (WHERE a = b AND unit(a) <> unit(b)) > 1000 AND bool_and(a = b) FROM eq),
          true, 'the pairs are equal, most of them in different units');
SELECT is((SELECT count(*) FROM eq WHERE quantity_hash(a) <> quantity_hash(b)),
          0::bigint, 'equal values hash equally');
SELECT is((SELECT count(*) FROM gen
           WHERE quantity_hash(a) <> quantity_hash(to_unit(a, CASE kind(a) WHEN 'mass' THEN 'mg'
                                                          WHEN 'volume' THEN 'L' ELSE unit(a) END))),
          0::bigint, 'a value and its conversion hash equally');
SELECT is((SELECT count(*) FROM gen
           WHERE to_unit(a, CASE kind(a) WHEN 'mass' THEN 'oz' WHEN 'volume' THEN 'mL' ELSE unit(a) END)::text::quantity <> a),
          0::bigint, 'conversions print exactly: the converted text reads back to the same amount');
SELECT is((SELECT count(*) FROM gen WHERE kind(a) = 'mass'
           AND value(a, 'g') <> value(to_unit(a, 'g'))), 0::bigint,
          'value(q, unit) = value(to_unit(q, unit))');
SELECT is((SELECT count(*) FROM gen g1 JOIN gen g2 ON g2.i = g1.i % 4999 + 1
           WHERE sign(quantity_cmp(g1.a, g2.a)) <> -sign(quantity_cmp(g2.a, g1.a))), 0::bigint,
          'comparison is antisymmetric');

SELECT * FROM finish();
ROLLBACK;

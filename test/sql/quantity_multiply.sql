-- quantity * numeric is exact, rounded half to even to the type's step (1 pg,
-- 1 pL, 10^-12 item), whatever the factor.  A factor of at most 15
-- significant digits and 18 decimals is multiplied in 64-bit limbs; any other
-- goes through numeric.  Both are checked against numeric's own product:
-- quantity(value(q, u) * f, u) in a unit u whose step count is a power of ten
-- (mcg, mL, the count unit), where value() is exact.
CREATE FUNCTION pg_temp.try(q quantity, f numeric) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RETURN (q * f)::text;
EXCEPTION WHEN others THEN RETURN SQLSTATE; END $$;
CREATE FUNCTION pg_temp.oracle(q quantity, f numeric) RETURNS text LANGUAGE plpgsql AS $$
DECLARE u text := CASE dimension(q) WHEN 'mass' THEN 'mcg' WHEN 'volume' THEN 'mL' ELSE unit(q) END;
BEGIN RETURN to_unit(quantity(value(q, u) * f, u), unit(q))::text;
EXCEPTION WHEN others THEN RETURN SQLSTATE; END $$;

SELECT setseed(0.42);
CREATE TEMP TABLE cases AS
SELECT quantity(round((random() * 10 ^ (random() * 10 - 4))::numeric, (random() * 12)::int),
                (ARRAY['mcg', 'mg', 'g', 'kg', 't', 'lb', 'oz', 'mL', 'L', 'tablet', 'dose'])[1 + (random() * 10)::int]) AS q,
       round(((random() - 0.5) * 10 ^ (random() * 12 - 6))::numeric, (random() * 22)::int) AS f
FROM generate_series(1, 20000);
-- long factors: more than 15 significant digits, or more than 18 decimals
INSERT INTO cases
SELECT q, f * 1.000000000000000000001 FROM cases LIMIT 2000;
INSERT INTO cases
SELECT q, round(f, 0) + 0.0000000000000000001 FROM cases LIMIT 2000;
-- factors whose product leaves the type's range, on both sides of its edge
INSERT INTO cases VALUES ('99999999999 kg', 1), ('99999999999 kg', 1.0000000001), ('1 kg', 100000000000),
  ('1 kg', 99999999999.999999), ('-50000000000 kg', 2), ('1 t', 100000000), ('99999999999999 tablets', -1.1), ('99999999999999 tablets', -1),
  ('0.000001 mcg', 99999999999999999999999999), ('0.000001 mcg', 999999999999999999);

-- (counts of each path as bounds: the random values may differ in the last
-- digit between platforms' pow())
SELECT count(*) AS cases,
       count(*) FILTER (WHERE length(replace(replace(trim(leading '-0.' FROM f::text), '.', ''), '-', '')) <= 15
                          AND scale(f) <= 18) > 10000 AS many_short_factors,
       count(*) FILTER (WHERE length(replace(replace(trim(leading '-0.' FROM f::text), '.', ''), '-', '')) > 15
                          OR scale(f) > 18) > 5000 AS many_long_factors,
       count(*) FILTER (WHERE pg_temp.try(q, f) = '22003') >= 5 AS out_of_range_seen,
       count(*) FILTER (WHERE pg_temp.try(q, f) IS DISTINCT FROM pg_temp.oracle(q, f)) AS mismatches
FROM cases;

-- ties go to the even step: 1 pg times halves, 1 t times halves of 10^-18
SELECT f, '0.000001 mcg'::quantity * f AS one_pg, value('0.000001 mcg'::quantity * f, 'mcg') * 1000000 AS steps
FROM unnest('{0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999999, 0.50000000000000001}'::numeric[]) f;
SELECT f, value('1 t'::quantity * f, 'mcg') * 1000000 AS steps
FROM unnest('{0.0000000000000000015, 0.0000000000000000025, 0.0000000000000000035, -0.0000000000000000025, 0.00000000000000000250, 0.0000000000000000025000000001}'::numeric[]) f;
-- the range and what is not a number
SELECT pg_temp.try('99999999999 kg', 1) AS inside, pg_temp.try('99999999999 kg', 1.0000000001) AS outside,
       pg_temp.try('1 kg', 'NaN') AS nan, pg_temp.try('1 kg', 'Infinity') AS infinity;

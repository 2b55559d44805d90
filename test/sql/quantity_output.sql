-- Text output and value() against an independent computation in numeric
-- arithmetic: for random amounts in every unit, the text is the shortest
-- decimal that reads back to the same amount (half to even), computed here
-- by trying 0, 1, 2 ... fractional digits with exact integer numerics.
-- value() must be that decimal as numeric, byte for byte what numeric_in
-- makes of its text.
SELECT setseed(0.42);

-- x / y rounded to a whole number, half to even; x >= 0, y > 0, integers
CREATE FUNCTION pg_temp.div_even(x numeric, y numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
  SELECT div(x, y) + CASE WHEN 2 * mod(x, y) > y OR (2 * mod(x, y) = y AND mod(div(x, y), 2) = 1)
                          THEN 1 ELSE 0 END
$$;

-- the shortest decimal of steps / f that reads back to steps
CREATE FUNCTION pg_temp.shortest(steps numeric, f numeric) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN steps < 0 THEN '-' ELSE '' END
         || trim_scale(c * ('1e-' || k)::numeric)::text
  FROM generate_series(0, 18) k,
       LATERAL (SELECT pg_temp.div_even(abs(steps) * 10::numeric ^ k, f) AS c) cand
  WHERE pg_temp.div_even(c * f, 10::numeric ^ k) = abs(steps)
  ORDER BY k LIMIT 1
$$;

CREATE TEMP TABLE units (unit text, kind text, steps numeric, singular text);
INSERT INTO units VALUES
  ('mg', 'mass', 1e9, 'mg'), ('g', 'mass', 1e12, 'g'), ('kg', 'mass', 1e15, 'kg'),
  ('t', 'mass', 1e18, 't'), ('lb', 'mass', 453592370000000, 'lb'),
  ('oz', 'mass', 28349523125000, 'oz'), ('mL', 'volume', 1e9, 'mL'),
  ('L', 'volume', 1e12, 'L'), ('tablets', 'tablet', 1e12, 'tablet');

-- random amounts of steps, from 1 to 26 digits, both signs; whole units,
-- the largest amount, pounds and ounces a step either side, and ties
CREATE TEMP TABLE amounts AS
SELECT trunc(((floor(random() * 1e8)::numeric * 1e18 + floor(random() * 1e9)::numeric * 1e9
              + floor(random() * 1e9)::numeric) / 10::numeric ^ floor(random() * 27)::int))
       * CASE WHEN random() < 0.3 THEN -1 ELSE 1 END AS steps
FROM generate_series(1, 300);
INSERT INTO amounts
SELECT s FROM unnest(ARRAY[0, 1, -1, 1e9, 1e12, 1e15, 1e18, 1e26 - 1, -(1e26 - 1),
                           453592370000000, 453592370000001, 453592369999999,
                           28349523125000, 28349523125001, 28349523124999,
                           123456::numeric * 453592370, 123456::numeric * 453592370 + 1, 987654321::numeric * 28349523125,
                           -- 0.00000005 lb and 0.00000015 lb are 22679618.5 and 68038855.5
                           -- steps: exact ties, read back to the even neighbour only
                           22679618, 22679619, -22679618, 68038855, 68038856]) s;

-- a quantity with that many steps, in each unit of its kind
CREATE TEMP TABLE checked AS
SELECT a.steps, u.unit, u.steps AS f, u.singular,
       to_unit(CASE u.kind WHEN 'mass' THEN quantity(a.steps * 1e-15, 'kg')
                           WHEN 'volume' THEN quantity(a.steps * 1e-12, 'L')
                           ELSE quantity(a.steps * 1e-12, 'tablets') END, u.unit) AS q
FROM amounts a CROSS JOIN units u;

SELECT count(*) AS checked,
       count(*) FILTER (WHERE q::text IS DISTINCT FROM want || ' ' || CASE WHEN steps = f THEN singular ELSE unit END) AS text_differs,
       count(*) FILTER (WHERE value(q)::text IS DISTINCT FROM want) AS value_differs,
       count(*) FILTER (WHERE numeric_send(value(q)) IS DISTINCT FROM numeric_send(want::numeric)) AS value_bytes_differ,
       count(*) FILTER (WHERE q <> q::text::quantity) AS no_round_trip
FROM (SELECT *, pg_temp.shortest(steps, f) AS want FROM checked) c;

-- any difference, shown
SELECT steps, unit, q::text AS got, pg_temp.shortest(steps, f) AS want
FROM checked WHERE value(q)::text IS DISTINCT FROM pg_temp.shortest(steps, f)
ORDER BY steps, unit LIMIT 10;

-- the BI projections build the same numerics
SELECT count(*) FILTER (WHERE numeric_send(mass_kg(q)) IS DISTINCT FROM numeric_send(pg_temp.shortest(steps, 1e15)::numeric)) AS mass_kg_differs,
       count(*) FILTER (WHERE numeric_send(value(q, 'g')) IS DISTINCT FROM numeric_send(pg_temp.shortest(steps, 1e12)::numeric)) AS value_g_differs,
       count(*) FILTER (WHERE numeric_send(mass_kg(q::quantity_tally)) IS DISTINCT FROM numeric_send(pg_temp.shortest(steps, 1e15)::numeric)) AS tally_mass_kg_differs
FROM checked WHERE unit = 'lb';
SELECT count(*) FILTER (WHERE numeric_send(volume_l(q)) IS DISTINCT FROM numeric_send(pg_temp.shortest(steps, 1e12)::numeric)) AS volume_l_differs
FROM checked WHERE unit = 'mL';
SELECT count(*) FILTER (WHERE numeric_send(item_count(q)) IS DISTINCT FROM numeric_send(pg_temp.shortest(steps, 1e12)::numeric)) AS item_count_differs
FROM checked WHERE unit = 'tablets';

-- a few by hand: rounding ties, carries into the whole part, estimates
SELECT q, value(q) FROM (VALUES ('0.45359237 kg'::quantity), ('~1 lb'), ('2 oz'),
  ('0.0000000000005 g'), ('1.0000000000005 g'), ('999.9999999999999 kg'),
  ('0.000000000000001 kg'), ('99999999999.999999999999999 kg'), ('1 tablet'), ('-1 tablet'),
  ('0.1 t'), ('12345678901234567 mg')) v(q);
SELECT to_unit('1 kg', 'lb'), to_unit('1 kg', 'oz'), to_unit('0.000000000001 g', 'lb'),
       to_unit('-0.000000000001 g', 'oz');

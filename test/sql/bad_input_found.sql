-- Inputs found by fuzzing and by the bad-input corpus that once gave a wrong
-- value, kept as regression tests.

-- More than 23 significant digits in a unit that scales them up (mL, g, kg ...)
-- went through the long-number path, which read digits past the product it had
-- computed: the value depended on leftover memory.  Earlier rows leave such
-- memory behind, so each of these must read back exactly, every row.
CREATE TEMP TABLE long_digits (i int, s text);
INSERT INTO long_digits
SELECT g * 10 + k, CASE WHEN g % 2 = 1 THEN '0.' || repeat('7', 200) || ' kg' ELSE v END
FROM generate_series(1, 4) g,
     unnest(ARRAY['51372307261206298.0235264 mL', '99999999999.9999999999999 kg',
                  '12345678901234567.89012345 mL', '12345678901234.5678901234 g',
                  '99999999.99999999999999999 t', '1234567890123456.78901234 mL']) WITH ORDINALITY u(v, k);
SELECT i, s, s::quantity AS q, s::quantity::text = s AS reads_back
FROM long_digits WHERE s NOT LIKE '0.7%' ORDER BY i;

-- A leading zero before a comma is a decimal comma, not a thousands separator:
-- "0,750 kg" (0.75 kg written in the European way) once read as 750 kg.
SELECT '0,750 kg'::quantity;
SELECT '-0,5 kg'::quantity;
SELECT '00,001 kg'::quantity;
SELECT '1 kg + 0,250 kg'::quantity_tally;
\set VERBOSITY sqlstate
SELECT '0,001 kg'::quantity;
SELECT '~0,000 g'::quantity;
\set VERBOSITY default
-- thousands separators after a non-zero digit still work
SELECT '2,782 tablets'::quantity, '1,000,000.5 mg'::quantity, '10,000 kg'::quantity, '-1,000 kg'::quantity;

-- avg() of a state whose sum is the smallest int128 (a state shipped as text,
-- as Citus does) negated it out of range and returned the wrong sign.
SELECT quantity_avg_final('n=9223372036854775807 sum=-170141183460469231731687303715884105728 units=tablet');
SELECT quantity_avg_final('n=3 sum=-170141183460469231731687303715884105728 units=kg');
SELECT quantity_avg_final('n=9223372036854775807 sum=170141183460469231731687303715884105727 units=tablet');

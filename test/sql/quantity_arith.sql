-- arithmetic within a kind; the result's unit follows the + rule
SELECT '1 kg'::quantity + '1 g' AS kg_g, '1 lb'::quantity + '1 lb' AS lb_lb,
       '1 lb'::quantity + '1 g' AS lb_g, '1 lb'::quantity + '1 oz' AS lb_oz,
       '500 g'::quantity + '1 kg' AS g_kg, '1 t'::quantity + '1 mg' AS t_mg,
       '500 mL'::quantity + '1 L' AS ml_l, '1 cc'::quantity + '1 mL' AS ml_ml,
       '2 tablets'::quantity + '1 tablet' AS tablets;
SELECT '1 kg'::quantity - '1 g' AS kg_g, '1 g'::quantity - '1 kg' AS negative,
       '1 lb'::quantity - '16 oz' AS zero_kg, - '5 mg'::quantity AS neg, - '~5 mg'::quantity AS neg_est;

-- estimates propagate
SELECT '~7.2 kg'::quantity + '24.2 kg' AS est_sum, '1 kg'::quantity - '~1 g' AS est_diff,
       is_estimate('~7.2 kg'::quantity + '24.2 kg') AS flag;

-- multiplication and division by numbers: exact, half to even at 1 pg
SELECT '1 kg'::quantity * 1.5 AS mul, 3 * '2,782 tablets'::quantity AS mul_left,
       '1 kg'::quantity * 0.000000000000001 AS one_pg, '1 g'::quantity * 0.0000000000005 AS half_pg_even,
       '3 g'::quantity * 0.0000000000005 AS one_and_half_pg, '1 kg'::quantity / 3 AS third,
       '2 kg'::quantity / 3 AS two_thirds, '1 g'::quantity / 2000000000000 AS half_pg,
       '3 g'::quantity / 2000000000000 AS three_half_pg, '-3 g'::quantity / 2000000000000 AS neg_three_half,
       '3 g'::quantity / -2000000000000 AS neg_divisor, '~1 kg'::quantity * 2 AS est;

-- quantity / quantity is a plain ratio
SELECT '1 kg'::quantity / '250 g'::quantity AS ratio, '1 lb'::quantity / '1 oz'::quantity AS lb_oz,
       '2782 tablets'::quantity / '30 tablets'::quantity AS tablets;

-- constructors and accessors
SELECT quantity(18.5, 'kg'), quantity(2782, 'tablets'), quantity(1.2, 'lbs'), quantity(-0.5, 'L'),
       quantity(0.0000000000005, 'g') AS rounded;
SELECT value('18.5 kg'::quantity), value('18.5 kg'::quantity, 'g'), value('1 lb'::quantity, 'g'),
       value('1 g'::quantity, 'lb'), value('~2 L'::quantity, 'mL'), value('2782 tablets'::quantity, 'tabs');
SELECT unit('18.5 kilos'::quantity), unit('3 tabs'::quantity), unit('500 cc'::quantity),
       dimension('1 lb'::quantity), dimension('1 L'::quantity), dimension('1 dose'::quantity),
       kind('1 lb'::quantity), kind('5 mL'::quantity), kind('5 capsules'::quantity);
SELECT to_unit('1500 g'::quantity, 'kg'), to_unit('1 lb'::quantity, 'oz'), to_unit('~1 L'::quantity, 'mL'),
       to_unit('3 tabs'::quantity, 'tablet');
SELECT is_estimate('~1 kg'::quantity), is_estimate('1 kg'::quantity),
       as_estimate('1 kg'::quantity), as_measured('~1 kg'::quantity);

-- errors
SELECT '1 kg'::quantity + '1 tablet';
SELECT '2 tablets'::quantity - '1 capsule';
SELECT '1 L'::quantity / '1 kg'::quantity;
SELECT to_unit('1 kg'::quantity, 'L');
SELECT value('3 tablets'::quantity, 'capsules');
SELECT to_unit('1 kg'::quantity, 'kgg');
SELECT quantity(1, 'ton');
SELECT '1 kg'::quantity / 0;
SELECT '1 kg'::quantity / '0 g'::quantity;
SELECT '1 kg'::quantity * 'NaN'::numeric;
SELECT quantity('NaN', 'kg');
\set VERBOSITY sqlstate
SELECT '1 kg'::quantity + '1 tablet';
SELECT to_unit('1 kg'::quantity, 'L');
SELECT to_unit('1 kg'::quantity, 'kgg');
SELECT '1 kg'::quantity / 0;
SELECT '1 kg'::quantity / '0 g'::quantity;
SELECT '1 kg'::quantity * 'NaN'::numeric;
SELECT '1 kg'::quantity * 'Infinity'::numeric;
SELECT '1 kg'::quantity / 'NaN'::numeric;
SELECT '60000000000 kg'::quantity + '60000000000 kg';
SELECT '99999999999 kg'::quantity * 2;
SELECT '1 kg'::quantity / 0.000000000000001;
SELECT quantity(1e30, 'kg');
\set VERBOSITY default

-- quantity text input and output
SELECT q::quantity AS parsed, q::quantity::text = q AS canonical
FROM (VALUES ('18.5 kg'), ('4.7 kg'), ('1 kg'), ('2782 tablets'), ('1 tablet'), ('~7.2 kg'),
             ('500 mL'), ('0.5 L'), ('1.2 lb'), ('3 oz'), ('250 mg'), ('2 t'), ('30 doses'),
             ('-3 g'), ('0 kg'), ('0 tablets'), ('1.5 tablets'), ('-1 tablets'), ('~0 g')) v(q);

-- number forms: grouping, signs, fractions, exponents, spacing, case
SELECT q, q::quantity
FROM (VALUES ('2,782 tablets'), ('2,782정'), ('1,234,567.891 g'), ('+5 kg'), ('-0 kg'),
             ('.5 kg'), ('5. kg'), ('007 g'), ('1e3 g'), ('1.5E-3 kg'), ('2.5e+2 mL'),
             ('18.5kg'), ('  18.5   KG  '), ('~ 7.2 kg'), (E'\t~7.2\tkg\n'), ('18.5킬로그램'),
             ('1.2 lbs'), ('2 Metric  Tons'), ('3 Tablets'), ('10 PCS'), ('100 cc')) v(q);

-- exact units: 1 lb is 453.59237 g; 16 oz are 1 lb
SELECT '1 lb'::quantity = '453.59237 g' AS lb_exact,
       '16 oz'::quantity = '1 lb' AS oz_exact,
       '1 oz'::quantity = '28.349523125 g' AS oz_grams,
       '1 t'::quantity = '1000 kg' AS tonne,
       '1 L'::quantity = '1000 mL' AS litre;

-- resolution: 1 pg, 1 pL, 10^-12 item; finer input rounds half to even
SELECT q, q::quantity
FROM (VALUES ('0.000000000001 g'), ('0.0000000000005 g'), ('0.0000000000015 g'),
             ('0.0000000000025 g'), ('0.00000000000250001 g'), ('-0.0000000000025 g'),
             ('0.000000000000001 kg'), ('0.0000000000000005 kg'), ('0.000000001 mL'),
             ('0.0000000000005 tablets'), ('1e-40 kg'), ('1e-999999999 kg')) v(q);

-- conversions keep every step: output reads back to the same value
SELECT to_unit('1 g', 'lb') AS g_in_lb, to_unit('1 g', 'oz') AS g_in_oz,
       to_unit('1 lb', 'kg') AS lb_in_kg, to_unit('0.5 L', 'mL') AS l_in_ml,
       to_unit('1 g', 'lb')::text::quantity = '1 g' AS round_trip;

-- long inputs are read exactly
SELECT '0.12345678901234567890123456789 lb'::quantity AS long_lb,
       '1.0000000000000000000000000000000000000000000000000000000000000000005 mg'::quantity AS long_mg,
       '0.000000000000000000000000000000000000000000000000001 kg'::quantity AS tiny,
       '12345678901.234567890123456789012345678901234567890 kg'::quantity AS long_kg,
       '0.0000000000005000000000000000000000000000000000000001 g'::quantity AS sticky_half;

-- range: a magnitude below 10^11 kg, 10^14 L, 10^14 items
SELECT '99999999999.999999999999999 kg'::quantity AS max_mass,
       '-99999999999.999999999999999 kg'::quantity AS min_mass,
       '99999999999999.999999999999 L'::quantity AS max_volume,
       '99999999999999.999999999999 tablets'::quantity AS max_count,
       '100000 t'::quantity AS tonnes,
       '1000000000 kg'::quantity AS billion_kg;

-- errors: messages
SELECT '18,5 kg'::quantity;
SELECT '1,23 kg'::quantity;
SELECT '1234,567 kg'::quantity;
SELECT 'kg'::quantity;
SELECT ''::quantity;
SELECT '18.5'::quantity;
SELECT '1 kgg'::quantity;
SELECT '1 ton'::quantity;
SELECT '5 gr'::quantity;
SELECT '1e kg'::quantity;
SELECT '100000000000 kg'::quantity;
SELECT '1e30 tablets'::quantity;
SELECT 'NaN kg'::quantity;
SELECT 'Infinity kg'::quantity;

-- errors: SQLSTATEs
\set VERBOSITY sqlstate
SELECT '18,5 kg'::quantity;
SELECT '~'::quantity;
SELECT '1 2 kg'::quantity;
SELECT '--1 kg'::quantity;
SELECT '1 kg kg'::quantity;
SELECT '100000000000 kg'::quantity;
SELECT '-1e26 mg'::quantity;
SELECT '1e999999999999 kg'::quantity;
\set VERBOSITY default

-- compatibility and full-width characters read as their ASCII; every Unicode
-- space is white space (U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000)
SELECT t, t::quantity
FROM unnest(ARRAY['1.2㎏', '500㎎', '250㎍', '5㎖', '2ℓ', '10㏄', '１．２ｋｇ', '３００정', '１，２００알',
                  '～２ｋｇ', 'ｎｅｔ　１ｋｇ', U&'2\00A0kg', U&'2\2000kg', U&'2\2009kg', U&'2\200Akg',
                  U&'2\202Fkg', U&'2\205Fkg', U&'2\3000kg', U&'\3000 2 kg\00A0', U&'2\00A0metric\3000ton',
                  '１８．５ ＫＧ ＧＲＯＳＳ']) t;
SELECT '1 ㎏ ＋ ２ 정'::quantity_tally, to_unit('2 kg', '㎎');
-- others stay what they are: a zero-width space, U+200B, is no white space
SELECT U&'2\200Bkg'::quantity;
SELECT '１ｘ'::quantity;
SELECT '2 ㎗'::quantity;

-- every unit name and alias, with its canonical unit and kind
SELECT name, unit(('1 ' || name)::quantity), kind(('1 ' || name)::quantity),
       dimension(('1 ' || name)::quantity)
FROM unnest(ARRAY[
  'mg', 'milligram', 'milligrams', 'milligramme', '밀리그램',
  'g', 'gram', 'grams', 'gramme', '그램',
  'kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilo', 'kilos', '킬로그램', '킬로',
  't', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', '톤',
  'lb', 'lbs', 'pound', 'pounds', '파운드',
  'oz', 'ounce', 'ounces', '온스',
  'mL', 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters', 'cc', '밀리리터',
  'L', 'l', 'litre', 'litres', 'liter', 'liters', '리터',
  'tablet', 'tablets', 'tab', 'tabs', 'pill', 'pills', '정',
  'capsule', 'capsules', 'cap', 'caps', '캡슐',
  'ampoule', 'ampoules', 'ampule', 'amp', 'amps', '앰플',
  'blotter', 'blotters', 'dose', 'doses', 'vial', 'vials',
  'plant', 'plants', '주', 'seed', 'seeds',
  'piece', 'pieces', 'pc', 'pcs', '개',
  -- added in 0.2.0 (docs/quantity.md gives the source of each)
  'mcg', 'mcgs', 'µg', 'μg', 'ug', 'microgram', 'micrograms', 'microgramme', '마이크로그램',
  'blotter paper', '매', '장', 'bottle', 'bottles', '병', 'patch', 'patches', '패치',
  'cartridge', 'cartridges', 'cart', 'carts', 'vape cartridge', '카트리지',
  'packet', 'packets', 'sachet', 'sachets', '포', 'bag', 'bags', 'baggie', 'baggies', '봉지',
  'cigarette', 'cigarettes', 'joint', 'joints', '개비', 'dosage unit', 'dosage units',
  'Dosage  Units', '알', '바이알']) AS name;

-- case does not matter; Korean counters attach to the number
SELECT '2 KILOGRAMS'::quantity, '3 Pills'::quantity, '2,782정'::quantity = '2782 tablets' AS korean_equal,
       '10주'::quantity, '5앰플'::quantity, '3캡슐'::quantity, '7개'::quantity;

-- output: canonical symbol; counts singular only for exactly 1
SELECT '1 tablet'::quantity, '1.0 tablets'::quantity, '2 tablet'::quantity, '0.5 tablet'::quantity,
       '1 capsule'::quantity, '1 vial'::quantity, '1 plant'::quantity, '2 plant'::quantity,
       '1 L'::quantity, '1 mL'::quantity;

-- micrograms are exact (1 mcg = 10^6 pg) and print as "mcg" (ASCII)
SELECT '5 µg'::quantity, '5 μg'::quantity = '5 mcg' AS mu_is_micro, '0.000001 mcg'::quantity,
       '1 mg'::quantity = '1000 ug' AS mg_is_1000_ug, '250 mcg'::quantity + '1 mg' AS sum,
       to_unit('1.5 g', 'mcg'), to_unit('100 mcg', 'kg'), value('2.5 mcg', 'mg');

-- Korea Customs Service counters attach to the number, as 정 does
SELECT '100매'::quantity, '5장'::quantity, '3병'::quantity, '10포'::quantity, '2개비'::quantity,
       '4봉지'::quantity, '30패치'::quantity, '2카트리지'::quantity, '1,200알'::quantity;

-- output: singular only for exactly 1; "patch" takes "es"
SELECT '1 patch'::quantity, '2 patch'::quantity, '1 dosage unit'::quantity,
       '30 dosage units'::quantity, '1 bag'::quantity, '~2.5 cartridges'::quantity;

-- each count unit is a kind of its own: kind(), part() and unit() know them
SELECT q, kind(q), unit(q), dimension(q)
FROM unnest('{3 bottles, 30 patches, 2 cartridges, 10 packets, 4 bags, 2 joints, 5 dosage units}'::quantity[]) q;
SELECT tally(q), part(tally(q), 'patches'), part(tally(q), 'dosage unit')
FROM unnest('{3 bottles, 30 patches, 2 cartridges, 20 patches, ~1 bag, 5 dosage units, 1 kg}'::quantity[]) q;

-- refused: unknown units (with the closest name) and words without one meaning
CREATE FUNCTION pg_temp.try(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE detail text; hint text;
BEGIN
  RETURN 'accepted: ' || t::quantity::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  RETURN SQLSTATE || ': ' || SQLERRM || ' | ' || detail || ' | ' || hint;
END $$;
SELECT t, pg_temp.try(t)
FROM unnest(ARRAY['3 bottels', '2 patchs', '5 mgc', '1 catridge', '2 sheets', '1 sheet',
                  '10 units', '1 unit', '2 gallons', '1 ton', '5 gr', '3 bottles', '2 bottles kg']) t;
SELECT '3 bottles'::quantity + '2 vials';
SELECT sum(q) FROM unnest('{2 patches, 1 patch, 1 packet}'::quantity[]) q;
SELECT to_unit('1 kg', 'gallon');
SELECT to_unit('3 patches', 'tablet');

-- conversion factors may name the new count units (and still no other word)
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('fentanyl', 'patch', 0.5, 'gross', 'an illustrative figure for this test');
SELECT to_mass('30 patches', 'fentanyl'), to_mass('30 patches', 'fentanyl', 'gross');
SELECT to_mass('2 bottles', 'fentanyl');
SELECT to_mass('2 dosage units', 'fentanyl');
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('fentanyl', 'sheet', 0.5, 'gross', 'refused: not a unit');

-- the cross-kind order: mass, volume, then count units alphabetically
SELECT array_agg(kind(q) ORDER BY q)
FROM unnest('{1 vial, 1 patch, 1 packet, 1 dose, 1 dosage unit, 1 cigarette, 1 cartridge,
             1 capsule, 1 bottle, 1 blotter, 1 bag, 1 ampoule, 1 L, 1 mcg, 1 tablet, 1 seed,
             1 plant, 1 piece}'::quantity[]) q;
-- ... in which 0.1.0's kinds keep their order (stored btree indexes stay valid)
SELECT array_agg(kind(q) ORDER BY q) = '{mass,volume,ampoule,blotter,capsule,dose,piece,plant,seed,tablet,vial}'
       AS same_as_0_1_0
FROM unnest('{2 vials, 2 tablets, 2 seeds, 2 plants, 2 pieces, 2 doses, 2 capsules, 2 blotters,
             2 ampoules, 2 L, 2 kg}'::quantity[]) q;
-- ... and their hashes (stored hash indexes stay valid): values under 0.1.0
SELECT u, quantity_hash(('2 ' || u)::quantity) = h AS same_hash,
       quantity_hash_extended(('~2 ' || u)::quantity, 7) = he AS same_extended_hash
FROM (VALUES ('kg', -1863252680, 4262266919684569330), ('L', -69928860, -656223354720889617),
             ('ampoules', -716815415, -2456400407564900637), ('blotters', -1727007047, -7831480460842223176),
             ('capsules', 729293976, 3154943660253888656), ('doses', 57789820, 8298789043538956802),
             ('pieces', -1150826188, 6422406357584952991), ('plants', -689536342, 3987694971340263102),
             ('seeds', -1130873242, 6896856988593324857), ('tablets', 119107292, -4817895571297404777),
             ('vials', 54394949, 3925574274401560902)) v(u, h, he);
-- tallies list kinds in the same order
SELECT '2 vials + 1 patch + 3 bottles + 1 blotter + 2 bags + 1 kg'::quantity_tally;

-- unit ids in the binary format: 0.1.0's ids unchanged, new units appended
SELECT u, get_byte(quantity_send(('1 ' || u)::quantity), 1) AS unit_id
FROM unnest(ARRAY['mg', 'g', 'kg', 't', 'lb', 'oz', 'mL', 'L', 'ampoule', 'blotter', 'capsule',
                  'dose', 'piece', 'plant', 'seed', 'tablet', 'vial', 'mcg', 'bag', 'bottle',
                  'cartridge', 'cigarette', 'dosage unit', 'packet', 'patch']) u;

-- added in 0.3.0: packages press releases count, US gallons, "gm"; a final
-- period of an abbreviation (docs/quantity.md gives the source of each)
SELECT name, ('1 ' || name)::quantity, kind(('1 ' || name)::quantity), dimension(('1 ' || name)::quantity)
FROM unnest(ARRAY[
  'brick', 'bricks', 'bundle', 'bundles', '묶음', 'pellet', 'pellets', 'syringe', 'syringes',
  'US gal', 'us gals', 'U.S. gal', 'US gallon', 'US gallons', 'U.S. gallon',
  'gm', 'gms', 'oz.', 'lbs.', 'lb.', 'kgs.', 'g.', 'Tabs.', 'pcs.', 'U.S. gal.']) AS name;
SELECT '4 bricks'::quantity, '1 brick'::quantity, '3묶음'::quantity, '2 US gal'::quantity,
       '1 US gal'::quantity, to_unit('2 US gal', 'L') AS in_litres, value('1 US gal', 'mL') AS ml,
       to_unit('7.570823568 L', 'US gal') AS back, '1 US gal'::quantity + '1 L' AS sum;
-- the new count units are kinds of their own, sorted by name among the others
SELECT q, kind(q), unit(q) FROM unnest('{2 syringes, 1 vial, 4 bricks, 3 bundles, 80 pellets, 1 patch, 1 bottle}'::quantity[]) q
ORDER BY q;
SELECT tally(q), part(tally(q), 'brick'), part(tally(q), 'syringes')
FROM unnest('{4 bricks, 2 bricks, ~1 syringe, 2 kg}'::quantity[]) q;
SELECT '4 bricks'::quantity + '2 bundles';
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
VALUES ('fentanyl', 'brick', 1000, 'gross', 'an illustrative figure for this test');
SELECT to_mass('4 bricks', 'fentanyl', 'gross');

-- refused with the reason: gallons and fluid ounces without "US", decilitres,
-- and US fluid ounces, which are not a whole number of picolitres
SELECT t, pg_temp.try(t)
FROM unnest(ARRAY['2 gal', '2 gals', '2 gal.', '2 fl oz', '2 fl. oz.', '12 fluid ounces', '2 US fl oz',
                  '2 U.S. fl oz', '1 dL', '1 dl', '1 ㎗', '2 tons', '5 grs', '2 Sheets']) t;
SELECT to_unit('1 kg', 'US fl oz');
-- a hint proposes only a likely misspelling: same first letter, one edit
-- (two from five characters), a swap of neighbours one edit
SELECT t, pg_temp.try(t)
FROM unnest(ARRAY['3 bottels', '4 brikcs', '2 syrings', '1 kgg', '5 xyz', '2 bottles kg',
                  '5 gallonz', '3 mgs.', '2 wraps', '1.2 kk']) t;
SELECT to_unit('1 kg', 'xyz');
SELECT to_unit('1 kg', 'kgg');

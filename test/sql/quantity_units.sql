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
  'piece', 'pieces', 'pc', 'pcs', '개']) AS name;

-- case does not matter; Korean counters attach to the number
SELECT '2 KILOGRAMS'::quantity, '3 Pills'::quantity, '2,782정'::quantity = '2782 tablets' AS korean_equal,
       '10주'::quantity, '5앰플'::quantity, '3캡슐'::quantity, '7개'::quantity;

-- output: canonical symbol; counts singular only for exactly 1
SELECT '1 tablet'::quantity, '1.0 tablets'::quantity, '2 tablet'::quantity, '0.5 tablet'::quantity,
       '1 capsule'::quantity, '1 vial'::quantity, '1 plant'::quantity, '2 plant'::quantity,
       '1 L'::quantity, '1 mL'::quantity;

-- weight basis of a mass (net, bulk, gross) and estimate words
\set VERBOSITY sqlstate
SELECT q, q::quantity, basis(q::quantity), is_estimate(q::quantity)
FROM (VALUES ('2 kg gross'), ('1.8 kg net'), ('~7.2 kg gross'), ('3 g bulk'), ('2 KG Gross'),
             ('총중량 2 kg'), ('2kg 총중량'), ('2 kg총중량'), ('순중량 1.5 g'), ('1.5 g 순중량'),
             ('총중량 약 2 kg'), ('18.5 kg'), ('약 2 kg'), ('약2kg'), ('approx. 2 kg'), ('approx.2 kg'),
             ('Approx 2 kg'), ('approximately 2 kg'), ('about 2 kg'), ('ABOUT 3 tablets'),
             ('ca. 2 kg'), ('ca 2 kg'), ('circa 5 L'), ('  ~ 2 lb net  ')) v(q);

-- output reads back to the same value; unstated prints as before
SELECT q::quantity::text::quantity = q::quantity AS same, q::quantity::text
FROM (VALUES ('2 kg gross'), ('~0.000000000001 g net'), ('1 lb bulk'), ('-3 oz gross')) v(q);

-- refused, each with its reason (SQLSTATE and message)
\set VERBOSITY default
SELECT '2 tablets gross'::quantity;
SELECT '2 L net'::quantity;
SELECT '2 kg gross net'::quantity;
SELECT '총중량 2 kg gross'::quantity;
SELECT '약'::quantity;
SELECT 'about kg'::quantity;
SELECT 'gross'::quantity;
SELECT '총중량'::quantity;
SELECT '2 gross'::quantity;
SELECT 'abouts 2 kg'::quantity;
SELECT '~ about 2 kg'::quantity;
\set VERBOSITY sqlstate

-- identity and order: kind, amount, basis (unstated, net, bulk, gross), measured before estimated
SELECT '1 kg net'::quantity = '1 kg gross' AS net_is_gross, '1000 g net'::quantity = '1 kg net' AS same_basis,
       '1 kg'::quantity = '1 kg net' AS unstated_is_net;
SELECT q FROM (VALUES ('1 kg gross'::quantity), ('1 kg'), ('~1 kg net'), ('1 kg net'), ('1 kg bulk'),
                      ('~1 kg'), ('999 g gross'), ('1 tablet')) v(q) ORDER BY q;
SELECT count(DISTINCT q) AS distinct_values,
       count(DISTINCT hashtext(q::text)) AS distinct_texts,
       bool_and(quantity_hash(q) = quantity_hash(to_unit(q, 'g'))) AS hash_follows_equality
FROM (VALUES ('1 kg gross'::quantity), ('1 kg'), ('1 kg net'), ('1 kg bulk'), ('~1 kg gross')) v(q);

-- arithmetic keeps a basis and refuses to mix bases
SELECT '1 kg net'::quantity + '500 g net' AS net_sum, -'2 kg gross'::quantity AS negated,
       '2 kg gross'::quantity * 3 AS scaled, to_unit('1 kg gross', 'g') AS converted,
       as_estimate('1 kg net') AS est, as_measured('~1 kg net') AS meas;
SELECT '1 kg net'::quantity + '1 kg gross';
SELECT '1 kg'::quantity - '1 kg bulk';

-- with_basis and basis()
SELECT with_basis('2 kg', 'net'), with_basis('2 kg net', 'gross'), with_basis('~2 kg net', NULL),
       with_basis('2 kg net', 'unstated'), with_basis('2 kg', '총중량'), with_basis(NULL, 'net');
SELECT with_basis('2 tablets', 'net');
SELECT with_basis('2 kg', 'tare');
SELECT basis('2 L'), basis('2 tablets'), basis('2 kg') IS NULL AS unstated_is_null;

-- tally keeps bases apart; part() and the BI projections take one
SELECT '24.2 kg + ~7.2 kg gross + 2782 tablets'::quantity_tally AS seed,
       '1 kg net + 2 kg gross + 3 kg net + 500 g bulk'::quantity_tally AS mixed;
SELECT tally(q) FROM (VALUES ('18.5 kg'::quantity), ('4.7 kg'), ('1 kg'), ('~7.2 kg gross'), ('2782 tablets')) v(q);
SELECT part(t, 'mass', 'gross') AS gross, part(t, 'mass', 'unstated') AS unstated, part(t, 'mass', 'net') AS net,
       part(t, 'tablet') AS tablets, mass_kg(t, 'gross') AS gross_kg, mass_kg(t, 'unstated') AS unstated_kg
FROM (SELECT '24.2 kg + ~7.2 kg gross + 2782 tablets'::quantity_tally) v(t);
SELECT part('2 kg gross + 1 tablet'::quantity_tally, 'mass') AS one_basis, mass_kg('2 kg gross'::quantity_tally) AS kg;
SELECT part('24.2 kg + ~7.2 kg gross'::quantity_tally, 'mass');
SELECT mass_kg('24.2 kg + ~7.2 kg gross'::quantity_tally);
SELECT part('2 tablets'::quantity_tally, 'tablet', 'gross');
SELECT mass_kg('2 kg net'::quantity, 'net') AS net, mass_kg('2 kg net'::quantity, 'gross') AS gross,
       mass_kg('2 kg'::quantity, 'unstated') AS unstated;

-- binary: version 2 carries the basis; version 1 (0.1.0) is still read
SELECT encode(quantity_send('2 kg gross'), 'hex') AS v2_gross, encode(quantity_send('~1 g'), 'hex') AS v2_plain;
SELECT encode(quantity_tally_send('24.2 kg + ~7.2 kg gross'), 'hex') AS tally_v2;

-- sum and avg keep one basis and refuse several, naming the first two bases
-- in their order whatever the row order; kinds are checked first
SELECT sum(q) AS net_sum, avg(q) AS net_avg
FROM (VALUES ('1 kg net'::quantity), ('500 g net'), ('~2 kg net')) v(q);
\set VERBOSITY default
SELECT sum(q) FROM (VALUES ('1 kg gross'::quantity), ('1 kg'), ('1 kg net')) v(q);
SELECT sum(q) FROM (VALUES ('1 kg net'::quantity), ('1 kg gross'), ('1 kg')) v(q);
SELECT avg(q) FROM (VALUES ('1 kg bulk'::quantity), ('1 kg gross')) v(q);
SELECT sum(q) FROM (VALUES ('1 kg gross'::quantity), ('1 kg net'), ('2 tablets')) v(q);
\set VERBOSITY sqlstate
-- the state says which bases it has seen, reads back, and combines
SELECT quantity_sum_trans(quantity_sum_trans(NULL, '1 kg net'), '1 g net')::text AS one_basis,
       quantity_sum_trans(quantity_sum_trans(NULL, '1 kg'), '1 g gross')::text AS two_bases,
       quantity_sum_trans(NULL, '1 kg')::text AS unstated;
SELECT 'n=2 sum=1001000000000000 units=g,kg basis=net'::quantity_sum_state::text AS reads_back,
       quantity_sum_final('n=2 sum=1001000000000000 units=g,kg basis=net') AS final,
       quantity_sum_final(quantity_sum_combine('n=1 sum=1000000000000 units=g basis=net',
                                               'n=1 sum=1000000000000 units=g basis=net')) AS combined;
SELECT quantity_sum_final(quantity_sum_combine('n=1 sum=1000000000000 units=g basis=net',
                                               'n=1 sum=1000000000000 units=g'));
SELECT 'n=1 sum=1 units=g basis=unstated'::quantity_sum_state;
SELECT 'n=1 sum=1 units=tablet basis=net'::quantity_sum_state;
SELECT 'n=1 sum=1 units=g basis=tare'::quantity_sum_state;

-- added in 0.3.0: basis phrases of customs and trade documents, before the
-- amount or after the unit, any case
SELECT q, q::quantity
FROM (VALUES ('2 kg gross weight'), ('2 kg (gross)'), ('2 kg(gross)'), ('2 kg (Gross Weight)'),
             ('net weight 1.8 kg'), ('Net Weight: 1.8 kg'), ('N.W. 1.8 KGS'), ('N.W.: 1.8 kg'),
             ('G.W. 2.0 KGS'), ('2.0 KGS G.W.'), ('1.8 kg N.W.'), ('net wt. 12 oz.'), ('12 oz. net wt.'),
             ('Net Wt 12 oz'), ('gross wt. 3 lbs'), ('N/W 1 kg'), ('G/W: 2 kg'), ('net 1.8 kg'),
             ('gross 2 kg'), ('bulk weight 3 g'), ('3 g (bulk)'), ('net weight approx. 2 kg'),
             ('gross  weight   2 kg')) v(q);
\set VERBOSITY default
SELECT 'net weight 2 kg gross'::quantity;
SELECT '총중량 2kg (gross)'::quantity;
SELECT '2 kg gross weight (net)'::quantity;
SELECT '2 tablets (gross)'::quantity;
SELECT 'net weight'::quantity;
SELECT 'N.W.: kg'::quantity;
SELECT '2 gross weight'::quantity;
SELECT '2 L net wt.'::quantity;
\set VERBOSITY sqlstate

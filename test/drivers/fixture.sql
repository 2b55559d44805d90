-- Shared by the driver checks: every type, and the plain projections BI tools read.
CREATE TABLE bi_fixture (id int PRIMARY KEY, q quantity, t quantity_tally);
INSERT INTO bi_fixture VALUES
  (1, '18.5 kg', '24.2 kg + ~7.2 kg + 2782 tablets'),
  (2, '2,782정', '500 mL + 30 doses'),
  (3, '~1.2 lbs', '1 lb'),
  (4, '500 mL', NULL);
CREATE VIEW bi_fixture_plain AS
SELECT id, q::text AS quantity_text, mass_kg(q) AS mass_kg, volume_l(q) AS volume_l,
       item_count(q) AS items, unit(q) AS unit, is_estimate(q) AS estimate,
       t::text AS tally_text, mass_kg(t) AS tally_mass_kg, item_count(t, 'tablet') AS tally_tablets
FROM bi_fixture;

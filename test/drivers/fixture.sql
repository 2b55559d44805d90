-- Shared by the driver checks: every type, and the plain projections BI tools read.
CREATE TABLE bi_fixture (id int PRIMARY KEY, q quantity, t quantity_tally, r route);
INSERT INTO bi_fixture VALUES
  (1, '18.5 kg', '24.2 kg + ~7.2 kg + 2782 tablets', '국제우편'),
  (2, '2,782정', '500 mL + 30 doses', 'express'),
  (3, '~1.2 lbs', '1 lb', 'traveller'),
  (4, '500 mL', NULL, NULL);
CREATE VIEW bi_fixture_plain AS
SELECT id, q::text AS quantity_text, mass_kg(q) AS mass_kg, volume_l(q) AS volume_l,
       item_count(q) AS items, unit(q) AS unit, is_estimate(q) AS estimate,
       t::text AS tally_text, mass_kg(t) AS tally_mass_kg, item_count(t, 'tablet') AS tally_tablets,
       route_label(r, 'en') AS route_en, route_label(r, 'ko') AS route_ko
FROM bi_fixture;

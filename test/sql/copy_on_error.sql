-- COPY ... WITH (ON_ERROR ignore) (PostgreSQL 17 and later; left out on
-- older servers, see REGRESS_SKIPPED in the Makefile) loads a messy CSV
-- file: every good row lands, every bad row (in any of the extension's types,
-- a type modifier included) is skipped and reported, and nothing else changes.
CREATE TABLE messy (line text, q quantity, m quantity(mass), t quantity_tally,
                    s quantity_sum_state, r route);
INSERT INTO messy VALUES ('already there', '1 g', '1 g', '1 g', 'n=0 sum=0 units=', 'mail');
\copy messy FROM 'test/data/messy_load.csv' WITH (FORMAT csv, HEADER, ON_ERROR ignore, LOG_VERBOSITY verbose)
SELECT line, q, m, t, s, r FROM messy ORDER BY line;
DROP TABLE messy;

-- Soft input errors (PostgreSQL 16 and later; left out on 15, see
-- REGRESS_SKIPPED in the Makefile): every input function reports through
-- the soft-error interface, type modifiers included, so pg_input_is_valid()
-- answers false instead of raising.
SELECT v AS input, t AS type, pg_input_is_valid(v, t) AS valid, e.sql_error_code AS code,
       e.message, e.detail
FROM (VALUES ('18.5 kg', 'quantity'), ('18,5 kg', 'quantity'), ('1e30 kg', 'quantity'),
             ('2 kgg', 'quantity'), ('2 tons', 'quantity'), ('2 tablets gross', 'quantity'),
             ('약', 'quantity'), ('2 kg gross', 'quantity(mass)'), ('2 tablets', 'quantity(mass)'),
             ('1 L', 'quantity(count)'), ('3 doses', 'quantity(count)'),
             ('1 kg + 2 tablets', 'quantity_tally'), ('1 kg +', 'quantity_tally'),
             ('1 kgg + 1 g', 'quantity_tally'), ('99999999999 kg + 99999999999 kg', 'quantity_tally'),
             ('n=1 sum=1000 units=g', 'quantity_sum_state'), ('n=1 sum=1000', 'quantity_sum_state'),
             ('n=-1 sum=0 units=', 'quantity_sum_state'), ('mail', 'route'), ('teleport', 'route')) v(v, t),
     LATERAL pg_input_error_info(v, t) e
ORDER BY t, v;

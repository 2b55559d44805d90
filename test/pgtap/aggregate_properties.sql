-- Properties of the aggregates over generated data
BEGIN;
SELECT plan(7);

SELECT setseed(0.1234);
CREATE TEMP TABLE gen AS
SELECT i, i % 23 AS grp,
       (CASE WHEN random() < 0.15 THEN '~' ELSE '' END ||
        CASE WHEN random() < 0.2 THEN '-' ELSE '' END ||
        round((random() * 1000)::numeric, floor(random() * 13)::int)::text || ' ' ||
        (ARRAY['mg','g','kg','t','lb','oz','mL','L','tablets','doses','capsules'])[1 + floor(random() * 11)::int]
       )::quantity AS q
FROM generate_series(1, 4000) i;

-- a left fold of + in SQL, for comparison
CREATE FUNCTION pg_temp.fold_add(acc quantity, q quantity) RETURNS quantity
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN acc IS NULL THEN q ELSE acc + q END $$;
CREATE AGGREGATE pg_temp.fold_sum(quantity) (SFUNC = pg_temp.fold_add, STYPE = quantity);

SELECT is((SELECT count(*) FROM (
             SELECT grp, kind(q) k, sum(q) s, pg_temp.fold_sum(q ORDER BY i) f
             FROM gen GROUP BY grp, kind(q)) x
           WHERE s <> f), 0::bigint, 'sum equals a fold of +, per group and kind');

SELECT is((SELECT count(*) FROM (
             SELECT grp, kind(q) k, sum(q ORDER BY i) a, sum(q ORDER BY i DESC) b
             FROM gen GROUP BY grp, kind(q)) x
           WHERE a::text <> b::text), 0::bigint, 'sum and its unit do not depend on row order');

SELECT is((SELECT count(*) FROM (SELECT grp, tally(q) t FROM gen GROUP BY grp) tt
           JOIN (SELECT grp, kind(q) k, sum(q) s FROM gen GROUP BY grp, kind(q)) ss USING (grp)
           WHERE part(tt.t, ss.k) IS DISTINCT FROM ss.s), 0::bigint,
          'each part of a tally equals the sum of its kind');

SELECT is((SELECT count(*) FROM (SELECT grp, tally(q) t FROM gen GROUP BY grp) tt
           WHERE t::text::quantity_tally <> t OR t::text::quantity_tally::text <> t::text), 0::bigint,
          'tally text output reads back exactly');

-- what a worker would ship: the transition state, without the final function
CREATE AGGREGATE pg_temp.sum_state(quantity) (SFUNC = quantity_sum_trans, STYPE = quantity_sum_state);

SELECT is(quantity_sum_final(quantity_sum_combine(NULL, NULL)), NULL, 'an empty state gives NULL');

-- split each group in two halves, ship both states as text, combine: same result
SELECT is((SELECT count(*) FROM (
             SELECT grp, kind(q) k, sum(q) AS whole,
                    quantity_sum_final(quantity_sum_combine(
                      (pg_temp.sum_state(q) FILTER (WHERE i % 2 = 0))::text::quantity_sum_state,
                      (pg_temp.sum_state(q) FILTER (WHERE i % 2 = 1))::text::quantity_sum_state)) AS combined,
                    avg(q) AS whole_avg,
                    quantity_avg_final(quantity_sum_combine(
                      (pg_temp.sum_state(q) FILTER (WHERE i % 3 = 0))::text::quantity_sum_state,
                      (pg_temp.sum_state(q) FILTER (WHERE i % 3 > 0))::text::quantity_sum_state)) AS combined_avg
             FROM gen GROUP BY grp, kind(q)) x
           WHERE combined::text <> whole::text OR combined_avg::text <> whole_avg::text), 0::bigint,
          'sum and avg states shipped as text and combined give the same result');

SELECT is((SELECT count(*) FROM (
             SELECT grp,
                    quantity_tally_combine(
                      (SELECT tally(q) FROM gen g2 WHERE g2.grp = g.grp AND g2.i % 2 = 0)::text::quantity_tally,
                      (SELECT tally(q) FROM gen g2 WHERE g2.grp = g.grp AND g2.i % 2 = 1)::text::quantity_tally) AS combined,
                    tally(q) AS whole
             FROM gen g GROUP BY grp) x
           WHERE combined <> whole), 0::bigint, 'tallies shipped as text and combined give the same tally');

SELECT * FROM finish();
ROLLBACK;

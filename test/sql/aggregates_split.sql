-- Aggregates give one answer however the rows are ordered, split and
-- shipped: what Citus does (worker_partial_agg ships each worker's state as
-- text, coord_combine_agg combines them in arrival order), done here by hand.
\set VERBOSITY default
CREATE SCHEMA split;
SET search_path = public, split;

-- the pieces of Citus's split, as plain aggregates
CREATE AGGREGATE split.sum_partial(quantity) (
	SFUNC = quantity_sum_trans, STYPE = quantity_sum_state);
CREATE AGGREGATE split.sum_combined(quantity_sum_state) (
	SFUNC = quantity_sum_combine, STYPE = quantity_sum_state);
CREATE AGGREGATE split.tally_partial(quantity) (
	SFUNC = quantity_tally_state_trans, STYPE = quantity_tally_state);
CREATE AGGREGATE split.tally_combined(quantity_tally_state) (
	SFUNC = quantity_tally_state_combine, STYPE = quantity_tally_state);
CREATE AGGREGATE split.min_combined(quantity) (
	SFUNC = quantity_smaller, STYPE = quantity);
CREATE AGGREGATE split.max_combined(quantity) (
	SFUNC = quantity_larger, STYPE = quantity);

-- SQLSTATE and message of a statement, or its first value as text
CREATE FUNCTION split.outcome(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
	EXECUTE sql INTO r;
	RETURN r;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

CREATE TABLE rows AS
SELECT i,
       CASE i % 6 WHEN 0 THEN (i || ' g') WHEN 1 THEN ('~' || i || '.25 kg')
                  WHEN 2 THEN (i || ' mg') WHEN 3 THEN ((i % 7) || ' lb')
                  WHEN 4 THEN ('-' || i || ' g') ELSE (i || ' oz') END::quantity AS q,
       CASE i % 4 WHEN 0 THEN (i || ' tablets') WHEN 1 THEN (i || ' mL')
                  WHEN 2 THEN ('~' || i || ' g') ELSE (i % 3 || ' kg') END::quantity AS mixed,
       -- equal amounts in different units, measured and estimated
       CASE i % 5 WHEN 0 THEN '1 kg' WHEN 1 THEN '1000 g' WHEN 2 THEN '1000000 mg'
                  WHEN 3 THEN '0.001 t' ELSE '~1 kg' END::quantity AS same
FROM generate_series(1, 3000) i;

-- Split into k parts by i % k, each part's state through its text form,
-- combined in ascending and in descending order: the one-server answer.
CREATE TABLE splits AS
SELECT k, o, (i % k) AS part,
       sum_partial(q)::text::quantity_sum_state AS s,
       tally_partial(mixed)::text::quantity_tally_state AS t,
       min(same)::text::quantity AS mn, max(same)::text::quantity AS mx
FROM rows, generate_series(1, 7) k, (VALUES ('asc'), ('desc')) o(o)
GROUP BY k, o, i % k;

SELECT sum(q) AS sum, avg(q) AS avg, tally(mixed) AS tally, min(same) AS min, max(same) AS max
FROM rows;
SELECT count(*) AS splits,
       count(*) FILTER (WHERE quantity_sum_final(s)::text = whole.sum
                        AND quantity_avg_final(s)::text = whole.avg
                        AND quantity_tally_state_final(t)::text = whole.tally
                        AND mn::text = whole.min AND mx::text = whole.max) AS same_text
FROM (SELECT k, o,
             CASE o WHEN 'asc' THEN sum_combined(s ORDER BY part) ELSE sum_combined(s ORDER BY part DESC) END AS s,
             CASE o WHEN 'asc' THEN tally_combined(t ORDER BY part) ELSE tally_combined(t ORDER BY part DESC) END AS t,
             CASE o WHEN 'asc' THEN min_combined(mn ORDER BY part) ELSE min_combined(mn ORDER BY part DESC) END AS mn,
             CASE o WHEN 'asc' THEN max_combined(mx ORDER BY part) ELSE max_combined(mx ORDER BY part DESC) END AS mx
      FROM splits GROUP BY k, o) c,
     (SELECT sum(q)::text AS sum, avg(q)::text AS avg, tally(mixed)::text AS tally,
             min(same)::text AS min, max(same)::text AS max FROM rows) whole;

-- The states through their binary forms (as with citus.enable_binary_protocol).
CREATE TABLE states_bin (k int, o text, part int, s quantity_sum_state, t quantity_tally_state);
\copy (SELECT k, o, part, s, t FROM splits) TO 'results/split_states.bin' WITH (FORMAT binary)
\copy states_bin FROM 'results/split_states.bin' WITH (FORMAT binary)
SELECT count(*) AS states,
       count(*) FILTER (WHERE b.s::text = p.s::text AND b.t::text = p.t::text) AS identical
FROM splits p JOIN states_bin b USING (k, o, part);

-- min and max: among equal quantities the smallest unit id, in every row
-- order, split and plan; measured comes before estimated.
SELECT string_agg(outcome(format('SELECT min(q ORDER BY %s)::text || '' / '' || max(q ORDER BY %s)::text FROM (VALUES (1, %L::quantity), (2, %L), (3, %L), (4, %L)) v(n, q)',
                                 ord, ord, '1 kg', '1000 g', '~1 kg', '1000000 mg')), ' | ' ORDER BY ord) AS min_max
FROM (VALUES ('n'), ('-n'), ('n % 2, n'), ('n % 3, -n')) o(ord);
SELECT outcome('SELECT min(q)::text FROM (VALUES (''0 kg''::quantity), (''0 g''), (''0 mg'')) v(q)') AS zero_min,
       outcome('SELECT max(q)::text FROM (VALUES (''0 g''::quantity), (''0 kg''), (''0 t'')) v(q)') AS zero_max;
-- direct calls choose the same way whichever argument comes first
SELECT quantity_smaller('1 kg', '1000 g') AS s1, quantity_smaller('1000 g', '1 kg') AS s2,
       quantity_larger('1 kg', '1000 g') AS l1, quantity_larger('1000 g', '1 kg') AS l2,
       quantity_larger('~1 kg', '1000 g') AS l3, quantity_smaller('~1 kg', '1000 g') AS s3;

-- plans: an index, parallel workers, a sort; no plan may pick another unit
CREATE INDEX ON rows (same);
ANALYZE rows;
EXPLAIN (COSTS OFF) SELECT min(same), max(same) FROM rows;
SELECT min(same), max(same) FROM rows;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
-- (the plan shows the workers' partial aggregates)
SELECT * FROM regress.plan('SELECT min(same), max(same) FROM rows');
SELECT min(same), max(same) FROM rows;
SELECT min(same), max(same) FROM (SELECT same FROM rows ORDER BY i DESC) r;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;

-- Mixed kinds: the error names the user's aggregate and the two first
-- kinds in sort order (mass, volume, then count units alphabetically),
-- whatever the order of the rows.
SELECT ord, outcome(format('SELECT sum(q ORDER BY %s)::text FROM (VALUES (1, ''2 blotters''::quantity), (2, ''1 kg''), (3, ''5 mL''), (4, ''3 tablets'')) v(n, q)', ord)) AS sum,
       outcome(format('SELECT avg(q ORDER BY %s)::text FROM (VALUES (1, ''2 blotters''::quantity), (2, ''3 tablets''), (3, ''5 mL'')) v(n, q)', ord)) AS avg
FROM (VALUES ('n'), ('-n'), ('n % 2, n'), ('(n * 7) % 4')) o(ord);
SELECT sum(q) FROM (VALUES ('3 tablets'::quantity), ('2 blotters'), ('1 kg'), ('5 mL')) v(q);
-- Split: states of one kind each, combined in any order, then the final
-- function: the same error, named by sum() or avg().
SELECT quantity_sum_combine(quantity_sum_combine('n=1 sum=1 units=kg', 'n=2 sum=4 units=blotter'), 'n=1 sum=1 units=mL') AS mixed_state;
SELECT outcome('SELECT quantity_sum_final(quantity_sum_combine(quantity_sum_combine(''n=1 sum=1 units=kg'', ''n=2 sum=4 units=blotter''), ''n=1 sum=1 units=mL''))') AS order1,
       outcome('SELECT quantity_sum_final(quantity_sum_combine(''n=1 sum=1 units=mL'', quantity_sum_combine(''n=2 sum=4 units=blotter'', ''n=1 sum=1 units=kg'')))') AS order2,
       outcome('SELECT quantity_avg_final(''n=4 sum=0 units=mL,blotter,tablet'')') AS avg;
-- a mixed state reads back exactly and has no sum
SELECT 'n=3 sum=0 units=g,mL,tablet estimate'::quantity_sum_state;
SELECT quantity_sum_state_send('n=3 sum=0 units=g,mL,tablet estimate') AS mixed_binary;
SELECT 'n=3 sum=7 units=g,mL'::quantity_sum_state;
-- a one-kind state added to a mixed one stays mixed
SELECT quantity_sum_combine('n=2 sum=0 units=kg,mL', 'n=1 sum=5 units=kg') AS stays_mixed,
       quantity_sum_trans('n=2 sum=0 units=kg,mL', '1 kg') AS trans_mixed;

-- tally() checks the range of the final totals, as sum() does: partial sums
-- beyond the range are fine in any order, a final total beyond it fails in
-- every order.
SELECT ord,
       outcome(format('SELECT tally(q ORDER BY %s)::text FROM (VALUES (1, ''60000000000 kg''::quantity), (2, ''60000000000 kg''), (3, ''-40000000000 kg'')) v(n, q)', ord)) AS tally,
       outcome(format('SELECT sum(q ORDER BY %s)::text FROM (VALUES (1, ''60000000000 kg''::quantity), (2, ''60000000000 kg''), (3, ''-40000000000 kg'')) v(n, q)', ord)) AS sum,
       outcome(format('SELECT sum(t ORDER BY %s)::text FROM (VALUES (1, ''60000000000 kg''::quantity_tally), (2, ''60000000000 kg + 1 tablet''), (3, ''-40000000000 kg'')) v(n, t)', ord)) AS sum_tally
FROM (VALUES ('n'), ('-n')) o(ord);
SELECT ord,
       outcome(format('SELECT tally(q ORDER BY %s)::text FROM (VALUES (1, ''60000000000 kg''::quantity), (2, ''60000000000 kg''), (3, ''-10000000000 kg'')) v(n, q)', ord)) AS tally,
       outcome(format('SELECT sum(q ORDER BY %s)::text FROM (VALUES (1, ''60000000000 kg''::quantity), (2, ''60000000000 kg''), (3, ''-10000000000 kg'')) v(n, q)', ord)) AS sum
FROM (VALUES ('n'), ('-n')) o(ord);
-- the same through states shipped as text
SELECT quantity_tally_state_final(tally_combined(s ORDER BY n)) AS asc,
       quantity_tally_state_final(tally_combined(s ORDER BY n DESC)) AS desc
FROM (SELECT n, tally_partial(q)::text::quantity_tally_state AS s
      FROM (VALUES (1, '60000000000 kg'::quantity), (1, '60000000000 kg'), (2, '-40000000000 kg'), (2, '~3 g')) v(n, q)
      GROUP BY n) p;

-- quantity_tally_state: text and binary forms, and what they refuse
SELECT tally_partial(q) FROM (VALUES ('60000000000 kg'::quantity), ('60000000000 kg'), ('~2 tablets'), ('5 mL')) v(q);
SELECT ''::quantity_tally_state AS empty, quantity_tally_state_final('') AS empty_final;
SELECT s::quantity_tally_state::text = s AS round_trip,
       quantity_tally_state_send(s::quantity_tally_state) AS binary
FROM (VALUES ('mass=-5 ~mass=120000000000000000000000000 tablet=1')) v(s);
SELECT quantity_tally_state_final('mass=100000000000000000000000000');
SELECT 'tablet=1 mass=1'::quantity_tally_state;
SELECT 'mass=1 mass=2'::quantity_tally_state;
SELECT 'masses=1'::quantity_tally_state;
SELECT 'mass=1kg'::quantity_tally_state;
SELECT 'mass=1  tablet=2'::quantity_tally_state;
SELECT 'mass=x'::quantity_tally_state;
SELECT quantity_tally_state_combine(NULL, NULL) IS NULL AS null_null,
       quantity_tally_state_combine('mass=1', NULL) AS left_only,
       quantity_tally_state_combine(NULL, 'mass=1') AS right_only,
       quantity_tally_state_add('mass=5', '1 kg + 3 tablets') AS add_tally;

DROP SCHEMA split CASCADE;

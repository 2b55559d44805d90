-- linked_groups
BEGIN;
SELECT plan(20);

SELECT has_function('linked_groups', ARRAY['text']);
SELECT volatility_is('linked_groups', ARRAY['text'], 'volatile');
SELECT is_strict('linked_groups', ARRAY['text']);
SELECT is((SELECT proparallel::text || prosecdef::text FROM pg_proc WHERE oid = 'linked_groups(text)'::regprocedure),
		  'ufalse', 'PARALLEL UNSAFE, not SECURITY DEFINER');

CREATE TEMP TABLE e (a text, b text);
INSERT INTO e VALUES ('b', 'a'), ('c', 'b'), ('a', 'b'), ('x', 'y'), ('z', 'z'),
	(NULL, 'n'), (NULL, NULL), ('김', '이'), ('이', '박');

SELECT results_eq(
	$$SELECT * FROM linked_groups('SELECT a, b FROM e')$$,
	$$VALUES ('a', 1::bigint, 3::bigint), ('b', 1, 3), ('c', 1, 3), ('n', 2, 1), ('x', 3, 2),
			 ('y', 3, 2), ('z', 4, 1), ('김', 5, 3), ('박', 5, 3), ('이', 5, 3)$$,
	'components of a small graph, numbered by smallest node');
SELECT is_empty($$SELECT * FROM linked_groups('SELECT a, b FROM e WHERE a IS NULL AND b IS NULL')$$,
				'edges without nodes give no rows');
SELECT is_empty($$SELECT * FROM linked_groups(NULL)$$, 'NULL query: no rows');
SELECT results_eq($$SELECT group_id, group_size FROM linked_groups('SELECT ''z'', ''z''')$$,
				  $$VALUES (1::bigint, 1::bigint)$$, 'self-edge: a group of one');

-- invariants on a random graph
DO $$BEGIN PERFORM setseed(0.7); END$$;
CREATE TEMP TABLE r AS
	SELECT 'n' || (random() * 2000)::int AS a,
		   CASE WHEN random() < 0.05 THEN NULL ELSE 'n' || (random() * 2000)::int END AS b
	  FROM generate_series(1, 1500);
CREATE TEMP TABLE g AS SELECT * FROM linked_groups('SELECT a, b FROM r');
SELECT is((SELECT count(*) FROM g), (SELECT count(DISTINCT v) FROM (SELECT a FROM r UNION ALL SELECT b FROM r) t(v)),
		  'every non-NULL endpoint is a node, once');
SELECT is((SELECT count(*) FROM g g1 JOIN (SELECT group_id, count(*) AS n FROM g GROUP BY 1) s USING (group_id)
			WHERE g1.group_size <> s.n), 0::bigint, 'group_size counts the group');
SELECT is((SELECT max(group_id) = count(DISTINCT group_id) FROM g), true, 'group ids are 1..n');
SELECT is((SELECT count(*) FROM r JOIN g ga ON ga.node = r.a JOIN g gb ON gb.node = r.b
			WHERE ga.group_id <> gb.group_id), 0::bigint, 'both ends of every edge share a group');
SELECT is((SELECT bool_and(m1 < m2) FROM (
			SELECT min(node COLLATE "C") AS m1, lead(min(node COLLATE "C")) OVER (ORDER BY group_id) AS m2
			  FROM g GROUP BY group_id) s WHERE m2 IS NOT NULL),
		  true, 'groups ranked by smallest node in C order');

-- errors
SELECT throws_ok($$SELECT * FROM linked_groups('SELEC a, b FROM e')$$, '42601', NULL,
				 'bad SQL raises its own error');
SELECT throws_ok($$SELECT * FROM linked_groups('SELECT a FROM e')$$, '42804',
				 'edge query must return two columns', 'one column');
SELECT throws_ok($$SELECT * FROM linked_groups('SELECT a, b, b FROM e')$$, '42804',
				 'edge query must return two columns', 'three columns');
SELECT throws_ok($$SELECT * FROM linked_groups('SELECT 1, b FROM e')$$, '42804',
				 'column 1 of the edge query has type integer, not text', 'integer column');
SELECT throws_ok($$SELECT * FROM linked_groups('SELECT a, b::bytea FROM e')$$, '42804',
				 'column 2 of the edge query has type bytea, not text', 'bytea column');
SET LOCAL seizure.linked_groups_max_nodes = 5;
SELECT throws_ok($$SELECT * FROM linked_groups('SELECT a, b FROM e')$$, '54000',
				 'linked_groups found more than 5 distinct nodes', 'node limit');
SET LOCAL seizure.linked_groups_max_nodes = 10;
SELECT lives_ok($$SELECT * FROM linked_groups('SELECT a, b FROM e')$$, 'limit equal to the node count is fine');

SELECT * FROM finish();
ROLLBACK;

-- linked_groups: connected components of a graph given as text edges
SELECT getdatabaseencoding();

SELECT p.oid::regprocedure AS function, provolatile, proisstrict, proparallel, prosecdef,
       pg_get_function_result(p.oid) AS result
  FROM pg_proc p WHERE proname = 'linked_groups';

CREATE TABLE lg_edges (a text, b text);
INSERT INTO lg_edges VALUES
	('b', 'a'), ('c', 'b'),         -- a chain: one group of three
	('a', 'b'), ('b', 'a'),         -- duplicates, both directions
	('x', 'y'),
	('z', 'z'),                     -- self-edge: a group of one
	(NULL, 'n'), ('m', NULL),       -- one NULL end: the other end is a node
	(NULL, NULL),                   -- ignored
	('김', '이'), ('이', '박'),     -- Hangul keys
	('B', 'x'),                     -- case matters: B is not b
	('', 'empty');                  -- the empty string is a key like any other

-- groups are numbered by their smallest node in byte order ('' < 'B' < 'a' < 'm' < ... < Hangul)
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges');

-- the same edges in another order give the same numbering
SELECT count(*) AS differences FROM (
	(SELECT * FROM linked_groups('SELECT a, b FROM lg_edges ORDER BY a DESC NULLS FIRST, b')
	 EXCEPT SELECT * FROM linked_groups('SELECT b, a FROM lg_edges ORDER BY b, a'))
	UNION ALL
	(SELECT * FROM linked_groups('SELECT b, a FROM lg_edges ORDER BY b, a')
	 EXCEPT SELECT * FROM linked_groups('SELECT a, b FROM lg_edges ORDER BY a DESC NULLS FIRST, b'))) d;

-- no edges, only NULLs, NULL query
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges WHERE false');
SELECT * FROM linked_groups('SELECT NULL::text, NULL::text');
SELECT count(*) FROM linked_groups(NULL);

-- varchar, domains over text and literals are text enough
CREATE DOMAIN lg_key AS text CHECK (VALUE <> '');
SELECT * FROM linked_groups($$SELECT 'p'::varchar(5), 'q'::lg_key$$);
SELECT * FROM linked_groups($$VALUES ('p', 'q'), ('q', 'r')$$);

-- the query runs in the caller's transaction and sees its changes
BEGIN;
INSERT INTO lg_edges VALUES ('c', 'x');
SELECT group_id, group_size, count(*) FROM linked_groups('SELECT a, b FROM lg_edges')
 GROUP BY 1, 2 ORDER BY 1;
ROLLBACK;

-- a long chain, and 1000 nodes in three interleaved chains: k1-k4-k7..., k2-k5-..., k3-k6-...
SELECT count(*), max(group_id), min(group_size)
  FROM linked_groups($$SELECT 'v' || i, 'v' || (i + 1) FROM generate_series(1, 20000) i$$);
SELECT group_id, group_size, count(*), min(node), max(node)
  FROM linked_groups($$SELECT 'k' || i, 'k' || (i + 3) FROM generate_series(1, 997) i$$)
 GROUP BY 1, 2 ORDER BY 1;

-- against a recursive CTE on a random graph: same partition, same numbering
SELECT setseed(0.42);
CREATE TABLE lg_random AS
	SELECT 'n' || (random() * 300)::int AS a, 'n' || (random() * 300)::int AS b
	  FROM generate_series(1, 200);
WITH RECURSIVE e AS (SELECT a, b FROM lg_random UNION SELECT b, a FROM lg_random),
reach (root, node) AS (
	SELECT a, a FROM e
	UNION
	SELECT r.root, e.b FROM reach r JOIN e ON e.a = r.node),
cte AS (SELECT node, min(root COLLATE "C") AS smallest FROM reach GROUP BY node),
ranked AS (SELECT node, dense_rank() OVER (ORDER BY smallest COLLATE "C") AS group_id,
				  count(*) OVER (PARTITION BY smallest) AS group_size FROM cte)
SELECT (SELECT count(*) FROM ranked) AS nodes,
       (SELECT max(group_id) FROM ranked) AS groups,
       (SELECT count(*) FROM (
			(SELECT * FROM ranked EXCEPT SELECT * FROM linked_groups('SELECT a, b FROM lg_random'))
			UNION ALL
			(SELECT * FROM linked_groups('SELECT a, b FROM lg_random') EXCEPT SELECT * FROM ranked)) d)
		AS differences;

-- seizures linked through shared parties: edges between a seizure and its keys
CREATE TABLE lg_seizure (id int, sender_phone text, receiver_name text, receiver_address text);
INSERT INTO lg_seizure VALUES
	(1, '+1 (213) 555-0101', 'Kim Min-su', '서울특별시 강남구 테헤란로 123, 4층'),
	(2, '213.555.0101', 'Park Ji-hoon', '부산광역시 해운대구 우동 1'),
	(3, NULL, 'KIM,  MIN-SU', NULL),
	(4, '+1 646 555 0199', 'Lee Seo-yeon', '서울특별시 강남구 테헤란로 123 (4층)'),
	(5, '+1 702 555 0142', 'Choi Woo-jin', NULL);
SELECT substr(node, 9)::int AS seizure, group_id, group_size
  FROM linked_groups($$
	SELECT 'seizure:' || id, 'phone:' || normalize_party(sender_phone, 'phone', 'US') FROM lg_seizure
	UNION ALL
	SELECT 'seizure:' || id, 'name:' || normalize_party(receiver_name, 'name') FROM lg_seizure
	UNION ALL
	SELECT 'seizure:' || id, 'address:' || normalize_party(receiver_address, 'address') FROM lg_seizure$$)
 WHERE node LIKE 'seizure:%'
 ORDER BY 1;

-- the caller's privileges apply
CREATE ROLE regress_lg_reader;
SET ROLE regress_lg_reader;
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges');
RESET ROLE;
DROP ROLE regress_lg_reader;

-- the node limit: 14 distinct nodes
SET seizure.linked_groups_max_nodes = 14;
SELECT count(*) FROM linked_groups('SELECT a, b FROM lg_edges');
SET seizure.linked_groups_max_nodes = 13;
SELECT count(*) FROM linked_groups('SELECT a, b FROM lg_edges');
RESET seizure.linked_groups_max_nodes;
SHOW seizure.linked_groups_max_nodes;

-- the memory budget: keys and the batch being read count, whatever the node
-- count (0.2.0 took 2.3 GB for these 40,000 keys of 40 kB)
SET seizure.linked_groups_max_bytes = '64MB';
SELECT count(*) FROM linked_groups($$SELECT repeat(md5(g::text), 1250) || 'a', repeat(md5(g::text), 1250) || 'b'
                                     FROM generate_series(1, 20000) g$$);
-- the same keys, hashed, link the same seizures within it
SELECT count(*), max(group_id), max(group_size)
  FROM linked_groups($$SELECT md5(repeat(md5(g::text), 1250) || 'a'), md5(repeat(md5(g::text), 1250) || 'b')
                       FROM generate_series(1, 20000) g$$);
RESET seizure.linked_groups_max_bytes;
SHOW seizure.linked_groups_max_bytes;

-- only a superuser raises the limits (0.2.0 let any role)
CREATE ROLE regress_lg_plain;
SET ROLE regress_lg_plain;
SET seizure.linked_groups_max_nodes = 1073741823;
SET seizure.linked_groups_max_bytes = '1TB';
RESET ROLE;

-- the edge query changes nothing: not itself (0.2.0 ran the DELETE), not
-- through a function it calls
CREATE TABLE lg_keep (a text, b text);
INSERT INTO lg_keep VALUES ('keep', 'me');
GRANT SELECT, DELETE ON lg_keep TO regress_lg_plain;
SELECT * FROM linked_groups('WITH d AS (DELETE FROM lg_keep RETURNING a, b) SELECT a, b FROM d');
SELECT * FROM linked_groups('DELETE FROM lg_keep RETURNING a, b');
SELECT * FROM linked_groups('SELECT a, b FROM lg_keep FOR UPDATE');
SELECT * FROM linked_groups('SELECT a, b INTO lg_copy FROM lg_keep');
CREATE FUNCTION lg_take() RETURNS SETOF lg_keep LANGUAGE sql AS 'DELETE FROM lg_keep RETURNING *';
SELECT * FROM linked_groups('SELECT a, b FROM lg_take()');
SET ROLE regress_lg_plain;
SELECT * FROM linked_groups('WITH d AS (DELETE FROM lg_keep RETURNING a, b) SELECT a, b FROM d');
RESET ROLE;
SELECT * FROM lg_keep;
-- and the session's read-write mode is back afterwards
SELECT count(*) FROM linked_groups('SELECT a, b FROM lg_keep');
SHOW transaction_read_only;
INSERT INTO lg_keep VALUES ('still', 'writable');
DROP FUNCTION lg_take();
DROP TABLE lg_keep;
DROP ROLE regress_lg_plain;

-- parameters: values are bound, never spliced; NULL binds NULL; an untyped
-- literal is text; VARIADIC passes an array's elements
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges WHERE a = $1 OR b = $2', 'x', 'a');
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges WHERE a = $1', $$x' OR true --$$);
SELECT count(*) FROM linked_groups('SELECT a, b FROM lg_edges WHERE a IS NOT DISTINCT FROM $1', NULL::text);
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges WHERE length(a) > $1 AND a < $2', 0, 'c');
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges WHERE a = $1 OR a = $2', VARIADIC ARRAY['z', 'x']);
SELECT count(*) FROM linked_groups(NULL, 'x');
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges WHERE a = $1', NULL);
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges WHERE a = $2', 'x');

-- errors: the query's own, then wrong shapes
SELECT * FROM linked_groups('SELEC a, b FROM lg_edges');
SELECT * FROM linked_groups('SELECT a, b FROM no_such_table');
SELECT * FROM linked_groups('SELECT a FROM lg_edges');
SELECT * FROM linked_groups('SELECT a, b, a FROM lg_edges');
SELECT * FROM linked_groups('SELECT 1, 2');
SELECT * FROM linked_groups($$SELECT 'a', 'b'::char(3)$$);
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges; SELECT 1');
SET seizure.linked_groups_max_nodes = 0;

\set VERBOSITY sqlstate
SELECT * FROM linked_groups('SELEC a, b FROM lg_edges');
SELECT * FROM linked_groups('SELECT a, b FROM no_such_table');
SELECT * FROM linked_groups('SELECT a FROM lg_edges');
SELECT * FROM linked_groups('SELECT 1, 2');
SELECT * FROM linked_groups($$SELECT 'a', 'b'::char(3)$$);
SET seizure.linked_groups_max_nodes = 3;
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges');
RESET seizure.linked_groups_max_nodes;
SET seizure.linked_groups_max_bytes = '1MB';
SELECT count(*) FROM linked_groups($$SELECT repeat('k', 100000) || g, 'x' FROM generate_series(1, 20) g$$);
RESET seizure.linked_groups_max_bytes;
SELECT * FROM linked_groups('DELETE FROM lg_edges RETURNING a, b');
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges WHERE a = $2', 'x');
CREATE ROLE regress_lg_reader;
SET ROLE regress_lg_reader;
SELECT * FROM linked_groups('SELECT a, b FROM lg_edges');
RESET ROLE;
DROP ROLE regress_lg_reader;
\set VERBOSITY default

DROP TABLE lg_edges, lg_random, lg_seizure;
DROP DOMAIN lg_key;

-- Benchmark: linked_groups against pgRouting's pgr_connectedComponents and a
-- recursive CTE, on identical random graphs (edges = 2 x nodes, as in
-- "1M edges over 500k nodes").  Run by bench/linked_groups.sh, which sets:
--   :big_edges  edges of the large graph (linked_groups vs pgRouting)
--   :cte_sizes  smaller edge counts where the recursive CTE also runs
--   :runs       timed runs per method (median reported); :cte_runs for the CTE
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION seizure;
CREATE EXTENSION pgrouting CASCADE;
-- seizure's library is now loaded in this session: let others install theirs
\! flock -u 9 2>/dev/null || true
SET work_mem = '256MB';
SET jit = off;

-- Same graph for all three methods: node k is 'n<k>' as text, k as integer.
CREATE FUNCTION pg_temp.make_graph(edges int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	nodes int := edges / 2;
BEGIN
	PERFORM setseed(0.5);
	DROP TABLE IF EXISTS bench_int, bench_text;
	CREATE TABLE bench_int AS
		SELECT i::bigint AS id, floor(random() * nodes)::bigint AS source,
			   floor(random() * nodes)::bigint AS target,
			   1.0::float8 AS cost, 1.0::float8 AS reverse_cost
		  FROM generate_series(1, edges) i;
	CREATE TABLE bench_text AS
		SELECT 'n' || source AS a, 'n' || target AS b FROM bench_int ORDER BY id;
	ANALYZE bench_int;
	ANALYZE bench_text;
END $$;

CREATE FUNCTION pg_temp.time_ms(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz := clock_timestamp();
	n bigint;
BEGIN
	EXECUTE 'SELECT count(*) FROM (' || q || ') s' INTO n;
	RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;

CREATE TABLE bench_result (edges int, nodes bigint, method text, runs int, median_ms float8);

CREATE FUNCTION pg_temp.measure(edges int, method text, q text, runs int, warm_up bool)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	t float8[] := '{}';
BEGIN
	IF warm_up THEN
		PERFORM pg_temp.time_ms(q);
	END IF;
	FOR i IN 1 .. runs LOOP
		t := t || pg_temp.time_ms(q);
	END LOOP;
	INSERT INTO bench_result
		SELECT edges, (SELECT count(*) FROM (SELECT a FROM bench_text UNION SELECT b FROM bench_text) s),
			   method, runs, percentile_cont(0.5) WITHIN GROUP (ORDER BY x)
		  FROM unnest(t) x;
END $$;

-- The three computations.  The CTE gives exactly linked_groups' output.
CREATE FUNCTION pg_temp.q_lg() RETURNS text LANGUAGE sql AS
$$ SELECT $q$SELECT * FROM linked_groups('SELECT a, b FROM bench_text')$q$ $$;
CREATE FUNCTION pg_temp.q_pgr() RETURNS text LANGUAGE sql AS
$$ SELECT $q$SELECT * FROM pgr_connectedComponents('SELECT id, source, target, cost, reverse_cost FROM bench_int')$q$ $$;
CREATE FUNCTION pg_temp.q_cte() RETURNS text LANGUAGE sql AS $$ SELECT $q$
	WITH RECURSIVE e AS (SELECT a, b FROM bench_text UNION SELECT b, a FROM bench_text),
	reach (root, node) AS (
		SELECT a, a FROM e
		UNION
		SELECT r.root, e.b FROM reach r JOIN e ON e.a = r.node),
	comp AS (SELECT node, min(root COLLATE "C") AS smallest FROM reach GROUP BY node)
	SELECT node, dense_rank() OVER (ORDER BY smallest COLLATE "C") AS group_id,
		   count(*) OVER (PARTITION BY smallest) AS group_size
	  FROM comp $q$ $$;

-- Same partition?  pgRouting numbers its components differently, so check
-- that the pairing of group ids and components is one-to-one.
CREATE FUNCTION pg_temp.check_same(with_cte bool) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	same bool;
BEGIN
	CREATE TEMP TABLE lg AS SELECT * FROM linked_groups('SELECT a, b FROM bench_text');
	CREATE TEMP TABLE pg AS SELECT * FROM pgr_connectedComponents(
		'SELECT id, source, target, cost, reverse_cost FROM bench_int');
	SELECT (SELECT count(*) FROM lg) = (SELECT count(*) FROM pg)
	   AND (SELECT count(*) FROM lg l JOIN pg p ON l.node = 'n' || p.node) = (SELECT count(*) FROM lg)
	   AND (SELECT count(*) FROM (SELECT DISTINCT l.group_id, p.component
									FROM lg l JOIN pg p ON l.node = 'n' || p.node) s)
		   = (SELECT count(DISTINCT group_id) FROM lg)
	   AND (SELECT count(DISTINCT component) FROM pg) = (SELECT count(DISTINCT group_id) FROM lg)
	  INTO same;
	IF NOT same THEN
		RAISE EXCEPTION 'linked_groups and pgr_connectedComponents disagree';
	END IF;
	IF with_cte THEN
		EXECUTE 'CREATE TEMP TABLE ct AS ' || pg_temp.q_cte();
		SELECT NOT EXISTS (SELECT * FROM lg EXCEPT SELECT * FROM ct)
		   AND NOT EXISTS (SELECT * FROM ct EXCEPT SELECT * FROM lg)
		  INTO same;
		IF NOT same THEN
			RAISE EXCEPTION 'linked_groups and the recursive CTE disagree';
		END IF;
		DROP TABLE ct;
	END IF;
	DROP TABLE lg, pg;
	RETURN CASE WHEN with_cte THEN 'all three agree' ELSE 'linked_groups = pgRouting' END;
END $$;

CREATE FUNCTION pg_temp.run_size(edges int, with_cte bool, runs int, cte_runs int) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	verdict text;
BEGIN
	PERFORM pg_temp.make_graph(edges);
	verdict := pg_temp.check_same(with_cte);
	PERFORM pg_temp.measure(edges, 'linked_groups', pg_temp.q_lg(), runs, true);
	PERFORM pg_temp.measure(edges, 'pgr_connectedComponents', pg_temp.q_pgr(), runs, true);
	IF with_cte THEN
		-- check_same has just run it once: no separate warm-up
		PERFORM pg_temp.measure(edges, 'recursive CTE', pg_temp.q_cte(), cte_runs, false);
	END IF;
	RETURN edges || ' edges: ' || verdict;
END $$;

SELECT pg_temp.run_size(s::int, true, :runs, :cte_runs) AS checked
  FROM unnest(string_to_array(:'cte_sizes', ' ')) s WHERE s <> '';
SELECT pg_temp.run_size(:big_edges, false, :runs, :cte_runs) AS checked;

\echo
\echo 'median times (ms); ratio = method time / linked_groups time'
SELECT r.edges, r.nodes, r.method, r.runs, round(r.median_ms::numeric, 1) AS median_ms,
	   round((r.median_ms / l.median_ms)::numeric, 1) AS ratio
  FROM bench_result r
  JOIN bench_result l ON l.edges = r.edges AND l.method = 'linked_groups'
 ORDER BY r.edges, r.median_ms;

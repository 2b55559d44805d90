-- seizure 0.2.0 -> 0.3.0
--
-- Every change to the catalog since 0.2.0, one section per concept.  The
-- result must equal a fresh install of 0.3.0 (test/extra/upgrade_path.sh),
-- and values stored under 0.2.0 must read back identical
-- (test/extra/upgrade_data.sh).

\echo Use "ALTER EXTENSION seizure UPDATE TO '0.3.0'" to load this file. \quit

-- ---------------------------------------------------------------------------
-- linked_groups: values for the edge query as parameters
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.linked_groups(edges_sql text, VARIADIC params "any")
	RETURNS TABLE (node text, group_id bigint, group_size bigint)
	AS 'MODULE_PATHNAME', 'linked_groups_params' LANGUAGE C VOLATILE PARALLEL UNSAFE
	ROWS 1000;
COMMENT ON FUNCTION @extschema@.linked_groups(text, "any") IS
	'linked_groups with parameters: $1, $2, ... in edges_sql are the values that follow, bound, never spliced';

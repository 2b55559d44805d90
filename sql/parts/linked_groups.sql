
-- ---------------------------------------------------------------------------
-- linked_groups: the groups of seizures that shared parties link
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.linked_groups(edges_sql text)
	RETURNS TABLE (node text, group_id bigint, group_size bigint)
	AS 'MODULE_PATHNAME', 'linked_groups' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE
	ROWS 1000;
COMMENT ON FUNCTION @extschema@.linked_groups(text) IS
	'connected components of the graph whose edges edges_sql returns as two text columns; groups numbered by their smallest node (C order)';

CREATE FUNCTION @extschema@.linked_groups(edges_sql text, VARIADIC params "any")
	RETURNS TABLE (node text, group_id bigint, group_size bigint)
	AS 'MODULE_PATHNAME', 'linked_groups_params' LANGUAGE C VOLATILE PARALLEL UNSAFE
	ROWS 1000;
COMMENT ON FUNCTION @extschema@.linked_groups(text, "any") IS
	'linked_groups with parameters: $1, $2, ... in edges_sql are the values that follow, bound, never spliced';

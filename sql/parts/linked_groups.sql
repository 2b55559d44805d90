
-- ---------------------------------------------------------------------------
-- linked_groups: the groups of seizures that shared parties link
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.linked_groups(edges_sql text)
	RETURNS TABLE (node text, group_id bigint, group_size bigint)
	AS 'MODULE_PATHNAME', 'linked_groups' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE
	ROWS 1000;
COMMENT ON FUNCTION @extschema@.linked_groups(text) IS
	'connected components of the graph whose edges edges_sql returns as two text columns; groups numbered by their smallest node (C order)';


-- ---------------------------------------------------------------------------
-- screening: watch-lists from seizures' networks, screening of incoming
-- consignments, hit/no-hit exchange by pseudonyms (docs/screening.md)
-- ---------------------------------------------------------------------------

-- The script a name is written in, for telling a match across scripts.
CREATE FUNCTION @extschema@.party_script(value text) RETURNS text
	AS 'MODULE_PATHNAME', 'party_script' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.party_script(text) IS
	'hangul when the text holds Hangul, else latin when it holds a Latin letter (ASCII or fullwidth), else NULL: how a watch-list entry and a consignment wrote a name; outside UTF-8 only ASCII is read';

-- normalize_party with an optional default country (NULL: none)
CREATE FUNCTION @extschema@.party_key(value text, kind text, default_country text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE WHEN value IS NULL OR kind IS NULL THEN NULL
	            WHEN default_country IS NULL THEN @extschema@.normalize_party(value, kind)
	            ELSE @extschema@.normalize_party(value, kind, default_country) END;
COMMENT ON FUNCTION @extschema@.party_key(text, text, text) IS
	'normalize_party(value, kind, default_country), or normalize_party(value, kind) when default_country is NULL';

-- watch_list, watch_list_export and screen run the caller's queries, so they
-- keep the caller's search_path; every name they add themselves is
-- schema-qualified, operators included (test/sql/security_search_path.sql).
CREATE FUNCTION @extschema@.watch_list(seizures_sql text, parties_sql text, valid_until date DEFAULT NULL,
                                       link_by text[] DEFAULT '{phone,email,address}')
	RETURNS TABLE (kind text, key text, written text, reference text, network bigint,
	               network_seizures text[], network_tally @extschema@.quantity_tally,
	               network_routes @extschema@.route[], last_seized date, expires date)
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
AS $$
BEGIN
	-- seizures_sql: (reference, seized_on, quantity, route);
	-- parties_sql: (reference, kind, value, default_country); keys of the
	-- kinds in link_by link seizures into networks (a name alone is weak)
	RETURN QUERY EXECUTE pg_catalog.format($q$
		WITH p AS (
			SELECT p0.reference::pg_catalog.text AS reference,
			       pg_catalog.lower(p0.kind::pg_catalog.text) AS kind,
			       @extschema@.party_key(p0.value::pg_catalog.text, p0.kind::pg_catalog.text,
			                             p0.default_country::pg_catalog.text) AS key,
			       CASE WHEN pg_catalog.lower(p0.kind::pg_catalog.text) OPERATOR(pg_catalog.=) 'name'
			            THEN @extschema@.party_script(p0.value::pg_catalog.text) END AS written
			FROM (%s) p0 (reference, kind, value, default_country)),
		s AS (
			SELECT s0.reference::pg_catalog.text AS reference, s0.seized_on::pg_catalog.date AS seized_on,
			       s0.quantity::@extschema@.quantity AS quantity, s0.route::@extschema@.route AS route
			FROM (%s) s0 (reference, seized_on, quantity, route)),
		g AS (
			SELECT pg_catalog.substr(g0.node, 3) AS reference, g0.group_id AS network
			FROM @extschema@.linked_groups(
				'SELECT ''s:'' OPERATOR(pg_catalog.||) p0.reference::pg_catalog.text, '
				'''k:'' OPERATOR(pg_catalog.||) pg_catalog.lower(p0.kind::pg_catalog.text) '
				'OPERATOR(pg_catalog.||) '':'' OPERATOR(pg_catalog.||) '
				'@extschema@.party_key(p0.value::pg_catalog.text, p0.kind::pg_catalog.text, '
				'p0.default_country::pg_catalog.text) '
				'FROM (' OPERATOR(pg_catalog.||) $1 OPERATOR(pg_catalog.||) ') p0 (reference, kind, value, default_country) '
				'WHERE pg_catalog.lower(p0.kind::pg_catalog.text) OPERATOR(pg_catalog.=) ANY ($1) '
				'UNION ALL SELECT ''s:'' OPERATOR(pg_catalog.||) s0.reference::pg_catalog.text, NULL '
				'FROM (' OPERATOR(pg_catalog.||) $2 OPERATOR(pg_catalog.||) ') s0 (reference, seized_on, quantity, route)',
				$4) g0
			WHERE g0.node OPERATOR(pg_catalog.~~) 's:%%'),
		e AS (
			SELECT g.network,
			       pg_catalog.array_agg(DISTINCT s.reference ORDER BY s.reference) AS network_seizures,
			       @extschema@.tally(s.quantity) AS network_tally,
			       coalesce(pg_catalog.array_agg(DISTINCT s.route ORDER BY s.route) FILTER (WHERE s.route IS NOT NULL),
			                '{}') AS network_routes,
			       pg_catalog.max(s.seized_on) AS last_seized
			FROM g JOIN s ON s.reference OPERATOR(pg_catalog.=) g.reference
			GROUP BY g.network),
		k AS (
			SELECT p.kind, p.key, pg_catalog.string_agg(DISTINCT p.written, ',' ORDER BY p.written) AS written,
			       p.reference, g.network
			FROM p JOIN g ON g.reference OPERATOR(pg_catalog.=) p.reference
			WHERE p.key IS NOT NULL
			GROUP BY p.kind, p.key, p.reference, g.network)
		SELECT k.kind, k.key, k.written, k.reference, k.network, e.network_seizures, e.network_tally,
		       e.network_routes, e.last_seized, $3
		FROM k JOIN e ON e.network OPERATOR(pg_catalog.=) k.network
		ORDER BY k.network, k.kind, k.key, k.reference$q$, parties_sql, seizures_sql)
	USING parties_sql, seizures_sql, valid_until, link_by;
END
$$;
COMMENT ON FUNCTION @extschema@.watch_list(text, text, date, text[]) IS
	'a watch-list from seizures (reference, seized_on, quantity, route) and their parties (reference, kind, value, default_country): one entry per key and seizure, with the network that keys of the kinds in link_by make and its evidence';

CREATE FUNCTION @extschema@.watch_list_export(watch_sql text, secret bytea)
	RETURNS TABLE (kind text, pseudonym text, reference text, expires date)
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
AS $$
BEGIN
	-- watch_sql: (kind, key, reference, expires), e.g. from a table filled by watch_list
	RETURN QUERY EXECUTE pg_catalog.format($q$
		SELECT DISTINCT w.kind::pg_catalog.text,
		       @extschema@.party_pseudonym(w.key::pg_catalog.text, w.kind::pg_catalog.text, $1),
		       w.reference::pg_catalog.text, w.expires::pg_catalog.date
		FROM (%s) w (kind, key, reference, expires)
		WHERE w.key IS NOT NULL
		ORDER BY 1, 2, 3$q$, watch_sql)
	USING secret;
END
$$;
COMMENT ON FUNCTION @extschema@.watch_list_export(text, bytea) IS
	'a watch-list for a partner agency: kinds, keyed pseudonyms (party_pseudonym with the operation''s secret), references and expiry dates only, no key, name, phone or address';

CREATE FUNCTION @extschema@.screen(consignments_sql text, watch_sql text,
                                   partner_sql text DEFAULT NULL, secret bytea DEFAULT NULL,
                                   as_of date DEFAULT CURRENT_DATE)
	RETURNS TABLE (consignment text, field text, kind text, matched text, list text, reference text,
	               network bigint, network_seizures text[], network_tally @extschema@.quantity_tally,
	               network_routes @extschema@.route[], last_seized date)
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
AS $$
BEGIN
	IF (partner_sql IS NULL) OPERATOR(pg_catalog.<>) (secret IS NULL) THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = 'screen needs both a partner list and the secret, or neither',
			DETAIL = pg_catalog.format('The partner list is %s and the secret is %s.',
			                CASE WHEN partner_sql IS NULL THEN 'missing' ELSE 'given' END,
			                CASE WHEN secret IS NULL THEN 'missing' ELSE 'given' END),
			HINT = 'Pass the query of the partner''s pseudonyms with the secret of the operation that made them.';
	END IF;
	-- consignments_sql: (consignment, field, kind, value, default_country);
	-- watch_sql: watch_list's columns; partner_sql: (kind, pseudonym, reference, expires)
	RETURN QUERY EXECUTE pg_catalog.format($q$
		WITH c AS (
			SELECT c0.consignment::pg_catalog.text AS consignment, c0.field::pg_catalog.text AS field,
			       pg_catalog.lower(c0.kind::pg_catalog.text) AS kind, c0.value::pg_catalog.text AS value,
			       c0.default_country::pg_catalog.text AS default_country
			FROM (%s) c0 (consignment, field, kind, value, default_country)),
		ck AS (
			SELECT c.*, @extschema@.party_key(c.value, c.kind, c.default_country) AS key FROM c),
		w AS (
			SELECT w0.*
			FROM (%s) w0 (kind, key, written, reference, network, network_seizures, network_tally,
			              network_routes, last_seized, expires)
			WHERE w0.expires IS NULL OR w0.expires::pg_catalog.date OPERATOR(pg_catalog.>=) $2)
		SELECT ck.consignment, ck.field, ck.kind,
		       CASE WHEN ck.kind OPERATOR(pg_catalog.=) 'name' AND @extschema@.party_script(ck.value) IS NOT NULL
		             AND NOT @extschema@.party_script(ck.value) OPERATOR(pg_catalog.=)
		                     ANY (pg_catalog.string_to_array(w.written::pg_catalog.text, ','))
		            THEN 'a name across scripts' ELSE 'same key' END,
		       'own', w.reference::pg_catalog.text, w.network::pg_catalog.int8,
		       w.network_seizures::pg_catalog.text[], w.network_tally::@extschema@.quantity_tally,
		       w.network_routes::@extschema@.route[], w.last_seized::pg_catalog.date
		FROM ck JOIN w ON w.kind::pg_catalog.text OPERATOR(pg_catalog.=) ck.kind
		              AND w.key::pg_catalog.text OPERATOR(pg_catalog.=) ck.key
		%s
		ORDER BY 1, 2, 5, 6$q$,
		consignments_sql, watch_sql,
		CASE WHEN partner_sql IS NOT NULL THEN pg_catalog.format($p$
		UNION ALL
		SELECT ck.consignment, ck.field, ck.kind, 'pseudonym', 'partner', p.reference::pg_catalog.text,
		       NULL, NULL, NULL, NULL, NULL
		FROM ck
		JOIN (SELECT p0.* FROM (%s) p0 (kind, pseudonym, reference, expires)
		      WHERE p0.expires IS NULL OR p0.expires::pg_catalog.date OPERATOR(pg_catalog.>=) $2) p
		  ON p.kind::pg_catalog.text OPERATOR(pg_catalog.=) ck.kind
		 AND p.pseudonym::pg_catalog.text OPERATOR(pg_catalog.=) @extschema@.party_pseudonym(ck.key, ck.kind, $1)$p$,
		partner_sql)
		ELSE '' END)
	USING secret, as_of;
END
$$;
COMMENT ON FUNCTION @extschema@.screen(text, text, text, bytea, date) IS
	'screens consignments (consignment, field, kind, value, default_country) against a watch-list and, with the operation''s secret, a partner''s pseudonyms: one row per hit, saying which field matched which entry, how, and the network''s evidence';

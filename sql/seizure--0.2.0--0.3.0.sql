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
-- The substance catalog: built-in rows are the extension's, the guards have
-- no switch, and a Citus cluster's catalog changes only once it is shared
-- ---------------------------------------------------------------------------

-- built-in rows are the extension's: pg_dump leaves them out, so a change
-- to one would not survive a restore (docs/substances.md)
CREATE FUNCTION @extschema@.catalog_builtin_guard() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalog_builtin_guard() IS
	'row and TRUNCATE trigger: outside the extension''s scripts, refuses to insert, update or delete a built-in row of the substance catalog (42501)';
CREATE TRIGGER substance_protect_builtin BEFORE INSERT OR UPDATE OR DELETE
	ON @extschema@.substance FOR EACH ROW
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER substance_alias_protect_builtin BEFORE INSERT OR UPDATE OR DELETE
	ON @extschema@.substance_alias FOR EACH ROW
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER conversion_factor_protect_builtin BEFORE INSERT OR UPDATE OR DELETE
	ON @extschema@.conversion_factor FOR EACH ROW
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER substance_protect_builtin_truncate BEFORE TRUNCATE
	ON @extschema@.substance FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER substance_alias_protect_builtin_truncate BEFORE TRUNCATE
	ON @extschema@.substance_alias FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER conversion_factor_protect_builtin_truncate BEFORE TRUNCATE
	ON @extschema@.conversion_factor FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();

-- on a Citus cluster, changes come from the coordinator only, and only
-- once catalog_sync_setup() shares them (docs/citus.md)
COMMENT ON FUNCTION @extschema@.catalog_sync_guard() IS
	'statement trigger: on a Citus cluster with workers, refuses a change to the substance catalog before catalog_sync_setup(), and after it on a worker one that does not come from the coordinator (55000)';
-- catalog_apply leaves equal rows alone (it no longer rewrites built-in rows)
CREATE OR REPLACE FUNCTION @extschema@.catalog_apply(snapshot jsonb) RETURNS boolean
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF snapshot IS NULL OR NOT snapshot ?& ARRAY['substance', 'substance_alias', 'conversion_factor'] THEN
		RAISE EXCEPTION 'invalid catalog snapshot'
			USING ERRCODE = '22023',
				  DETAIL = 'A snapshot has the keys substance, substance_alias and conversion_factor.',
				  HINT = 'Take it with catalog_snapshot().';
	END IF;
	IF @extschema@.catalog_snapshot() = snapshot THEN
		RETURN false;
	END IF;
	-- new and changed substances first, removed ones last, so that the
	-- foreign keys of aliases and factors hold at every step; rows already
	-- equal are left alone (built-in rows change only in an extension script
	-- or through catalog_sync_pull)
	INSERT INTO @extschema@.substance
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.substance, snapshot->'substance') n
	WHERE NOT EXISTS (SELECT FROM @extschema@.substance s WHERE s IS NOT DISTINCT FROM n)
	ON CONFLICT (key) DO UPDATE SET
		name_en = excluded.name_en, name_ko = excluded.name_ko, unodc_group = excluded.unodc_group,
		unodc_subgroup = excluded.unodc_subgroup, kr_class = excluded.kr_class,
		us_schedule = excluded.us_schedule, builtin = excluded.builtin;
	DELETE FROM @extschema@.substance_alias a WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.substance_alias, snapshot->'substance_alias') n
		WHERE n IS NOT DISTINCT FROM a);
	INSERT INTO @extschema@.substance_alias
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.substance_alias, snapshot->'substance_alias') n
	WHERE NOT EXISTS (SELECT FROM @extschema@.substance_alias a WHERE a IS NOT DISTINCT FROM n);
	DELETE FROM @extschema@.conversion_factor f WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.conversion_factor, snapshot->'conversion_factor') n
		WHERE n IS NOT DISTINCT FROM f);
	INSERT INTO @extschema@.conversion_factor
	SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.conversion_factor, snapshot->'conversion_factor') n
	WHERE NOT EXISTS (SELECT FROM @extschema@.conversion_factor f WHERE f IS NOT DISTINCT FROM n);
	DELETE FROM @extschema@.substance s WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.substance, snapshot->'substance') n
		WHERE n.key = s.key);
	RETURN true;
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_apply(jsonb) IS
	'makes this node''s substance catalog equal to a catalog_snapshot(); false when it already was';

-- 0.2.0's PL/pgSQL catalog_sync_pull let the writes through with a setting
-- (seizure.catalog_sync_applying) that any session could set; the C function
-- holds that state in the backend for the length of the apply.  Same OID, so
-- the trigger that catalog_sync_setup() made on catalog_sync stays.
CREATE OR REPLACE FUNCTION @extschema@.catalog_sync_pull() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalog_sync_pull() IS
	'row trigger on each node''s placement of catalog_sync: applies the snapshot the coordinator sent, through the guards of the catalog for the length of the apply only';


-- ---------------------------------------------------------------------------
-- screening: watch-lists from seizures' networks, screening of incoming
-- consignments, hit/no-hit exchange by pseudonyms (docs/screening.md)
-- ---------------------------------------------------------------------------

-- The script a name is written in, for telling a match across scripts.
CREATE FUNCTION @extschema@.party_script(value text) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE WHEN value ~ '[가-힣ᄀ-ᇿ]' THEN 'hangul'
	            WHEN value ~ '[A-Za-z]' THEN 'latin' END;
COMMENT ON FUNCTION @extschema@.party_script(text) IS
	'hangul when the text holds Hangul, else latin when it holds a Latin letter, else NULL: how a watch-list entry and a consignment wrote a name';

-- normalize_party with an optional default country (NULL: none)
CREATE FUNCTION @extschema@.party_key(value text, kind text, default_country text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE WHEN value IS NULL OR kind IS NULL THEN NULL
	            WHEN default_country IS NULL THEN @extschema@.normalize_party(value, kind)
	            ELSE @extschema@.normalize_party(value, kind, default_country) END;
COMMENT ON FUNCTION @extschema@.party_key(text, text, text) IS
	'normalize_party(value, kind, default_country), or normalize_party(value, kind) when default_country is NULL';

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
	RETURN QUERY EXECUTE format($q$
		WITH p AS (
			SELECT p0.reference::text AS reference, lower(p0.kind::text) AS kind,
			       @extschema@.party_key(p0.value::text, p0.kind::text, p0.default_country::text) AS key,
			       CASE WHEN lower(p0.kind::text) = 'name' THEN @extschema@.party_script(p0.value::text) END AS written
			FROM (%s) p0 (reference, kind, value, default_country)),
		s AS (
			SELECT s0.reference::text AS reference, s0.seized_on::date AS seized_on,
			       s0.quantity::@extschema@.quantity AS quantity, s0.route::@extschema@.route AS route
			FROM (%s) s0 (reference, seized_on, quantity, route)),
		g AS (
			SELECT substr(g0.node, 3) AS reference, g0.group_id AS network
			FROM @extschema@.linked_groups(
				'SELECT ''s:'' || p0.reference::text, ''k:'' || lower(p0.kind::text) || '':'' || '
				'@extschema@.party_key(p0.value::text, p0.kind::text, p0.default_country::text) '
				'FROM (' || $1 || ') p0 (reference, kind, value, default_country) '
				'WHERE lower(p0.kind::text) = ANY ($1) '
				'UNION ALL SELECT ''s:'' || s0.reference::text, NULL '
				'FROM (' || $2 || ') s0 (reference, seized_on, quantity, route)', $4) g0
			WHERE g0.node LIKE 's:%%'),
		e AS (
			SELECT g.network,
			       array_agg(DISTINCT s.reference ORDER BY s.reference) AS network_seizures,
			       @extschema@.tally(s.quantity) AS network_tally,
			       coalesce(array_agg(DISTINCT s.route ORDER BY s.route) FILTER (WHERE s.route IS NOT NULL), '{}') AS network_routes,
			       max(s.seized_on) AS last_seized
			FROM g JOIN s USING (reference)
			GROUP BY g.network),
		k AS (
			SELECT p.kind, p.key, string_agg(DISTINCT p.written, ',' ORDER BY p.written) AS written,
			       p.reference, g.network
			FROM p JOIN g USING (reference)
			WHERE p.key IS NOT NULL
			GROUP BY p.kind, p.key, p.reference, g.network)
		SELECT k.kind, k.key, k.written, k.reference, k.network, e.network_seizures, e.network_tally,
		       e.network_routes, e.last_seized, $3
		FROM k JOIN e USING (network)
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
	RETURN QUERY EXECUTE format($q$
		SELECT DISTINCT w.kind::text,
		       @extschema@.party_pseudonym(w.key::text, w.kind::text, $1),
		       w.reference::text, w.expires::date
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
	IF (partner_sql IS NULL) <> (secret IS NULL) THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = 'screen needs both a partner list and the secret, or neither',
			DETAIL = format('The partner list is %s and the secret is %s.',
			                CASE WHEN partner_sql IS NULL THEN 'missing' ELSE 'given' END,
			                CASE WHEN secret IS NULL THEN 'missing' ELSE 'given' END),
			HINT = 'Pass the query of the partner''s pseudonyms with the secret of the operation that made them.';
	END IF;
	-- consignments_sql: (consignment, field, kind, value, default_country);
	-- watch_sql: watch_list's columns; partner_sql: (kind, pseudonym, reference, expires)
	RETURN QUERY EXECUTE format($q$
		WITH c AS (
			SELECT c0.consignment::text AS consignment, c0.field::text AS field,
			       lower(c0.kind::text) AS kind, c0.value::text AS value,
			       c0.default_country::text AS default_country
			FROM (%s) c0 (consignment, field, kind, value, default_country)),
		ck AS (
			SELECT c.*, @extschema@.party_key(c.value, c.kind, c.default_country) AS key FROM c),
		w AS (
			SELECT w0.*
			FROM (%s) w0 (kind, key, written, reference, network, network_seizures, network_tally,
			              network_routes, last_seized, expires)
			WHERE w0.expires IS NULL OR w0.expires >= $2)
		SELECT ck.consignment, ck.field, ck.kind,
		       CASE WHEN ck.kind = 'name' AND @extschema@.party_script(ck.value) IS NOT NULL
		             AND NOT @extschema@.party_script(ck.value) = ANY (string_to_array(w.written::text, ','))
		            THEN 'a name across scripts' ELSE 'same key' END,
		       'own', w.reference::text, w.network::bigint, w.network_seizures::text[],
		       w.network_tally::@extschema@.quantity_tally, w.network_routes::@extschema@.route[],
		       w.last_seized::date
		FROM ck JOIN w ON w.kind::text = ck.kind AND w.key::text = ck.key
		%s
		ORDER BY 1, 2, 5, 6$q$,
		consignments_sql, watch_sql,
		CASE WHEN partner_sql IS NOT NULL THEN format($p$
		UNION ALL
		SELECT ck.consignment, ck.field, ck.kind, 'pseudonym', 'partner', p.reference::text,
		       NULL, NULL, NULL, NULL, NULL
		FROM ck
		JOIN (SELECT p0.* FROM (%s) p0 (kind, pseudonym, reference, expires)
		      WHERE p0.expires IS NULL OR p0.expires >= $2) p
		  ON p.kind::text = ck.kind
		 AND p.pseudonym::text = @extschema@.party_pseudonym(ck.key, ck.kind, $1)$p$, partner_sql)
		ELSE '' END)
	USING secret, as_of;
END
$$;
COMMENT ON FUNCTION @extschema@.screen(text, text, text, bytea, date) IS
	'screens consignments (consignment, field, kind, value, default_country) against a watch-list and, with the operation''s secret, a partner''s pseudonyms: one row per hit, saying which field matched which entry, how, and the network''s evidence';

-- ---------------------------------------------------------------------------
-- Quantity: US gallons and the packages press releases count
-- ---------------------------------------------------------------------------
COMMENT ON TYPE @extschema@.quantity IS
	'exact amount with a unit: mass (mcg mg g kg t lb oz), volume (mL L US gal) or a count (tablets, doses, blotters, bottles, bricks ...); ~ marks an estimate';
-- conversion factors may be given for the new count units
ALTER TABLE @extschema@.conversion_factor DROP CONSTRAINT conversion_factor_unit_check;
ALTER TABLE @extschema@.conversion_factor ADD CONSTRAINT conversion_factor_unit_check
	CHECK (unit IN ('L', 'ampoule', 'bag', 'blotter', 'bottle', 'brick', 'bundle',
					'capsule', 'cartridge', 'cigarette', 'dosage unit', 'dose',
					'packet', 'patch', 'pellet', 'piece', 'plant', 'seed', 'syringe',
					'tablet', 'vial'));

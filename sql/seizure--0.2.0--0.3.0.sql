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

-- ---------------------------------------------------------------------------
-- substances: the drugs that lead today's Korean and U.S. statistics and the
-- UNODC and DEA threat reports (docs/substances.md, "The built-in catalog")
-- ---------------------------------------------------------------------------

INSERT INTO @extschema@.substance
	(key, name_en, name_ko, unodc_group, unodc_subgroup, kr_class, us_schedule, builtin)
SELECT v.*, true FROM (VALUES
	('isotonitazene', 'Isotonitazene', '이소토니타젠', 'Opioids', 'Other illicit opioids', NULL, 'I'),
	('metonitazene', 'Metonitazene', '메토니타젠', 'Opioids', 'Other illicit opioids', NULL, 'I'),
	('protonitazene', 'Protonitazene', '프로토니타젠', 'Opioids', 'Other illicit opioids', NULL, 'I'),
	('nitazene', 'Nitazenes, unspecified', '니타젠', 'Opioids', 'Other illicit opioids', NULL, NULL),
	('zolpidem', 'Zolpidem', '졸피뎀', 'Sedatives and tranquillizers', 'Other sedatives and tranquillizers', '향정신성의약품', 'IV'),
	('propofol', 'Propofol', '프로포폴', 'Sedatives and tranquillizers', 'Other sedatives and tranquillizers', '향정신성의약품', NULL),
	('xylazine', 'Xylazine', '자일라진', NULL, NULL, NULL, NULL)
) AS v;

INSERT INTO @extschema@.substance_alias (alias, lang, substance, confidence, builtin)
SELECT v.*, true FROM (VALUES
	('marijuana oil', 'en', 'cannabis_oil', 1),
	('THC cartridge', 'en', 'cannabis_oil', 1),
	('THC vape cartridge', 'en', 'cannabis_oil', 1),
	('cannabis vape cartridge', 'en', 'cannabis_oil', 1),
	('marijuana vape cartridge', 'en', 'cannabis_oil', 1),
	('대마 카트리지', 'ko', 'cannabis_oil', 1),
	('tranq', 'en', 'xylazine', 0.8),
	('Rompun', 'en', 'xylazine', 1),
	('Ambien', 'en', 'zolpidem', 1),
	('Stilnox', 'en', 'zolpidem', 1),
	('스틸녹스', 'ko', 'zolpidem', 1),
	('Diprivan', 'en', 'propofol', 1),
	('우유주사', 'ko', 'propofol', 0.9)
) AS v;

-- ---------------------------------------------------------------------------
-- doses: the doses a seizure is enough for, by a standard with its source
-- (docs/substances.md, "Doses")
-- ---------------------------------------------------------------------------

-- doses: how many doses a seizure is enough for, by a standard with its source
CREATE TABLE @extschema@.dose_standard (
	standard text NOT NULL CHECK (standard ~ '^[a-z0-9][a-z0-9_]*$'),
	substance text REFERENCES @extschema@.substance (key) ON UPDATE CASCADE,
	grams_per_dose numeric NOT NULL CHECK (grams_per_dose > 0 AND grams_per_dose <= 1000),
	measures text NOT NULL CHECK (measures IN ('use', 'lethal')),
	source text NOT NULL CHECK (btrim(source) <> ''),
	builtin boolean NOT NULL DEFAULT false,
	UNIQUE NULLS NOT DISTINCT (standard, substance, builtin)
);
COMMENT ON TABLE @extschema@.dose_standard IS
	'grams of a substance per dose under a named standard (substance NULL: any substance), with the source of the figure; doses() reads it';
COMMENT ON COLUMN @extschema@.dose_standard.measures IS
	'what a dose is: use (one dose taken) or lethal (a potentially lethal dose)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.dose_standard', 'WHERE NOT builtin');
GRANT SELECT ON @extschema@.dose_standard TO PUBLIC;
CREATE TRIGGER dose_standard_protect_builtin BEFORE INSERT OR UPDATE OR DELETE
	ON @extschema@.dose_standard FOR EACH ROW
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();
CREATE TRIGGER dose_standard_protect_builtin_truncate BEFORE TRUNCATE
	ON @extschema@.dose_standard FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_builtin_guard();

CREATE FUNCTION @extschema@.doses(q @extschema@.quantity, substance text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_doses' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.doses(@extschema@.quantity, text) IS
	'the doses a seizure is enough for by the Korea Customs Service''s standard (kcs, 0.03 g per dose): an estimate, rounded to a whole dose; counts and volumes through to_mass, gross weights refused';
CREATE FUNCTION @extschema@.doses(q @extschema@.quantity, substance text, standard text) RETURNS @extschema@.quantity
	AS 'MODULE_PATHNAME', 'substance_doses_standard' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.doses(@extschema@.quantity, text, text) IS
	'doses with the standard named: a row of dose_standard, e.g. kcs or dea_lethal (2 mg of fentanyl, a potentially lethal dose)';

-- dose standards whose source can be named (docs/substances.md, "Doses")
INSERT INTO @extschema@.dose_standard (standard, substance, grams_per_dose, measures, source, builtin)
VALUES
	('kcs', NULL, 0.03, 'use',
	 'Korea Customs Service press releases state a seizure as the number of people it could dose at once ("동시에 N명이 투약할 수 있는 양"), at 0.03 g per dose (1회 투약량) whatever the drug.',
	 true),
	('dea_lethal', 'fentanyl', 0.002, 'lethal',
	 'U.S. Drug Enforcement Administration, "Facts about Fentanyl" and "One Pill Can Kill": 2 milligrams of fentanyl is considered a potentially lethal dose; DEA states fentanyl seizures as potentially lethal doses.',
	 true);

-- the dose standards are a part of the catalog a Citus cluster shares: in
-- its snapshot, under its guard; a cluster set up under 0.2.0 runs
-- catalog_sync_setup() again to send them (docs/citus.md)
CREATE TRIGGER dose_standard_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON @extschema@.dose_standard FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.catalog_sync_guard();
CREATE OR REPLACE FUNCTION @extschema@.catalog_snapshot() RETURNS jsonb
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT jsonb_build_object(
		'substance', coalesce((SELECT jsonb_agg(to_jsonb(s) ORDER BY s.key)
							   FROM @extschema@.substance s), '[]'),
		'substance_alias', coalesce((SELECT jsonb_agg(to_jsonb(a) ORDER BY a.alias, a.substance)
									 FROM @extschema@.substance_alias a), '[]'),
		'conversion_factor', coalesce((SELECT jsonb_agg(to_jsonb(f) ORDER BY f.substance, f.unit, f.basis, f.builtin)
									   FROM @extschema@.conversion_factor f), '[]'),
		'dose_standard', coalesce((SELECT jsonb_agg(to_jsonb(d) ORDER BY d.standard, d.substance, d.builtin)
								   FROM @extschema@.dose_standard d), '[]'))
$$;
COMMENT ON FUNCTION @extschema@.catalog_snapshot() IS
	'the substance catalog (substance, substance_alias, conversion_factor, dose_standard) as one jsonb value, rows in key order';
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
	-- a snapshot taken before 0.3.0 has no dose standards: they stay
	IF snapshot ? 'dose_standard' THEN
		DELETE FROM @extschema@.dose_standard d WHERE NOT EXISTS (
			SELECT FROM jsonb_populate_recordset(NULL::@extschema@.dose_standard, snapshot->'dose_standard') n
			WHERE n IS NOT DISTINCT FROM d);
		INSERT INTO @extschema@.dose_standard
		SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.dose_standard, snapshot->'dose_standard') n
		WHERE NOT EXISTS (SELECT FROM @extschema@.dose_standard d WHERE d IS NOT DISTINCT FROM n);
	END IF;
	DELETE FROM @extschema@.substance s WHERE NOT EXISTS (
		SELECT FROM jsonb_populate_recordset(NULL::@extschema@.substance, snapshot->'substance') n
		WHERE n.key = s.key);
	RETURN true;
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_apply(jsonb) IS
	'makes this node''s substance catalog equal to a catalog_snapshot(); false when it already was';
CREATE OR REPLACE FUNCTION @extschema@.catalog_sync_setup() RETURNS text
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'citus') THEN
		RAISE EXCEPTION 'the citus extension is not installed in this database'
			USING ERRCODE = '55000',
				  HINT = 'On one server the catalog needs no setup.';
	END IF;
	IF to_regclass('@extschema@.catalog_sync') IS NOT NULL THEN
		-- run again after citus_add_node: the new node gets a placement of
		-- catalog_sync (Citus copies reference tables lazily), then every
		-- node the coordinator's catalog
		PERFORM replicate_reference_tables('block_writes');
		-- a cluster set up before 0.3.0 shares its dose standards from now on
		IF NOT EXISTS (SELECT FROM pg_trigger WHERE tgname = 'dose_standard_sync_push'
					   AND tgrelid = '@extschema@.dose_standard'::regclass) THEN
			CREATE TRIGGER dose_standard_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
				ON @extschema@.dose_standard FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
		END IF;
		UPDATE @extschema@.catalog_sync SET snapshot = @extschema@.catalog_snapshot();
		RETURN 'catalog sent again to every node';
	END IF;
	CREATE TABLE @extschema@.catalog_sync (id int PRIMARY KEY CHECK (id = 1), snapshot jsonb NOT NULL);
	COMMENT ON TABLE @extschema@.catalog_sync IS
		'the coordinator''s substance catalog, as a Citus reference table: one row that every node applies';
	PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
	PERFORM create_reference_table('@extschema@.catalog_sync');
	CREATE TRIGGER catalog_sync_pull AFTER INSERT OR UPDATE ON @extschema@.catalog_sync
		FOR EACH ROW EXECUTE FUNCTION @extschema@.catalog_sync_pull();
	INSERT INTO @extschema@.catalog_sync VALUES (1, @extschema@.catalog_snapshot());
	CREATE TRIGGER substance_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.substance FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	CREATE TRIGGER substance_alias_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.substance_alias FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	CREATE TRIGGER conversion_factor_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.conversion_factor FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	CREATE TRIGGER dose_standard_sync_push AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
		ON @extschema@.dose_standard FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalog_sync_push();
	RETURN 'catalog sent to every node; change it on the coordinator only';
END
$$;
COMMENT ON FUNCTION @extschema@.catalog_sync_setup() IS
	'on a Citus coordinator: one substance catalog for the cluster, every change sent to every node in its transaction; run again after citus_add_node, it sends the catalog to the new node';
-- ---------------------------------------------------------------------------
-- party pseudonyms: keyed hashes of party keys for hit/no-hit exchange
-- between agencies (docs/networks.md, "Pseudonyms")
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.party_pseudonym(value text, kind text, secret bytea) RETURNS text
	AS 'MODULE_PATHNAME', 'party_pseudonym' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.party_pseudonym(text, text, bytea) IS
	'pseudonym of a party for hit/no-hit exchange: HMAC-SHA-256 under secret (at least 16 bytes, one per operation) of the kind and normalize_party(value, kind), as 64 hex digits; equal keys give equal pseudonyms; NULL where the key is NULL';

CREATE FUNCTION @extschema@.party_pseudonym(value text, kind text, default_country text, secret bytea) RETURNS text
	AS 'MODULE_PATHNAME', 'party_pseudonym_country' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.party_pseudonym(text, text, text, bytea) IS
	'pseudonym of a telephone number for hit/no-hit exchange: party_pseudonym of normalize_party(value, kind, default_country), under secret';
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

-- ---------------------------------------------------------------------------
-- quantity_units: the unit table as rows
-- ---------------------------------------------------------------------------

-- the unit table, for clients and for reading (docs/quantity.md)
CREATE FUNCTION @extschema@.quantity_units(OUT id integer, OUT symbol text, OUT plural text, OUT kind text,
                                           OUT dimension text, OUT kind_id integer, OUT kind_rank integer,
                                           OUT steps numeric, OUT metric_rank integer, OUT aliases text[])
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'quantity_units' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 32;
COMMENT ON FUNCTION @extschema@.quantity_units() IS
	'every unit: its id (as stored), canonical symbol and plural, kind (and its stored id and sort rank), dimension, size in base steps (1 pg, 1 pL, 10^-12 item), metric rank and the names it is read from';
-- parties: name and address keys that match as manifests write them
-- ---------------------------------------------------------------------------

-- normalize_party(value, kind) is IMMUTABLE, and its name and address keys
-- change in 0.3.0 (docs/networks.md, "Upgrading from 0.2.0"); its form with
-- a default country reads telephone numbers only, whose keys do not.  Here:
-- every index on an expression or predicate that calls it is rebuilt, and a
-- message names what still holds keys of 0.2.0 and what to run: stored
-- generated columns (their table rewritten) and materialized views that
-- read them or call it (refreshed).  Keys that other code stored are not
-- seen here: docs/networks.md says how to recompute them.  The messages are
-- warnings because an extension script shows nothing below WARNING.
DO $upgrade$
DECLARE
	fn oid;
	r record;
	rebuilt text[] := '{}';
	stale text[] := '{}';
	todo text[] := '{}';
	detail text;
BEGIN
	SELECT p.oid INTO STRICT fn
	  FROM pg_proc p
	  JOIN pg_depend e ON e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e'
	  JOIN pg_extension x ON x.oid = e.refobjid AND x.extname = 'seizure'
	 WHERE p.proname = 'normalize_party' AND p.pronargs = 2;
	-- a session that loaded the library before it was replaced still runs
	-- the old code, and would rebuild the indexes with the old keys
	IF @extschema@.normalize_party('SMITH, John', 'name') IS DISTINCT FROM 'john smith' THEN
		RAISE EXCEPTION 'the seizure library loaded in this session is older than 0.3.0'
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  DETAIL = 'Indexes on normalize_party would be rebuilt with the keys of the old library.',
				  HINT = 'Run ALTER EXTENSION seizure UPDATE in a new session.';
	END IF;

	-- indexes (partitions' indexes each; a partitioned index has no entries)
	FOR r IN
		SELECT DISTINCT format('%I.%I', n.nspname, c.relname) AS idx, format('%I.%I', n.nspname, t.relname) AS tab
		  FROM pg_depend d
		  JOIN pg_index i ON i.indexrelid = d.objid
		  JOIN pg_class c ON c.oid = i.indexrelid
		  JOIN pg_class t ON t.oid = i.indrelid
		  JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_proc'::regclass
		   AND d.refobjid = fn AND c.relkind = 'i' AND c.relpersistence <> 't'
		 ORDER BY 1
	LOOP
		BEGIN
			EXECUTE format('REINDEX INDEX %s', r.idx);
			rebuilt := rebuilt || r.idx;
		EXCEPTION
			WHEN insufficient_privilege THEN
				todo := todo || format('REINDEX INDEX %s;', r.idx);
			WHEN unique_violation THEN
				GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
				RAISE EXCEPTION 'could not rebuild unique index % for the keys of normalize_party 0.3.0', r.idx
					USING ERRCODE = 'unique_violation',
						  DETAIL = format('Rows of %s that had different keys under 0.2.0 have the same key now: %s', r.tab, detail),
						  HINT = 'Merge or remove the duplicate rows, or drop the index, then update again.';
		END;
	END LOOP;

	-- stored generated columns: recomputed when a column they read is updated
	FOR r IN
		SELECT DISTINCT format('%I.%I', n.nspname, c.relname) AS tab, a.attname,
			   (SELECT b.attname FROM pg_depend dc
				  JOIN pg_attribute b ON b.attrelid = dc.refobjid AND b.attnum = dc.refobjsubid
				 WHERE dc.classid = 'pg_attrdef'::regclass AND dc.objid = ad.oid
				   AND dc.refclassid = 'pg_class'::regclass AND dc.refobjsubid > 0
				 ORDER BY b.attnum LIMIT 1) AS base
		  FROM pg_depend d
		  JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
		  JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum AND a.attgenerated = 's'
		  JOIN pg_class c ON c.oid = ad.adrelid
		  JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = fn
		   AND c.relpersistence <> 't' AND NOT c.relispartition
		 ORDER BY 1, 2
	LOOP
		stale := stale || format('%s.%I (stored generated column)', r.tab, r.attname);
		todo := todo || format('UPDATE %s SET %I = %I;', r.tab, r.base, r.base);
	END LOOP;

	-- materialized views that call it or read those columns, directly or
	-- through views, in the order they can be refreshed
	FOR r IN
		WITH RECURSIVE reach(rel, depth) AS (
			SELECT rw.ev_class, 1
			  FROM pg_depend d JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
			 WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = fn
			UNION
			SELECT ad.adrelid, 0
			  FROM pg_depend d
			  JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
			  JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum AND a.attgenerated = 's'
			 WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = fn
			UNION
			SELECT rw.ev_class, reach.depth + 1
			  FROM reach
			  JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = reach.rel
			  JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
			 WHERE rw.ev_class <> reach.rel AND reach.depth < 50
		)
		SELECT format('%I.%I', n.nspname, c.relname) AS mv, max(reach.depth) AS depth
		  FROM reach JOIN pg_class c ON c.oid = reach.rel
		  JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE c.relkind = 'm'
		 GROUP BY n.nspname, c.relname
		 ORDER BY 2, 1
	LOOP
		stale := stale || format('%s (materialized view)', r.mv);
		todo := todo || format('REFRESH MATERIALIZED VIEW %s;', r.mv);
	END LOOP;

	IF cardinality(rebuilt) > 0 THEN
		RAISE WARNING 'rebuilt % index(es) on normalize_party for the keys of 0.3.0: %',
			cardinality(rebuilt), array_to_string(rebuilt, ', ');
	END IF;
	IF cardinality(todo) > 0 THEN
		RAISE WARNING 'keys of normalize_party 0.2.0 are still stored: %',
			coalesce(nullif(array_to_string(stale, ', '), ''), 'indexes this role may not rebuild')
			USING DETAIL = 'Names and addresses have new keys in 0.3.0; what was computed before the update holds the old ones.',
				  HINT = 'Run: ' || array_to_string(todo, ' ');
	END IF;
END
$upgrade$;

-- search_path hijacking: objects planted in a schema searched before
-- pg_catalog (a malicious "=", lower(), btrim(), tables named like the
-- extension's reference tables) do not change what the extension's own
-- functions, operators, indexes and aggregates do.
BEGIN;
-- what everything gives with a clean search_path
CREATE TEMP TABLE probe (n int, expr text);
INSERT INTO probe VALUES
  (1, $$'18.5 kg'::quantity::text$$),
  (2, $$('1 kg'::quantity OPERATOR(public.=) '1000 g'::quantity)::text$$),
  (3, $$(SELECT public.sum(q)::text FROM (VALUES ('1 lb'::quantity), ('1 oz'), ('1 g')) v(q))$$),
  (4, $$(SELECT public.tally(q)::text FROM (VALUES ('1 kg'::quantity), ('2 tablets')) v(q))$$),
  (5, $$public.normalize_substance('Liquid Marijuana')$$),
  (6, $$public.normalize_substance('ICE')$$),
  (7, $$(public.substance_match('물뽕')).substance$$),
  (8, $$public.kr_class('필로폰')$$),
  (9, $$public.substance_group('methamphetamine')$$),
  (10, $$public.to_mass('2782 tablets + 24.2 kg gross'::quantity_tally, 'narcotic_pharmaceutical')::text$$),
  (11, $$public.classify_route('EMS parcel EE876543216CA from LA')::text$$),
  (12, $$public.classify_route_explain('passenger on KE012, carry-on')::text$$),
  (13, $$public.identifier_kind('CSQU3054383')$$),
  (14, $$public.normalize_party('  KIM,   Min-Su  ', 'name')$$),
  (15, $$public.normalize_party('010-1234-5678', 'phone', 'KR')$$),
  (16, $$public.substance_fold('Methylphenidate (Ritalin, Concerta)')$$),
  (17, $$(SELECT string_agg(node || ':' || group_id, ',' ORDER BY node) FROM public.linked_groups($q$VALUES ('a', 'b'), ('b', 'c')$q$))$$),
  (18, $$public.route_label('mail'::route, 'ko')$$),
  (19, $$public.value('1 lb'::quantity, 'g')::text$$),
  (20, $$(SELECT string_agg(q::text, ',' ORDER BY q) FROM (VALUES ('2782 tablets'::quantity), ('18.5 kg'), ('500 mL')) v(q))$$),
  (21, $$(SELECT count(DISTINCT q)::text FROM (VALUES ('1 kg'::quantity), ('1000 g'), ('~1 kg')) v(q))$$),
  (22, $$public.part('1 kg + ~2 kg'::quantity_tally, 'mass')::text$$),
  (23, $$(SELECT string_agg(kind || ':' || key || ':' || reference || ':' || network || ':' || network_tally::text, ',' ORDER BY kind, key, reference)
          FROM public.watch_list($q$VALUES ('S1', DATE '2025-01-01', '1 kg'::public.quantity, NULL::public.route),
                                           ('S2', DATE '2025-01-02', '2 g'::public.quantity, NULL::public.route)$q$,
                                 $q$VALUES ('S1', 'phone', '010-1234-5678', 'KR'), ('S2', 'phone', '+82 10 1234 5678', NULL),
                                           ('S2', 'name', 'Kim Min-su', NULL)$q$))$$),
  (24, $$(SELECT string_agg(consignment || ':' || field || ':' || matched || ':' || list || ':' || reference, ',' ORDER BY consignment, field, list)
          FROM public.screen($q$VALUES ('C1', 'phone', 'phone', '+82-10-1234-5678', NULL::text), ('C2', 'name', 'name', '김민수', NULL)$q$,
                             $q$SELECT * FROM public.watch_list($s$VALUES ('S1', DATE '2025-01-01', '1 kg'::public.quantity, NULL::public.route)$s$,
                                                                $s$VALUES ('S1', 'phone', '010-1234-5678', 'KR'), ('S1', 'name', 'Kim Min-su', NULL)$s$)$q$,
                             $q$SELECT * FROM public.watch_list_export($s$VALUES ('phone', '+821012345678', 'S1', NULL::date)$s$,
                                                                       '\x000102030405060708090a0b0c0d0e0f'::bytea)$q$,
                             '\x000102030405060708090a0b0c0d0e0f'::bytea, DATE '2025-01-01'))$$),
  (25, $$public.party_pseudonym('010-1234-5678', 'phone', 'KR', '\x000102030405060708090a0b0c0d0e0f'::bytea)$$),
  (26, $$public.party_key('010-1234-5678', 'phone', 'KR') || ' ' || public.party_script('김민수')$$);
CREATE FUNCTION pg_temp.run_probes() RETURNS TABLE (n int, result text) LANGUAGE plpgsql AS $f$
DECLARE p record;
BEGIN
  FOR p IN SELECT * FROM probe ORDER BY probe.n LOOP
    n := p.n;
    BEGIN
      EXECUTE 'SELECT (' || p.expr || ')::text' INTO result;
    EXCEPTION WHEN OTHERS THEN
      result := 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
    END;
    RETURN NEXT;
  END LOOP;
END $f$;
CREATE TEMP TABLE clean AS SELECT * FROM pg_temp.run_probes();
SELECT * FROM clean ORDER BY n;
-- an index and an aggregate built before the attack
CREATE TEMP TABLE seized (q quantity, r route);
INSERT INTO seized SELECT (g || ' g')::quantity, (ARRAY['mail', 'express', 'sea cargo'])[1 + g % 3]::route
FROM generate_series(1, 2000) g;
CREATE INDEX ON seized (q);
CREATE INDEX ON seized USING hash (r);
ANALYZE seized;

-- the attack: a schema searched before pg_catalog, full of look-alikes
CREATE SCHEMA evil;
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT 'pwned' $$;
CREATE FUNCTION evil.upper(text) RETURNS text LANGUAGE sql AS $$ SELECT 'PWNED' $$;
CREATE FUNCTION evil.btrim(text) RETURNS text LANGUAGE sql AS $$ SELECT 'pwned' $$;
CREATE FUNCTION evil.length(text) RETURNS int LANGUAGE sql AS $$ SELECT -1 $$;
CREATE FUNCTION evil.replace(text, text, text) RETURNS text LANGUAGE sql AS $$ SELECT 'pwned' $$;
CREATE FUNCTION evil.texteq(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.texteq);
CREATE FUNCTION evil.qeq(quantity, quantity) RETURNS boolean LANGUAGE sql AS $$ SELECT false $$;
CREATE OPERATOR evil.= (LEFTARG = quantity, RIGHTARG = quantity, FUNCTION = evil.qeq);
CREATE FUNCTION evil.qlt(quantity, quantity) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR evil.< (LEFTARG = quantity, RIGHTARG = quantity, FUNCTION = evil.qlt);
CREATE FUNCTION evil.numeric_add(numeric, numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT 0::numeric $$;
CREATE OPERATOR evil.+ (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = evil.numeric_add);
CREATE FUNCTION evil.to_jsonb(text) RETURNS jsonb LANGUAGE sql AS $$ SELECT pg_catalog.jsonb_build_object($x$pwned$x$, true) $$;
CREATE FUNCTION evil.substance_fold(text) RETURNS text LANGUAGE sql AS $$ SELECT 'cocaine' $$;
CREATE TABLE evil.substance (key text, name_en text, name_ko text, unodc_group text, kr_class text, builtin boolean);
CREATE TABLE evil.substance_alias (alias text, substance text, confidence numeric, builtin boolean);
CREATE TABLE evil.conversion_factor (substance text, unit text, grams_per_unit numeric, basis text, builtin boolean);
INSERT INTO evil.substance VALUES ('pwned', 'Liquid Marijuana', 'pwned', 'pwned', 'pwned', true);
INSERT INTO evil.substance_alias VALUES ('ice', 'pwned', 1, true), ('liquid marijuana', 'pwned', 1, true);
INSERT INTO evil.conversion_factor VALUES ('narcotic_pharmaceutical', 'tablet', 1000000, 'net', true);
SET search_path = evil, pg_catalog, public;
-- the planted objects do work on ordinary queries (the attack is live)
SELECT lower('ABC') AS planted_lower, 'a'::text = 'b'::text AS planted_text_eq;
-- a new row makes every session reload the substance catalog, now under the
-- attacker's search_path: it still reads the extension's own tables
INSERT INTO public.substance_alias (alias, lang, substance) VALUES ('bingo dust', 'en', 'ketamine');
SELECT public.normalize_substance('Bingo-Dust') AS user_alias, public.normalize_substance('ice') AS builtin_alias;
-- yet every probe gives what it gave before
CREATE TEMP TABLE attacked AS SELECT * FROM pg_temp.run_probes();
SELECT c.n, c.result AS clean, a.result AS under_attack
FROM clean c JOIN attacked a USING (n) WHERE c.result IS DISTINCT FROM a.result;
SELECT count(*) AS probes, count(*) FILTER (WHERE result LIKE 'ERROR%') AS errors FROM clean;
-- indexes and sorts use the operator class, found by OID, not by name
SET LOCAL enable_seqscan = off;
SELECT count(*) FROM seized WHERE q OPERATOR(public.<) '10 g'::quantity;
SELECT count(*) FROM seized WHERE r OPERATOR(public.=) 'mail'::route;
SELECT public.min(q)::text, public.max(q)::text FROM seized;
SELECT seized.q::text FROM seized ORDER BY seized.q USING OPERATOR(public.<) LIMIT 3;
ROLLBACK;

-- Security audit of every function of the extension: volatility, strictness,
-- parallel safety, SECURITY DEFINER, LEAKPROOF, language and settings.  Any
-- change to a label shows up here in review.
CREATE TEMP VIEW ext_functions AS
SELECT p.oid, p.oid::regprocedure::text AS function, p.prokind, p.provolatile, p.proisstrict,
       p.proparallel, p.prosecdef, p.proleakproof, l.lanname, p.proconfig, p.prorettype,
       p.proargtypes, p.prosrc
FROM pg_depend d
JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_language l ON l.oid = p.prolang
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'seizure');

-- every function: f function, a aggregate; i immutable, s stable, v volatile;
-- parallel s safe, r restricted, u unsafe
SELECT function, prokind AS kind, provolatile AS vol, proisstrict AS strict, proparallel AS par,
       prosecdef AS secdef, proleakproof AS leakproof, lanname AS lang, proconfig AS config
FROM ext_functions ORDER BY function COLLATE "C";

-- the rules
SELECT count(*) AS functions, count(*) FILTER (WHERE prosecdef) AS security_definer,
       count(*) FILTER (WHERE proleakproof) AS leakproof,
       count(*) FILTER (WHERE lanname NOT IN ('c', 'internal')) AS not_in_c
FROM ext_functions;
-- a function that returns internal without taking one would let SQL forge
-- the pointers that type receive and support functions trust
SELECT function FROM ext_functions
WHERE prorettype = 'internal'::regtype AND NOT 'internal'::regtype = ANY (proargtypes::oid[]);
-- functions taking internal: callable only from the server's own machinery
SELECT function FROM ext_functions WHERE 'internal'::regtype = ANY (proargtypes::oid[])
ORDER BY function COLLATE "C";
-- functions in SQL or PL/pgSQL pin their search_path, or have a body parsed
-- when the extension is created (RETURN, BEGIN ATOMIC: every name bound
-- then), or run the caller's own queries in the caller's search_path, as
-- the three listed here do: they qualify every name they add themselves
-- (test/sql/security_search_path.sql runs them beside planted objects)
SELECT f.function FROM ext_functions f JOIN pg_proc p USING (oid)
WHERE f.lanname IN ('sql', 'plpgsql') AND NOT coalesce(f.proconfig::text LIKE '%search_path=%', false)
  AND p.prosqlbody IS NULL
  AND f.function NOT IN ('screen(text,text,text,bytea,date)', 'watch_list(text,text,date,text[])',
                       'watch_list_export(text,bytea)');
-- type input, output, receive and send functions are immutable (they must
-- never read a table) and strict
SELECT t.typname, p.function, p.provolatile, p.proisstrict
FROM pg_type t
JOIN ext_functions p ON p.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend)
WHERE p.provolatile <> 'i' OR NOT p.proisstrict;
-- the functions that read the substance catalog are STABLE, not IMMUTABLE
SELECT function, provolatile FROM ext_functions
WHERE function ~ '^(normalize_substance|substance_match|substance_group|kr_class|to_mass)\('
ORDER BY function COLLATE "C";
-- operators: each one's function and its labels
SELECT o.oprname, o.oprleft::regtype, o.oprright::regtype, o.oprcode::regproc AS function,
       p.provolatile, p.proisstrict, p.proparallel
FROM pg_operator o
JOIN pg_depend d ON d.classid = 'pg_operator'::regclass AND d.objid = o.oid AND d.deptype = 'e'
JOIN pg_proc p ON p.oid = o.oprcode
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'seizure')
ORDER BY o.oprname COLLATE "C", o.oprleft::regtype::text COLLATE "C", o.oprright::regtype::text COLLATE "C";
-- privileges: nothing granted beyond the defaults except read access to the
-- reference tables; no table is writable by PUBLIC (the owner's MAINTAIN,
-- new in PostgreSQL 17, is left out so the output is the same on every version)
SELECT c.relname,
       (SELECT string_agg(CASE WHEN a.grantee = 0 THEN 'PUBLIC' WHEN a.grantee = c.relowner THEN 'owner'
                               ELSE a.grantee::regrole::text END || ':' || a.privilege_type, ', '
                          ORDER BY a.grantee = 0, a.privilege_type)
        FROM aclexplode(c.relacl) a WHERE a.privilege_type <> 'MAINTAIN') AS privileges
FROM pg_class c
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'seizure')
ORDER BY c.relname COLLATE "C";
SELECT function FROM ext_functions f JOIN pg_proc p USING (oid) WHERE p.proacl IS NOT NULL;
-- the control file: not trusted (docs/security.md explains), not relocatable
-- (the installed version's row: older install scripts may be beside it)
SELECT name, superuser, trusted, relocatable FROM pg_available_extension_versions
WHERE name = 'seizure' AND version = (SELECT extversion FROM pg_extension WHERE extname = 'seizure');

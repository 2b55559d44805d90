-- The catalog reads as the API index: every object the extension owns has a
-- comment, every argument a name, and every C function is found in src/ by
-- its SQL name (the C symbol holds it as whole words: value(quantity) is
-- quantity_value, to_mass(quantity_tally, text) substance_tally_to_mass).
-- (From PostgreSQL 17 on, the array types of the extension's types and the
-- row types of its tables are members too; they are made implicitly and
-- take no comment, so they are left out.)
CREATE TEMP VIEW members AS
SELECT d.classid, d.objid, pg_describe_object(d.classid, d.objid, 0) AS object
FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'seizure')
  AND NOT EXISTS (SELECT FROM pg_type t
                  WHERE d.classid = 'pg_type'::regclass AND t.oid = d.objid
                    AND (t.typcategory = 'A' OR t.typrelid <> 0));

-- objects without a comment (none)
SELECT object FROM members
WHERE obj_description(objid, classid::regclass::name) IS NULL
ORDER BY object COLLATE "C";

-- functions, procedures and aggregates with an unnamed argument (none)
SELECT p.oid::regprocedure AS routine
FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
WHERE p.pronargs > 0
  AND (p.proargnames IS NULL OR EXISTS (
        SELECT FROM unnest(p.proargnames) WITH ORDINALITY AS a(name, i)
        WHERE a.name = '' AND coalesce(p.proargmodes[a.i], 'i') IN ('i', 'b', 'v')))
ORDER BY p.oid::regprocedure::text COLLATE "C";

-- C functions whose symbol does not hold their SQL name (none)
SELECT p.oid::regprocedure AS routine, p.prosrc AS symbol
FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
JOIN pg_language l ON l.oid = p.prolang AND l.lanname = 'c'
WHERE position('_' || p.proname || '_' IN '_' || p.prosrc || '_') = 0
ORDER BY p.oid::regprocedure::text COLLATE "C";

-- what \df shows
SELECT p.proname, pg_get_function_arguments(p.oid) AS arguments
FROM pg_proc p
WHERE p.proname IN ('identifier_kind', 'is_valid_identifier', 'part', 'to_mass', 'value')
  AND p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'seizure')
ORDER BY p.proname COLLATE "C", pg_get_function_arguments(p.oid) COLLATE "C";

-- how many objects each of these checks covered
SELECT classid::regclass AS catalog, count(*) FROM members
GROUP BY classid ORDER BY classid::regclass::text COLLATE "C";

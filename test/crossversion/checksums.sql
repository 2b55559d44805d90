-- One line per table and view of schema public: its name, row count and the
-- md5 of its rows' text forms in order; one per column of the extension's
-- types: the md5 of its binary send forms in the same order (an array's elements one
-- by one: an array's own send form holds its element type's OID, which
-- differs between databases).  Then the users' rows of the reference tables.
\pset format unaligned
\pset tuples_only on
WITH ext_type AS (
  SELECT t.oid, t.typsend::regproc::text AS send
  FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'seizure'
  WHERE t.typsend <> 0 AND t.typelem = 0  -- newer servers make the array types members too
), col AS (
  SELECT c.oid AS rel, a.attnum,
         CASE WHEN s.oid IS NOT NULL THEN format('coalesce(encode(%s(%I), ''hex''), ''-'')', s.send, a.attname)
              ELSE format('coalesce((SELECT string_agg(coalesce(encode(%s(e), ''hex''), ''-''), '','' ORDER BY o) FROM unnest(%I) WITH ORDINALITY u(e, o)), ''-'')',
                          el.send, a.attname) END AS expr
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type at ON at.oid = a.atttypid
  LEFT JOIN ext_type s ON s.oid = at.oid
  LEFT JOIN ext_type el ON el.oid = at.typelem AND at.typcategory = 'A'
  WHERE c.relkind IN ('r', 'p', 'v', 'm') AND (s.oid IS NOT NULL OR el.oid IS NOT NULL)
)
SELECT format($q$SELECT format('%%s %%s %%s', %L, count(*), md5(coalesce(string_agg(whole_row::text, E'\n' ORDER BY whole_row::text COLLATE "C"), ''))) FROM %s whole_row$q$,
              c.relname, c.oid::regclass)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
WHERE c.relkind IN ('r', 'p', 'v', 'm')
UNION ALL
SELECT format($q$SELECT format('%%s.%%s send %%s', %L, %L, md5(coalesce(string_agg(%s, E'\n' ORDER BY whole_row::text COLLATE "C"), ''))) FROM %s whole_row$q$,
              c.relname, a.attname, col.expr, c.oid::regclass)
FROM col JOIN pg_class c ON c.oid = col.rel JOIN pg_attribute a ON a.attrelid = col.rel AND a.attnum = col.attnum
ORDER BY 1
\gexec
SELECT format('users_rows %s %s %s', (SELECT md5(string_agg(s::text, E'\n' ORDER BY s::text COLLATE "C")) FROM substance s WHERE NOT builtin),
              (SELECT md5(string_agg(s::text, E'\n' ORDER BY s::text COLLATE "C")) FROM substance_alias s WHERE NOT builtin),
              (SELECT md5(string_agg(s::text, E'\n' ORDER BY s::text COLLATE "C")) FROM conversion_factor s WHERE NOT builtin));

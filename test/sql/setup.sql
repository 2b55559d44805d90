-- Helpers the other tests share, created once: pg_regress runs this file
-- first (see REGRESS in the Makefile), so a single test runs as
-- make installcheck REGRESS="setup NAME".
CREATE SCHEMA regress;

-- Binary files go under this run's results/ folder, never a fixed path that
-- two clusters could share.  The server writes them, so the folder is open
-- to the server's user; when the checkout itself is closed to that user (a
-- private temporary folder), they go in the throwaway cluster's own data
-- directory instead, which is as private to this run.
\! mkdir -p results/binary && chmod 0777 results/binary
\set binary_dir `pwd`/results/binary
CREATE TABLE regress.paths (file_prefix text NOT NULL);
SET regress.binary_dir = :'binary_dir';
DO $$
DECLARE
  lo oid := lo_from_bytea(0, '\x00'::bytea);
  prefix text := current_setting('regress.binary_dir') || '/';
BEGIN
  BEGIN
    PERFORM lo_export(lo, prefix || 'probe.dat');
  EXCEPTION WHEN insufficient_privilege OR undefined_file THEN
    prefix := current_setting('data_directory') || '/regress_binary_';
  END;
  PERFORM lo_unlink(lo);
  INSERT INTO regress.paths VALUES (prefix);
END $$;
RESET regress.binary_dir;
CREATE FUNCTION regress.binary_file(name text) RETURNS text LANGUAGE sql STABLE
AS $$ SELECT file_prefix || name || '.dat' FROM regress.paths $$;
COMMENT ON FUNCTION regress.binary_file(text) IS 'path of a binary file NAME under results/binary/, or in the data directory when the server cannot reach results/';

-- Loads one row of one field into the one-column table tbl with COPY FROM a
-- binary file built by hand (signature, flags, header extension, the field
-- as payload, trailer).  Gives 'accepted: "<value as text>"', or the
-- SQLSTATE, message and detail of the refusal.
CREATE FUNCTION regress.try_binary_copy(tbl regclass, payload bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  file bytea := '\x5047434f50590aff0d0a00'::bytea || int4send(0) || int4send(0)
             || int2send(1::int2) || int4send(length(payload)) || payload || int2send(-1::int2);
  path text := regress.binary_file(replace(current_setting('application_name'), 'pg_regress/', '') || '_bad');
  lo oid;
  result text;
  detail text;
BEGIN
  lo := lo_from_bytea(0, file);
  PERFORM lo_export(lo, path);
  PERFORM lo_unlink(lo);
  EXECUTE format('TRUNCATE %s', tbl);
  EXECUTE format('COPY %s FROM %L WITH (FORMAT binary)', tbl, path);
  EXECUTE format('SELECT ''accepted: "'' || %I::text || ''"'' FROM %s',
                 (SELECT attname FROM pg_attribute WHERE attrelid = tbl AND attnum = 1), tbl) INTO result;
  RETURN result;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
  RETURN SQLSTATE || ': ' || SQLERRM || ' ' || coalesce(nullif(detail, ''), '');
END $$;
COMMENT ON FUNCTION regress.try_binary_copy(regclass, bytea) IS
  'COPY one hand-built binary field into a one-column table: the value accepted or the error';

-- EXPLAIN (COSTS OFF) of a query, without what differs by server version
-- only: the "(returns $0)" after an InitPlan's name, gone in 17.
CREATE FUNCTION regress.plan(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
  line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
    RETURN NEXT regexp_replace(line, '^(\s*InitPlan \d+) \(returns \$\d+\)$', '\1');
  END LOOP;
END $$;
COMMENT ON FUNCTION regress.plan(text) IS 'EXPLAIN (COSTS OFF) of a query, the same text on every server version';

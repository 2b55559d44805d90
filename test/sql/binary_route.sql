-- route binary send/recv: COPY round trip of every route and malformed data
CREATE TEMP TABLE src (id int, r route);
INSERT INTO src SELECT g, ('{traveler,international_mail,express_cargo,air_cargo,sea_cargo,general_cargo,land_border,other}'::route[])[g]
FROM generate_series(1, 8) g;
INSERT INTO src VALUES (9, NULL);
COPY src TO '/tmp/seizure_binary_route.dat' WITH (FORMAT binary);
CREATE TEMP TABLE dst (id int, r route);
COPY dst FROM '/tmp/seizure_binary_route.dat' WITH (FORMAT binary);
SELECT s.id, d.r AS copied, route_send(s.r) AS wire, s.r IS NOT DISTINCT FROM d.r AS same
FROM src s JOIN dst d USING (id) ORDER BY id;

CREATE TEMP TABLE one (r route);
CREATE FUNCTION pg_temp.try_copy(payload bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  file bytea := '\x5047434f50590aff0d0a00'::bytea || int4send(0) || int4send(0)
             || int2send(1::int2) || int4send(length(payload)) || payload || int2send(-1::int2);
  lo oid := lo_from_bytea(0, file);
  result text;
  detail text;
BEGIN
  PERFORM lo_export(lo, '/tmp/seizure_binary_route_bad.dat');
  PERFORM lo_unlink(lo);
  TRUNCATE one;
  COPY one FROM '/tmp/seizure_binary_route_bad.dat' WITH (FORMAT binary);
  SELECT 'accepted: "' || r::text || '"' INTO result FROM one;
  RETURN result;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
  RETURN SQLSTATE || ': ' || SQLERRM || ' ' || coalesce(nullif(detail, ''), '');
END $$;
SELECT name, pg_temp.try_copy(payload)
FROM (VALUES
  ('first', '\x00'::bytea), ('last', '\x07'::bytea), ('8', '\x08'::bytea), ('127', '\x7f'::bytea),
  ('128', '\x80'::bytea), ('255', '\xff'::bytea), ('two bytes', '\x0000'::bytea), ('empty', ''::bytea)
) v(name, payload);

-- route binary send/recv: COPY round trip of every route and malformed data
CREATE TEMP TABLE src (id int, r route);
INSERT INTO src SELECT g, ('{traveler,international_mail,express_cargo,air_cargo,sea_cargo,general_cargo,land_border,other}'::route[])[g]
FROM generate_series(1, 8) g;
INSERT INTO src VALUES (9, NULL);
\copy src TO 'results/binary/binary_route.dat' WITH (FORMAT binary)
CREATE TEMP TABLE dst (id int, r route);
\copy dst FROM 'results/binary/binary_route.dat' WITH (FORMAT binary)
SELECT s.id, d.r AS copied, route_send(s.r) AS wire, s.r IS NOT DISTINCT FROM d.r AS same
FROM src s JOIN dst d USING (id) ORDER BY id;

CREATE TEMP TABLE one (r route);
SELECT name, regress.try_binary_copy('one', payload)
FROM (VALUES
  ('first', '\x00'::bytea), ('last', '\x07'::bytea), ('8', '\x08'::bytea), ('127', '\x7f'::bytea),
  ('128', '\x80'::bytea), ('255', '\xff'::bytea), ('two bytes', '\x0000'::bytea), ('empty', ''::bytea)
) v(name, payload);

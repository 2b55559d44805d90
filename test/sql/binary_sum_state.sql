-- quantity_sum_state binary send/recv: COPY round trip and malformed data
CREATE TEMP TABLE src (id int, s quantity_sum_state);
INSERT INTO src VALUES (1, 'n=0 sum=0 units='), (2, 'n=2 sum=455592370000000 units=g,lb estimate'),
  (3, NULL), (4, 'n=9223372036854775807 sum=-170141183460469231731687303715884105728 units=tablet'),
  (5, 'n=1 sum=170141183460469231731687303715884105727 units=mL,L'), (6, 'n=3 sum=-5 units=mg,g,kg,t,lb,oz');
\copy src TO 'results/binary/binary_sum_state.dat' WITH (FORMAT binary)
CREATE TEMP TABLE dst (id int, s quantity_sum_state);
\copy dst FROM 'results/binary/binary_sum_state.dat' WITH (FORMAT binary)
SELECT s.id, d.s AS copied, s.s::text IS NOT DISTINCT FROM d.s::text AS same_text
FROM src s JOIN dst d USING (id) ORDER BY id;

-- the wire format: version 1, count, sum as two big-endian int64s, the set of
-- units seen (bit 1 << unit id), flags
SELECT quantity_sum_state_send('n=2 sum=455592370000000 units=g,lb estimate');

-- malformed values are refused: binary COPY files built by hand
CREATE TEMP TABLE one (s quantity_sum_state);
CREATE FUNCTION pg_temp.state(version int, n int8, hi int8, lo int8, units int4, flags int) RETURNS bytea
LANGUAGE sql AS $$
  SELECT set_byte('\x00'::bytea, 0, version) || int8send(n) || int8send(hi) || int8send(lo)
         || int4send(units) || set_byte('\x00'::bytea, 0, flags)
$$;
SELECT name, regress.try_binary_copy('one', payload)
FROM (VALUES
  ('good',            pg_temp.state(1, 1, 0, 1000000000000000, 8, 0)),
  ('empty state',     pg_temp.state(1, 0, 0, 0, 0, 0)),
  ('estimate',        pg_temp.state(1, 2, 0, 455592370000000, 4 | 32, 1)),
  ('bad version',     pg_temp.state(2, 1, 0, 1, 8, 0)),
  ('negative count',  pg_temp.state(1, -1, 0, 1, 8, 0)),
  ('empty with sum',  pg_temp.state(1, 0, 0, 1, 0, 0)),
  ('empty with unit', pg_temp.state(1, 0, 0, 0, 8, 0)),
  ('empty estimate',  pg_temp.state(1, 0, 0, 0, 0, 1)),
  ('no units',        pg_temp.state(1, 1, 0, 1, 0, 0)),
  ('unit 0',          pg_temp.state(1, 1, 0, 1, 1, 0)),
  ('unit 18 (mcg)',   pg_temp.state(1, 1, 0, 1, 262144, 0)),
  ('unit 25 (patch)', pg_temp.state(1, 1, 0, 1, 33554432, 0)),
  ('unit 26 (brick)', pg_temp.state(1, 1, 0, 1, 67108864, 0)),
  ('unit 30 (US gal)', pg_temp.state(1, 1, 0, 1, 1073741824, 0)),
  ('mcg and kg',      pg_temp.state(1, 2, 0, 1, 262144 | 8, 0)),
  ('sign bit unit',   pg_temp.state(1, 1, 0, 1, -2147483648, 0)),
  ('mixed kinds',     pg_temp.state(1, 2, 0, 1, 8 | 65536, 0)),
  ('two counts',      pg_temp.state(1, 2, 0, 1, 2048 | 65536, 0)),
  ('unknown flag',    pg_temp.state(1, 1, 0, 1, 8, 2)),
  ('int128 min sum',  pg_temp.state(1, 1, -9223372036854775808, 0, 8, 0)),
  ('truncated',       substr(pg_temp.state(1, 1, 0, 1, 8, 0), 1, 29)),
  ('extra byte',      pg_temp.state(1, 1, 0, 1, 8, 0) || '\x00'::bytea),
  ('empty',           ''::bytea)
) v(name, payload);
-- a state accepted from binary gives what its text would give
SELECT quantity_avg_final(s), quantity_sum_final(s) FROM dst WHERE id IN (2, 6) ORDER BY id;
SELECT quantity_avg_final(s) FROM dst WHERE id = 4;
SELECT quantity_sum_final(s) FROM dst WHERE id = 4;

-- a unit whose name holds a space reads back from text, alone, in a list and
-- before the estimate and basis fields (0.2.0 stopped at the space)
SELECT s, s::text::quantity_sum_state::text = s::text AS reads_back
FROM (VALUES (quantity_sum_trans(NULL, '2 dosage units')),
             (quantity_sum_trans(quantity_sum_trans(NULL, '2 dosage units'), '~1 dosage unit')),
             ('n=3 sum=0 units=tablet,dosage unit'::quantity_sum_state),
             ('n=1 sum=2 units=dosage unit estimate')) v(s);
SELECT 'n=1 sum=2 units=dosage'::quantity_sum_state;
SELECT 'n=1 sum=2 units=dosage unit '::quantity_sum_state;
-- one state, one binary form: read from text, from version 1 or made by the
-- aggregate, a state of unstated masses sends the same bytes (0.2.0 sent 0
-- for the unstated basis of a state read from text or version 1, 1 for the
-- aggregate's own)
SELECT quantity_sum_state_send(quantity_sum_trans(NULL, '2 kg')) AS made,
       quantity_sum_state_send('n=1 sum=2000000000000000 units=kg') AS from_text;
SELECT d.s, quantity_sum_state_send(d.s) = quantity_sum_state_send(d.s::text::quantity_sum_state) AS same_bytes
FROM dst d WHERE id = 2;

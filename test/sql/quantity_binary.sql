-- binary send/recv: COPY round trip and malformed data
CREATE TEMP TABLE src (id int, q quantity);
INSERT INTO src VALUES (1, '18.5 kg'), (2, '~7.2 kg'), (3, '2782 tablets'), (4, '1.2 lb'),
  (5, '-99999999999.999999999999999 kg'), (6, '0.000000000001 g'), (7, '500 mL'), (8, NULL),
  (9, '0.002204622621849 lb'), (10, '1 vial');
\copy src TO 'results/binary/quantity_binary.dat' WITH (FORMAT binary)
CREATE TEMP TABLE dst (id int, q quantity);
\copy dst FROM 'results/binary/quantity_binary.dat' WITH (FORMAT binary)
SELECT s.id, s.q, d.q AS copied, s.q::text IS NOT DISTINCT FROM d.q::text AS same_text,
       s.q = d.q AS same_value
FROM src s JOIN dst d USING (id) ORDER BY id;

-- the wire format: version 2, unit id, flags (bit 0 estimate, bits 1-2
-- basis), amount as two big-endian int64s
SELECT quantity_send('18.5 kg'), quantity_send('~2782 tablets'), quantity_send('~7.2 kg gross');

-- text COPY round trip as well
\copy src TO 'results/binary/quantity_text.dat'
TRUNCATE dst;
\copy dst FROM 'results/binary/quantity_text.dat'
SELECT count(*) FILTER (WHERE s.q::text IS NOT DISTINCT FROM d.q::text) AS same, count(*) AS total
FROM src s JOIN dst d USING (id);

-- malformed binary values are refused: binary COPY files built by hand
-- (signature, flags, header extension, one row of one field, trailer)
CREATE TEMP TABLE one (q quantity);
SELECT name, regress.try_binary_copy('one', payload)
FROM (VALUES
  ('good',         '\x010300'::bytea || int8send(0) || int8send(1000000000000000)),
  ('negative',     '\x010300'::bytea || int8send(-1) || int8send(-1000000000000000)),
  ('estimate',     '\x011001'::bytea || int8send(0) || int8send(2782000000000000)),
  ('version 2',    '\x020300'::bytea || int8send(0) || int8send(1000000000000000)),
  ('v2 gross',     '\x020307'::bytea || int8send(0) || int8send(1000000000000000)),
  ('v2 net',       '\x020102'::bytea || int8send(0) || int8send(1000000000)),
  ('v1 basis bit', '\x010306'::bytea || int8send(0) || int8send(1000000000000000)),
  ('v2 basis on L','\x020802'::bytea || int8send(0) || int8send(1000000000000)),
  ('v2 flag 8',    '\x020308'::bytea || int8send(0) || int8send(1000000000000000)),
  ('bad version',  '\x030300'::bytea || int8send(0) || int8send(1000000000000000)),
  ('version 0',    '\x000300'::bytea || int8send(0) || int8send(1000000000000000)),
  ('unit 0',       '\x010000'::bytea || int8send(0) || int8send(1000000000000000)),
  ('unit 99',      '\x016300'::bytea || int8send(0) || int8send(1000000000000000)),
  ('unknown flag', '\x010302'::bytea || int8send(0) || int8send(1000000000000000)),
  ('too large',    '\x010300'::bytea || int8send(5421011) || int8send(0)),
  ('too small',    '\x010300'::bytea || int8send(-5421011) || int8send(0)),
  ('truncated',    '\x010300'::bytea || int8send(0)),
  ('empty',        ''::bytea),
  ('extra byte',   '\x010300'::bytea || int8send(0) || int8send(1000000000000000) || '\x00'::bytea)
) v(name, payload);

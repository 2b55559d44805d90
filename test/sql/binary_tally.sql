-- quantity_tally binary send/recv: COPY round trip and malformed data
CREATE TEMP TABLE src (id int, t quantity_tally);
INSERT INTO src VALUES (1, '24.2 kg + ~7.2 kg + 2782 tablets'), (2, ''), (3, NULL), (4, '-1 lb + 0 L'),
  (5, '99999999999.999999999999999 kg + -99999999999999.999999999999 vials'),
  (6, '1 kg + ~1 kg + 1 L + ~1 L + 1 ampoule + ~1 ampoule + 1 blotter + ~1 blotter + 1 capsule + ~1 capsule + 1 dose + ~1 dose + 1 piece + ~1 piece + 1 plant + ~1 plant + 1 seed + ~1 seed + 1 tablet + ~1 tablet + 1 vial + ~1 vial'),
  (7, '0.000000000001 g + 1 oz');
\copy src TO 'results/binary/binary_tally.dat' WITH (FORMAT binary)
CREATE TEMP TABLE dst (id int, t quantity_tally);
\copy dst FROM 'results/binary/binary_tally.dat' WITH (FORMAT binary)
SELECT s.id, s.t::text IS NOT DISTINCT FROM d.t::text AS same_text, s.t = d.t AS same_value,
       length(s.t::text) AS text_length
FROM src s JOIN dst d USING (id) ORDER BY id;

-- the wire format: version 2, part count, then per part kind, flags (bit 0
-- estimate, bits 1-2 basis) and the amount as two big-endian int64s
SELECT quantity_tally_send('24.2 kg + ~7.2 kg + 2782 tablets');
SELECT quantity_tally_send('24.2 kg + ~7.2 kg gross');
SELECT quantity_tally_send('');

-- malformed values are refused: binary COPY files built by hand
-- (signature, flags, header extension, one row of one field, trailer)
CREATE TEMP TABLE one (t quantity_tally);
-- one part: kind (0 mass, 1 volume, 2.. count units), estimate, amount
CREATE FUNCTION pg_temp.part(kind int, est int, hi int8, lo int8) RETURNS bytea LANGUAGE sql AS $$
  SELECT set_byte(set_byte('\x0000'::bytea, 0, kind), 1, est) || int8send(hi) || int8send(lo)
$$;
SELECT name, regress.try_binary_copy('one', payload)
FROM (VALUES
  ('good',            '\x0101'::bytea || pg_temp.part(0, 0, 0, 1000000000000000)),
  ('empty tally',     '\x0100'::bytea),
  ('two parts',       '\x0102'::bytea || pg_temp.part(0, 0, 0, 1) || pg_temp.part(9, 1, -1, -2782000000000000)),
  ('version 2',       '\x0201'::bytea || pg_temp.part(0, 0, 0, 1)),
  ('v2 gross est',    '\x0201'::bytea || pg_temp.part(0, 7, 0, 1000000000000000)),
  ('v2 two bases',    '\x0202'::bytea || pg_temp.part(0, 0, 0, 1) || pg_temp.part(0, 2, 0, 1)),
  ('v2 bases order',  '\x0202'::bytea || pg_temp.part(0, 2, 0, 1) || pg_temp.part(0, 1, 0, 1)),
  ('v2 basis on L',   '\x0201'::bytea || pg_temp.part(1, 2, 0, 1)),
  ('v2 flags 8',      '\x0201'::bytea || pg_temp.part(0, 8, 0, 1)),
  ('v1 basis bits',   '\x0101'::bytea || pg_temp.part(0, 2, 0, 1)),
  ('bad version',     '\x0301'::bytea || pg_temp.part(0, 0, 0, 1)),
  ('version 0',       '\x0000'::bytea),
  ('51 parts',        '\x0133'::bytea || pg_temp.part(0, 0, 0, 1)),
  ('255 parts',       '\x01ff'::bytea),
  ('count too high',  '\x0102'::bytea || pg_temp.part(0, 0, 0, 1)),
  ('count too low',   '\x0100'::bytea || pg_temp.part(0, 0, 0, 1)),
  ('truncated part',  '\x0101'::bytea || substr(pg_temp.part(0, 0, 0, 1), 1, 17)),
  ('extra byte',      '\x0101'::bytea || pg_temp.part(0, 0, 0, 1) || '\x00'::bytea),
  ('kind 11 (bag)',   '\x0101'::bytea || pg_temp.part(11, 0, 0, 1)),
  ('kind 17 (patch)', '\x0101'::bytea || pg_temp.part(17, 0, 0, 1)),
  ('kind 21 (syringe)', '\x0101'::bytea || pg_temp.part(21, 0, 0, 1)),
  ('kind 22',         '\x0101'::bytea || pg_temp.part(22, 0, 0, 1)),
  -- parts go in sort order (bag < blotter), not in order of kind id (11 > 3)
  ('bag, blotter',    '\x0102'::bytea || pg_temp.part(11, 0, 0, 1) || pg_temp.part(3, 0, 0, 1)),
  ('blotter, bag',    '\x0102'::bytea || pg_temp.part(3, 0, 0, 1) || pg_temp.part(11, 0, 0, 1)),
  ('kind 255',        '\x0101'::bytea || pg_temp.part(255, 0, 0, 1)),
  ('estimate 2',      '\x0101'::bytea || pg_temp.part(0, 2, 0, 1)),
  ('out of order',    '\x0102'::bytea || pg_temp.part(1, 0, 0, 1) || pg_temp.part(0, 0, 0, 1)),
  ('estimate first',  '\x0102'::bytea || pg_temp.part(0, 1, 0, 1) || pg_temp.part(0, 0, 0, 1)),
  ('repeated part',   '\x0102'::bytea || pg_temp.part(0, 0, 0, 1) || pg_temp.part(0, 0, 0, 1)),
  ('largest',         '\x0101'::bytea || pg_temp.part(0, 0, 5421010, -2537764290115403777)),
  ('too large',       '\x0101'::bytea || pg_temp.part(0, 0, 5421010, -2537764290115403776)),
  ('too small',       '\x0101'::bytea || pg_temp.part(0, 0, -5421011, 2537764290115403776)),
  ('smallest',        '\x0101'::bytea || pg_temp.part(0, 0, -5421011, 2537764290115403777)),
  ('int128 min',      '\x0101'::bytea || pg_temp.part(0, 0, -9223372036854775808, 0)),
  ('one byte',        '\x01'::bytea),
  ('empty',           ''::bytea)
) v(name, payload);

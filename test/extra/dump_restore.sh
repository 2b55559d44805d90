#!/usr/bin/env bash
# pg_dump / pg_restore round trip of a database that uses every type of the
# extension: tables with typmods, arrays, defaults, checks and generated
# columns, btree / hash / unique / partial / expression indexes, a
# hash-partitioned table, a view, a materialized view, and users' rows in
# the substance reference tables.  The restored data must be identical (md5
# of the text form of every table, ordered), the indexes must pass amcheck,
# and the materialized view must refresh to the same rows.  Custom format
# through pg_restore and plain format through psql.
set -euo pipefail
src=dump_src_$$; dst1=dump_custom_$$; dst2=dump_plain_$$
work=$(mktemp -d)
cleanup() { for d in "$src" "$dst1" "$dst2"; do dropdb --if-exists "$d" >/dev/null 2>&1 || true; done; rm -rf "$work"; }
trap cleanup EXIT
createdb -T template0 -E UTF8 --locale=C.UTF-8 "$src"
psql -qX -v ON_ERROR_STOP=1 -d "$src" >/dev/null <<'SQL'
CREATE EXTENSION seizure;
CREATE TABLE seizure_lot (
  id int PRIMARY KEY,
  q quantity NOT NULL,
  net quantity(mass),
  liquid quantity(volume),
  items quantity(count) DEFAULT '0 tablets',
  t quantity_tally,
  s quantity_sum_state,
  r route,
  history quantity[],
  routes route[],
  substance text,
  kg numeric GENERATED ALWAYS AS (mass_kg(q)) STORED,
  CHECK (dimension(q) IN ('mass', 'volume', 'count'))
);
INSERT INTO seizure_lot (id, q, net, liquid, items, t, s, r, history, routes, substance)
SELECT g,
       CASE g % 7 WHEN 0 THEN (g * 1.25 || ' kg') WHEN 1 THEN ('~' || g || ' g') WHEN 2 THEN (g || ' tablets')
                  WHEN 3 THEN (g || '.5 mL') WHEN 4 THEN (g / 3.0 || ' lb') WHEN 5 THEN ('-' || g || ' oz')
                  ELSE (g || ' doses') END::quantity,
       CASE WHEN g % 3 = 0 THEN (g || ' mg')::quantity END,
       CASE WHEN g % 5 = 0 THEN ('~' || g || ' L')::quantity END,
       CASE WHEN g % 2 = 0 THEN (g || ' capsules')::quantity END,
       CASE WHEN g % 4 <> 1 THEN (g || ' kg + ~' || g % 13 || ' g + ' || g || ' vials')::quantity_tally END,
       CASE WHEN g % 6 = 0 THEN ('n=' || g || ' sum=' || g * 1000 || ' units=g,lb' || CASE WHEN g % 12 = 0 THEN ' estimate' ELSE '' END)::quantity_sum_state END,
       (ARRAY['traveler', 'mail', 'express', 'air cargo', 'sea cargo', 'general cargo', 'land', 'other'])[1 + g % 8]::route,
       ARRAY[(g || ' g')::quantity, NULL, '~1 kg'],
       ARRAY['mail', 'sea cargo']::route[],
       (ARRAY['ice', '필로폰', 'Liquid Marijuana', 'bingo dust', NULL])[1 + g % 5]
FROM generate_series(1, 3000) g;
-- the extremes, apart: their sums would overflow
CREATE TABLE extremes (id int PRIMARY KEY, q quantity, t quantity_tally, s quantity_sum_state, r route);
INSERT INTO extremes (id, q, t, s, r) VALUES
  (10001, '99999999999.999999999999999 kg', '99999999999.999999999999999 kg + -99999999999999.999999999999 vials', 'n=1 sum=-170141183460469231731687303715884105728 units=kg', 'other'),
  (10002, '0.002204622621849 lb', '', 'n=0 sum=0 units=', NULL),
  (10003, '51372307261206298.0235264 mL', '1 kg + ~1 kg + 1 L + ~1 L + 1 ampoule + ~1 ampoule + 1 blotter + ~1 blotter + 1 capsule + ~1 capsule + 1 dose + ~1 dose + 1 piece + ~1 piece + 1 plant + ~1 plant + 1 seed + ~1 seed + 1 tablet + ~1 tablet + 1 vial + ~1 vial', NULL, 'traveler');
CREATE INDEX ON extremes (q);
CREATE INDEX ON seizure_lot (q);
CREATE INDEX ON seizure_lot USING hash (q);
CREATE INDEX ON seizure_lot USING hash (t);
CREATE INDEX ON seizure_lot (r, q);
CREATE INDEX ON seizure_lot USING hash (r);
CREATE INDEX ON seizure_lot (value(q)) WHERE dimension(q) = 'mass';
CREATE UNIQUE INDEX ON seizure_lot (q, id);
CREATE TABLE seizure_part (id int, q quantity, r route) PARTITION BY HASH (q);
CREATE TABLE seizure_part_0 PARTITION OF seizure_part FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE seizure_part_1 PARTITION OF seizure_part FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE seizure_part_2 PARTITION OF seizure_part FOR VALUES WITH (MODULUS 3, REMAINDER 2);
INSERT INTO seizure_part SELECT id, q, r FROM seizure_lot;
CREATE TABLE seizure_by_route (id int, r route) PARTITION BY LIST (r);
CREATE TABLE seizure_by_route_mail PARTITION OF seizure_by_route FOR VALUES IN ('international_mail');
CREATE TABLE seizure_by_route_rest PARTITION OF seizure_by_route DEFAULT;
INSERT INTO seizure_by_route SELECT id, r FROM seizure_lot;
-- users' rows in the reference tables
INSERT INTO substance (key, name_en, name_ko) VALUES ('bingo_dust', 'Bingo Dust', '빙고');
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('bingo dust', 'en', 'ketamine', 0.6),
  ('빙고가루', 'ko', 'bingo_dust', 1);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source)
  VALUES ('mdma', 'tablet', 0.25, 'net', 'lab report 2024-117');
CREATE VIEW lot_summary AS
  SELECT r, kind(q) AS kind, sum(q) AS total, count(*) FROM seizure_lot GROUP BY r, kind(q);
CREATE MATERIALIZED VIEW lot_tally AS
  SELECT r, tally(q) AS total, min(q) AS smallest, max(q) AS largest, sum(t) AS tallies,
         count(*) AS n, normalize_substance(substance) AS substance
  FROM seizure_lot GROUP BY r, normalize_substance(substance);
CREATE UNIQUE INDEX ON lot_tally (r, substance);
SQL

# md5 of every table's rows in text form, ordered, and the reference tables'
# users' rows (the alias whole_row is no column's name: under the alias t,
# seizure_lot's column t was read instead of the whole row)
checksums() {
	psql -qAtX -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SELECT format('%s %s %s', c.relname, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s', c.oid::regclass), false, true, '')))[1],
       (xpath('/row/h/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(whole_row::text, E''\n'' ORDER BY whole_row::text COLLATE "C"), '''')) AS h FROM %s whole_row', c.oid::regclass), false, true, '')))[1])
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm', 'v', 'p')
ORDER BY c.relname COLLATE "C";
SELECT format('users_rows %s %s %s', (SELECT count(*) FROM substance WHERE NOT builtin),
              (SELECT count(*) FROM substance_alias WHERE NOT builtin), (SELECT count(*) FROM conversion_factor WHERE NOT builtin));
SELECT format('builtin_rows %s %s %s', (SELECT count(*) FROM substance WHERE builtin),
              (SELECT count(*) FROM substance_alias WHERE builtin), (SELECT count(*) FROM conversion_factor WHERE builtin));
SELECT format('normalize %s %s', normalize_substance('빙고가루'), normalize_substance('Bingo-Dust'));
SQL
}
# every btree index passes amcheck (ordering by the operator class); the
# materialized view refreshes to the same rows
verify() {
	psql -qAtX -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS amcheck;
SELECT format('amcheck %s btree indexes', count(bt_index_check(i.indexrelid, true)))
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.amname = 'btree' AND n.nspname = 'public' AND c.relpersistence = 'p';
CREATE TEMP TABLE before AS SELECT * FROM lot_tally;
REFRESH MATERIALIZED VIEW CONCURRENTLY lot_tally;
SELECT format('refresh %s', CASE WHEN (SELECT count(*) FROM (SELECT * FROM before EXCEPT SELECT * FROM lot_tally) x) = 0
  AND (SELECT count(*) FROM before) = (SELECT count(*) FROM lot_tally) THEN 'same' ELSE 'DIFFERENT' END);
SELECT format('index scan %s', count(*)) FROM seizure_lot WHERE q < '10 g' AND dimension(q) = 'mass';
SQL
}
checksums "$src" > "$work/src.txt"
pg_dump -Fc -d "$src" -f "$work/db.dump"
pg_dump -Fp -d "$src" -f "$work/db.sql"
createdb -T template0 -E UTF8 --locale=C.UTF-8 "$dst1"
pg_restore --exit-on-error -d "$dst1" "$work/db.dump"
createdb -T template0 -E UTF8 --locale=C.UTF-8 "$dst2"
psql -qX -v ON_ERROR_STOP=1 -d "$dst2" -f "$work/db.sql" >/dev/null
status=0
for d in "$dst1" "$dst2"; do
	checksums "$d" > "$work/$d.txt"
	if diff -u "$work/src.txt" "$work/$d.txt"; then
		echo "ok - $d: $(grep -c . "$work/src.txt") checksums identical"
	else
		echo "not ok - $d differs from the source"; status=1
	fi
	v=$(verify "$d" 2>&1 | grep -v 'NOTICE')
	echo "$v" | sed "s/^/  $d: /"
	case "$v" in *"refresh same"*) ;; *) echo "not ok - $d: the materialized view refreshes differently"; status=1 ;; esac
done
cat "$work/src.txt" | sed 's/^/  /'
exit $status

#!/usr/bin/env bash
# ALTER EXTENSION seizure UPDATE from 0.2.0 re-keys what normalize_party
# built: every index on an expression or predicate calling
# normalize_party(value, kind) is rebuilt (btree, hash, unique, partial, on
# partitions), so a query through it finds a row by its new key and amcheck
# (heapallindexed) passes; indexes on other expressions and on the phone form
# are left alone; a warning names the stored generated columns and
# materialized views still holding old keys, and its commands re-key them
# (a warning: an extension script shows nothing below WARNING).
# A unique index that the new keys would break stops the update, and so does
# a session running an older library.
#
# The new library is the one installed, so the keys of 0.2.0 are made by a
# stand-in: normalize_party is replaced, under the same OID, by an SQL
# function giving 0.2.0's keys for the rows used here (case-folded or
# upper-cased, punctuation to spaces, no reordering or abbreviation), the
# indexes, columns and views are built with it, and the C function is put
# back.  Before the update, the checks below fail on those objects (so this
# test can fail).
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/extra/released.bash
[ -e test/data/released/seizure--0.2.0.sql ] || { echo "no 0.2.0 release script"; exit 77; }
place_released 0.2.0
status=0
fail() { echo "not ok - $*"; status=1; }
ok() { echo "ok - $*"; }

# q DB SQL: one value
q() { psql -qAtX -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

stand_in_old=$(cat <<'SQL'
CREATE OR REPLACE FUNCTION normalize_party(value text, kind text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT nullif(btrim(CASE lower(kind)
    WHEN 'name' THEN regexp_replace(lower(regexp_replace(value, '[''.-]', '', 'g')), '[^a-z0-9]+', ' ', 'g')
    ELSE regexp_replace(upper(value), '[^A-Z0-9가-힣]+', ' ', 'g') END), '')
$$;
SQL
)
put_back=$(cat <<'SQL'
CREATE OR REPLACE FUNCTION normalize_party(value text, kind text) RETURNS text
	AS '$libdir/seizure', 'normalize_party' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
SQL
)

newdb() {
	local d="upgrade_keys_$1_$$"
	dbs+=("$d")
	createdb -T template0 -E UTF8 --locale=C.UTF-8 "$d"
	psql -qX -v ON_ERROR_STOP=1 -d "$d" -c "CREATE EXTENSION seizure VERSION '0.2.0'" -c "CREATE EXTENSION amcheck"
	echo "$d"
}

d=$(newdb main)
psql -qX -v ON_ERROR_STOP=1 -d "$d" >/dev/null <<SQL
$stand_in_old
CREATE TABLE consignee (id int PRIMARY KEY, name text, addr text, phone text,
                        name_key text GENERATED ALWAYS AS (normalize_party(name, 'name')) STORED);
INSERT INTO consignee (id, name, addr, phone) VALUES
  (1, 'SMITH, John', '123 Main Street Apartment 4', '(212) 555-1234'),
  (2, 'GARCIA, Jose', '서울특별시 강남구 테헤란로 123', '212 555 9876');
INSERT INTO consignee (id, name, addr, phone)
  SELECT i, 'Person ' || i, i || ' Oak Avenue', '212 555 ' || lpad(i::text, 4, '0')
  FROM generate_series(3, 3000) i;
CREATE INDEX consignee_name_key ON consignee (normalize_party(name, 'name'));
CREATE INDEX consignee_addr_hash ON consignee USING hash (normalize_party(addr, 'address'));
CREATE UNIQUE INDEX consignee_addr_id ON consignee (normalize_party(addr, 'address'), id);
CREATE INDEX consignee_partial ON consignee (id) WHERE normalize_party(name, 'name') <> 'x';
CREATE INDEX consignee_phone ON consignee (normalize_party(phone, 'phone', 'US'));
CREATE INDEX consignee_plain ON consignee (lower(name));
CREATE INDEX consignee_stored ON consignee (name_key);
CREATE TABLE shipment (id int, receiver text) PARTITION BY RANGE (id);
CREATE TABLE shipment_1 PARTITION OF shipment FOR VALUES FROM (0) TO (1000);
CREATE TABLE shipment_2 PARTITION OF shipment FOR VALUES FROM (1000) TO (MAXVALUE);
INSERT INTO shipment SELECT id, name FROM consignee;
CREATE INDEX shipment_receiver ON shipment (normalize_party(receiver, 'name'));
CREATE VIEW consignee_v AS SELECT id, normalize_party(name, 'name') AS k FROM consignee;
CREATE MATERIALIZED VIEW consignee_keys AS SELECT id, normalize_party(name, 'name') AS k FROM consignee;
CREATE MATERIALIZED VIEW consignee_keys_v AS SELECT * FROM consignee_v;
CREATE MATERIALIZED VIEW consignee_stored_keys AS SELECT id, name_key FROM consignee;
$put_back
ANALYZE consignee, shipment;
SQL

[ "$(q "$d" "SELECT name_key FROM consignee WHERE id = 1")" = "smith john" ] ||
	fail "the stand-in did not store 0.2.0's key"
nodes() {
	q "$d" "SELECT string_agg(c.relname || '=' || c.relfilenode, ' ' ORDER BY c.relname) FROM pg_class c
	        WHERE c.relkind = 'i' AND c.relname ~ '^(consignee|shipment)'" | tr ' ' '\n'
}
nodes > "$work/before.nodes"

# through the indexes, by the new keys
probe() {
	psql -qAtX -v ON_ERROR_STOP=1 -d "$d" <<'SQL'
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT 'btree ' || coalesce(string_agg(id::text, ','), '-') FROM consignee WHERE normalize_party(name, 'name') = 'john smith';
SELECT 'hash ' || coalesce(string_agg(id::text, ','), '-') FROM consignee WHERE normalize_party(addr, 'address') = '123 MAIN ST APT 4';
SELECT 'unique ' || coalesce(string_agg(id::text, ','), '-') FROM consignee WHERE normalize_party(addr, 'address') = '서울 강남구 테헤란로 123' AND id > 0;
SELECT 'partitions ' || coalesce(string_agg(id::text, ',' ORDER BY id), '-') FROM shipment WHERE normalize_party(receiver, 'name') IN ('john smith', 'garcia jose');
SQL
}
plans=$(psql -qAtX -d "$d" -c "SET enable_seqscan = off" -c "SET enable_bitmapscan = off" \
	-c "EXPLAIN (COSTS OFF) SELECT id FROM consignee WHERE normalize_party(name, 'name') = 'john smith'" \
	-c "EXPLAIN (COSTS OFF) SELECT id FROM consignee WHERE normalize_party(addr, 'address') = '123 MAIN ST APT 4'" \
	-c "EXPLAIN (COSTS OFF) SELECT id FROM shipment WHERE normalize_party(receiver, 'name') = 'john smith'")
for i in consignee_name_key consignee_addr_hash shipment_1 shipment_2; do
	grep -q "Index Scan using $i" <<<"$plans" || fail "the probe does not go through $i: $plans"
done
expected_after=$'btree 1\nhash 1\nunique 2\npartitions 1,2'
[ "$(probe)" != "$expected_after" ] || fail "the stale indexes already answer with the new keys: the test cannot fail"
btrees="'consignee_name_key', 'consignee_addr_id', 'consignee_partial', 'consignee_pkey', 'consignee_phone', 'consignee_plain'"
if q "$d" "SELECT bt_index_check('consignee_name_key', true)" >/dev/null 2>&1; then
	fail "amcheck passes on the stale index: the test cannot fail"
fi

# the update
psql -qX -v ON_ERROR_STOP=1 -d "$d" -c "ALTER EXTENSION seizure UPDATE TO '0.3.0'" > "$work/update.txt" 2>&1 ||
	{ cat "$work/update.txt"; fail "the update failed"; }
cat "$work/update.txt"
[ "$(q "$d" "SELECT extversion FROM pg_extension WHERE extname = 'seizure'")" = 0.3.0 ] || fail "not at 0.3.0"

nodes > "$work/after.nodes"
changed=$( (diff "$work/before.nodes" "$work/after.nodes" || true) | sed -n 's/^> \([^=]*\)=.*/\1/p' | sort | tr '\n' ' ')
want="consignee_addr_hash consignee_addr_id consignee_name_key consignee_partial shipment_1_normalize_party_idx shipment_2_normalize_party_idx "
if [ "$changed" = "$want" ]; then ok "rebuilt exactly the indexes calling normalize_party(value, kind): $changed"
else fail "rebuilt: '$changed', expected '$want'"; fi
if [ "$(probe)" = "$expected_after" ]; then ok "a query through each rebuilt index finds its row by the new key"
else fail "after the update the indexes answer: $(probe | tr '\n' ' ')"; fi
if q "$d" "SELECT count(bt_index_check(c.oid, true)) FROM pg_class c WHERE c.relname IN ($btrees, 'shipment_1_normalize_party_idx', 'shipment_2_normalize_party_idx')" >/dev/null; then
	ok "amcheck (heapallindexed) passes on every btree index"
else fail "amcheck after the update"; fi

grep -q "WARNING:  rebuilt 6 index(es) on normalize_party for the keys of 0.3.0: public.consignee_addr_hash, public.consignee_addr_id, public.consignee_name_key, public.consignee_partial, public.shipment_1_normalize_party_idx, public.shipment_2_normalize_party_idx" "$work/update.txt" ||
	fail "no warning listing the rebuilt indexes"
grep -q "WARNING:  keys of normalize_party 0.2.0 are still stored: public.consignee.name_key (stored generated column), public.consignee_keys (materialized view), public.consignee_stored_keys (materialized view), public.consignee_keys_v (materialized view)" "$work/update.txt" ||
	fail "no warning naming the generated column and the materialized views"
hint=$(sed -n 's/^HINT:  Run: //p' "$work/update.txt")
[ "$hint" = "UPDATE public.consignee SET name = name; REFRESH MATERIALIZED VIEW public.consignee_keys; REFRESH MATERIALIZED VIEW public.consignee_stored_keys; REFRESH MATERIALIZED VIEW public.consignee_keys_v;" ] ||
	fail "the HINT says: $hint"
psql -qX -v ON_ERROR_STOP=1 -d "$d" -c "$hint" >/dev/null || fail "the HINT's commands failed"
got=$(q "$d" "SELECT (SELECT name_key FROM consignee WHERE id = 1) || ' ' || (SELECT k FROM consignee_keys WHERE id = 1)
              || ' ' || (SELECT k FROM consignee_keys_v WHERE id = 1) || ' ' || (SELECT name_key FROM consignee_stored_keys WHERE id = 1)")
if [ "$got" = "john smith john smith john smith john smith" ]; then ok "the HINT's commands re-key the generated column and the views"
else fail "after the HINT's commands: $got"; fi
q "$d" "SELECT bt_index_check('consignee_stored', true)" >/dev/null && ok "the index on the generated column is sound after the rewrite" ||
	fail "amcheck on the generated column's index"

# a unique index the new keys break: the update stops, nothing changes
u=$(newdb unique)
psql -qX -v ON_ERROR_STOP=1 -d "$u" >/dev/null <<SQL
$stand_in_old
CREATE TABLE party (name text);
INSERT INTO party VALUES ('SMITH, John'), ('John Smith');
CREATE UNIQUE INDEX party_name_key ON party (normalize_party(name, 'name'));
$put_back
SQL
if psql -qX -v ON_ERROR_STOP=1 -d "$u" -c "ALTER EXTENSION seizure UPDATE TO '0.3.0'" > "$work/unique.txt" 2>&1; then
	fail "the update went through with duplicate keys in a unique index"
elif grep -q 'ERROR:  could not rebuild unique index public.party_name_key for the keys of normalize_party 0.3.0' "$work/unique.txt" &&
	[ "$(q "$u" "SELECT extversion FROM pg_extension WHERE extname = 'seizure'")" = 0.2.0 ]; then
	ok "a unique index the new keys break stops the update"; cat "$work/unique.txt"
else cat "$work/unique.txt"; fail "the update failed otherwise"; fi

# the old code still running: the update refuses to re-key with it
o=$(newdb oldcode)
psql -qX -v ON_ERROR_STOP=1 -d "$o" -c "$stand_in_old" >/dev/null
if psql -qX -v ON_ERROR_STOP=1 -d "$o" -c "ALTER EXTENSION seizure UPDATE TO '0.3.0'" > "$work/old.txt" 2>&1; then
	fail "the update re-keyed with the old code"
elif grep -q 'ERROR:  the seizure library loaded in this session is older than 0.3.0' "$work/old.txt"; then
	ok "an old library in the session stops the update"
else cat "$work/old.txt"; fail "the update failed otherwise"; fi
exit $status

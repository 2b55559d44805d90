#!/usr/bin/env bash
# The newer server's half of test/crossversion, run in the PostgreSQL
# VERSION root in a copy of the tree (common.bash: in_root):
#   inside.bash VERSION dump|replication SOURCE_PORT
# builds and installs the extension, starts a throwaway VERSION cluster
# (pg_virtualenv) and moves the source database src of the PostgreSQL 15
# server on 127.0.0.1:SOURCE_PORT into it, with this root's pg_dump, psql
# and subscriptions.  Prints "ok - ..." and "not ok - ..." lines; exits 1
# when any is "not ok".
set -uo pipefail
ver=$1 mode=$2 src_port=$3
if [ "${4:-}" != --cluster ]; then
	export PG_CONFIG=/usr/lib/postgresql/$ver/bin/pg_config
	mkdir -p build
	make -s -j2 PG_CONFIG="$PG_CONFIG" install >/dev/null 2>build/install.log ||
		{ cat build/install.log; echo "not ok - PostgreSQL $ver: make install"; exit 1; }
	PGPORT=$(bash scripts/root.sh port $((6050 + ver * 100))) \
		exec pg_virtualenv -t -v "$ver" bash "$0" "$ver" "$mode" "$src_port" --cluster
fi
export PATH=/usr/lib/postgresql/$ver/bin:$PATH
src="host=127.0.0.1 port=$src_port dbname=src user=postgres"
work=$(mktemp -d)
status=0
ok() { echo "ok - PostgreSQL $ver: $*"; }
notok() { echo "not ok - PostgreSQL $ver: $*"; status=1; }
q() { psql -qAtX -v ON_ERROR_STOP=1 "$@"; }

# README.md's pg_attver filter, exactly as the README gives it: some
# PostgreSQL 15 builds store a pg_attver option on every column, newer
# pg_dump writes it out and newer servers refuse it
eval "$(grep -m1 '^attver_filter() {' README.md)"
declare -F attver_filter >/dev/null || { echo "not ok - README.md has no attver_filter"; exit 1; }

# checksums DB|CONNINFO [TABLE_REGEX]: checksums.sql's lines
checksums() {
	q -d "$1" -f test/crossversion/checksums.sql | grep -E "^(${2:-.*}) "
}

# verify DB: no invalid index; every btree index passes amcheck with
# heapallindexed; the hash index on a tally finds every row
verify() {
	local db=$1 out
	out=$(q -d "$db" 2>&1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS amcheck;
SELECT format('invalid %s', count(*)) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT (i.indisvalid AND i.indisready);
SELECT format('amcheck %s', count(bt_index_check(i.indexrelid, true)))
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.amname = 'btree' AND n.nspname = 'public' AND c.relkind = 'i';
SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_hashjoin = off; SET enable_mergejoin = off;
SELECT format('hash %s', (SELECT count(*) FROM lot a WHERE a.t IS NOT NULL AND EXISTS (SELECT 1 FROM lot b WHERE b.t = a.t))
       = (SELECT count(*) FROM lot WHERE t IS NOT NULL));
EXPLAIN (COSTS OFF) SELECT count(*) FROM lot a WHERE a.t IS NOT NULL AND EXISTS (SELECT 1 FROM lot b WHERE b.t = a.t);
SQL
	)
	echo "$out" | grep -v -e '^Aggregate' -e '^  ' | sed "s/^/#   $db: /"
	case $out in
		*"invalid 0"*"amcheck "*"hash t"*"Index Scan using lot_t_hash"*) ok "$db: every index valid, $(echo "$out" | sed -n 's/^amcheck //p') btree indexes pass amcheck, the hash index finds every row" ;;
		*) notok "$db: an index is invalid, fails amcheck or misses rows" ;;
	esac
}

# compare DB LABEL [TABLE_REGEX]: the checksums of DB equal the source's
compare() {
	checksums "$src" "${3:-}" > "$work/src.txt"
	checksums "$1" "${3:-}" > "$work/$1.txt"
	if [ -s "$work/src.txt" ] && diff -u "$work/src.txt" "$work/$1.txt"; then
		ok "$2: $(wc -l < "$work/src.txt") checksums (rows, text and send forms) identical to PostgreSQL 15's"
	else
		notok "$2: differs from PostgreSQL 15's"
	fi
}

newdb() { createdb -T template0 -E UTF8 --locale=C.UTF-8 "$1"; }

case $mode in
dump)
	pg_dump -Fc -d "$src" -f "$work/db.dump"
	pg_dump -d "$src" -f "$work/db.sql"
	n=$(grep -c 'pg_attver=' "$work/db.sql")
	echo "# pg_dump $ver of PostgreSQL 15: $n statements set pg_attver"
	if [ "$n" -gt 0 ]; then
		newdb unfiltered
		if psql -qX -v ON_ERROR_STOP=1 -d unfiltered -f "$work/db.sql" > "$work/unfiltered.log" 2>&1; then
			notok "the unfiltered dump restores: README.md's filter is not needed"
		elif grep -q 'unrecognized parameter "pg_attver"' "$work/unfiltered.log"; then
			ok "the unfiltered dump is refused: $(grep -m1 ERROR "$work/unfiltered.log" | sed 's/^.*ERROR: *//')"
		else
			sed 's/^/#   /' "$work/unfiltered.log" | tail -5; notok "the unfiltered dump fails for another reason"
		fi
	fi
	newdb custom
	pg_restore -f - "$work/db.dump" | attver_filter | psql -qX -v ON_ERROR_STOP=1 -d custom >/dev/null &&
		ok "custom format: pg_restore -f - | filter | psql" || notok "custom format does not restore"
	newdb plain
	attver_filter < "$work/db.sql" | psql -qX -v ON_ERROR_STOP=1 -d plain >/dev/null &&
		ok "plain format: filter | psql" || notok "plain format does not restore"
	for db in custom plain; do
		compare "$db" "pg_dump, $db format"
		verify "$db"
		# (a server of the same builds as the source adds its own pg_attver)
		o=$(q -d "$db" -c "SELECT attoptions FROM pg_attribute WHERE attrelid = 'lot'::regclass AND attname = 'r'")
		case $o in
			*n_distinct=8*) ok "$db: the column option n_distinct=8 kept" ;;
			*) notok "$db: lot.r has the options $o, not n_distinct=8" ;;
		esac
	done
	;;
replication)
	# the schema by pg_dump, the rows by two subscriptions (binary false
	# and true) to the publication that replication.sh made; then rows
	# written on PostgreSQL 15 after the initial copy
	for b in false true; do
		newdb "sub_$b"
		pg_dump --schema-only --no-publications -d "$src" | attver_filter | psql -qX -v ON_ERROR_STOP=1 -d "sub_$b" >/dev/null ||
			notok "sub_$b: the schema does not restore"
		# users' rows of the catalog tables, which are not published
		pg_dump --data-only -t substance -t substance_alias -t conversion_factor -d "$src" |
			psql -qX -v ON_ERROR_STOP=1 -d "sub_$b" >/dev/null || notok "sub_$b: the catalog's users' rows do not restore"
		q -d "sub_$b" -c "CREATE SUBSCRIPTION moving_${ver}_$b CONNECTION '$src' PUBLICATION moving WITH (binary = $b)" 2>&1 |
			grep -v 'NOTICE'
	done
	# wait_for DB SQL SECONDS: until SQL gives t in DB
	wait_for() {
		local i
		for ((i = 0; i < $3 * 2; i++)); do
			[ "$(q -d "$1" -c "$2" 2>/dev/null)" = t ] && return 0
			sleep 0.5
		done
		return 1
	}
	# the extension's types have other OIDs on each side (an array's binary
	# form names its element type's)
	echo "# the OID of type quantity: $(q -d "$src" -c "SELECT 'quantity'::regtype::oid") on 15, $(q -d sub_true -c "SELECT 'quantity'::regtype::oid") on $ver"
	synced="SELECT count(*) > 0 AND bool_and(srsubstate = 'r') FROM pg_subscription_rel"
	for b in false true; do
		wait_for "sub_$b" "$synced" 120 && ok "binary = $b: initial copy done" ||
			notok "binary = $b: the initial copy did not finish in 120 s"
	done
	# writes after the copy: new rows of every type, updates of every
	# column, deletes, a row moved between hash partitions; the last
	# transaction's row tells that the subscriber has applied the rest
	q -d "$src" -v base=$((ver * 100000)) -v marker=$((999900 + ver)) <<'SQL'
INSERT INTO lot (id, q, net, items, t, s, ts, r, history, tallies, routes, substance)
SELECT :base + id, q + q, net, items, t + t, s, ts, r, history || q, tallies || t, routes || r, substance
FROM lot WHERE id % 7 = 0 AND id < 100000;
UPDATE lot SET q = with_basis(q, 'bulk'), t = t + '~1 seed', s = quantity_sum_trans(s, q),
               ts = quantity_tally_state_trans(ts, '1 kg'), r = 'express', history = ARRAY[q, NULL],
               tallies = ARRAY[t], routes = ARRAY[r, 'mail']::route[]
WHERE id % 11 = 0 AND dimension(q) = 'mass' AND basis(q) IS NULL;
DELETE FROM lot WHERE id % 13 = 0;
INSERT INTO lot_part SELECT :base + id, q, r FROM lot_part WHERE id % 17 = 0 AND id < 100000;
UPDATE lot_part SET q = q + q WHERE id % 19 = 0;
DELETE FROM lot_part WHERE id % 23 = 0;
UPDATE route_note SET seen = seen || 'air cargo'::route, note = note || ' again';
INSERT INTO lot (id, q) VALUES (:marker, '1 kg');
SQL
	for b in false true; do
		if wait_for "sub_$b" "SELECT EXISTS (SELECT FROM lot WHERE id = $((999900 + ver)))" 60; then
			ok "binary = $b: the writes after the copy arrived"
		else
			notok "binary = $b: the writes after the copy did not arrive in 60 s"
			q -d "sub_$b" -c "SELECT subname, apply_error_count, sync_error_count FROM pg_stat_subscription_stats" | sed 's/^/#   /'
			grep -h 'ERROR' /var/log/postgresql/*.log "$PGSYSCONFDIR"/../log/*.log 2>/dev/null | sort -u | tail -5 | sed 's/^/#   /'
		fi
	done
	for b in false true; do
		compare "sub_$b" "logical replication, binary = $b"
		verify "sub_$b"
		q -d "sub_$b" -c "DROP SUBSCRIPTION moving_${ver}_$b" 2>&1 | grep -v NOTICE
	done
	;;
esac
rm -rf "$work"
exit $status

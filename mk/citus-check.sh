#!/usr/bin/env bash
# make citus-check: see mk/citus.mk.
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
bindir=$("$PG_CONFIG" --bindir)
libdir=$("$PG_CONFIG" --pkglibdir)
sharedir=$("$PG_CONFIG" --sharedir)
ver=$("$PG_CONFIG" --version)

if [ ! -f "$libdir/citus.so" ] || [ ! -f "$sharedir/extension/citus.control" ]; then
	echo "citus-check: skipped: Citus is not installed for $ver (make citus-install builds it: docs/citus.md)"
	exit 0
fi
if [ ! -f "$sharedir/extension/seizure.control" ] || [ ! -f "$libdir/seizure.so" ]; then
	echo "citus-check: seizure is not installed for $ver: run make install first" >&2
	exit 1
fi

start=$(date +%s)
dir=$(mktemp -d /tmp/seizure-citus.XXXXXX)
owner=$(id -un)
if [ "$owner" = root ]; then owner=postgres; chown "$owner" "$dir"; fi
as_owner() { if [ "$(id -un)" = "$owner" ]; then "$@"; else runuser -u "$owner" -- "$@"; fi; }

# worker3 joins after the queries: a node added to a running cluster
nodes=(coord worker1 worker2 single worker3)
declare -A port
base=$((20000 + $$ % 20000))
i=0
for n in "${nodes[@]}"; do port[$n]=$((base + i)); i=$((i + 1)); done

cleanup() {
	for n in "${nodes[@]}"; do
		[ -f "$dir/$n/postmaster.pid" ] && as_owner "$bindir/pg_ctl" stop -D "$dir/$n" -m immediate -w >/dev/null 2>&1 || true
	done
	rm -rf "$dir"
}
trap cleanup EXIT

for n in "${nodes[@]}"; do
	as_owner "$bindir/initdb" -D "$dir/$n" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
	{
		echo "port = ${port[$n]}"
		echo "listen_addresses = ''"
		echo "unix_socket_directories = '$dir'"
		echo "fsync = off"
		echo "max_connections = 60"
		echo "max_prepared_transactions = 30"
		if [ "$n" != single ]; then
			echo "shared_preload_libraries = 'citus'"
			echo "citus.local_hostname = '$dir'"
		fi
	} >> "$dir/$n/postgresql.conf"
	as_owner "$bindir/pg_ctl" start -D "$dir/$n" -l "$dir/$n.log" -w >/dev/null
done

psql_on() { local n=$1; shift; "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "${port[$n]}" -U postgres -d postgres "$@"; }

for n in worker1 worker2 coord; do psql_on "$n" -c "CREATE EXTENSION citus" >/dev/null; done
psql_on coord >/dev/null <<SQL
SELECT citus_set_coordinator_host('$dir', ${port[coord]});
SELECT citus_add_node('$dir', ${port[worker1]});
SELECT citus_add_node('$dir', ${port[worker2]});
SQL

# the same tables and rows on both; distributed on the cluster
setup="$(cat mk/citus-check-setup.sql)"
psql_on single >/dev/null <<<"$setup"
psql_on coord >/dev/null <<SQL
SET client_min_messages = warning;
$setup
SELECT create_distributed_table('seizures', 'id');
SELECT create_distributed_table('seizures_copy', 'id', colocate_with => 'seizures');
SELECT create_distributed_table('consignment_fields', 'id');
SELECT create_reference_table('watch');
SELECT create_reference_table('partner');
SQL
psql_on coord -c "SELECT catalog_sync_setup()" >/dev/null

# every query on both, one at a time, output and errors compared
run_query() {
	"$bindir/psql" -X -A -h "$dir" -p "${port[$1]}" -U postgres -d postgres \
		-v VERBOSITY=default -v SHOW_CONTEXT=never 2>&1 <<SQL
\set VERBOSITY default
\set SHOW_CONTEXT never
SET citus.coordinator_aggregation_strategy = 'disabled';
$2
SQL
}
compared=0; identical=0
while IFS= read -r q; do
	case "$q" in ''|--*) continue ;; esac
	compared=$((compared + 1))
	a=$(run_query coord "$q" | grep -v '^SET$' || true)
	b=$(run_query single "$q" | grep -v '^SET$' || true)
	if [ "$a" = "$b" ]; then
		identical=$((identical + 1))
	else
		echo "DIFFERS: $q"
		{ diff <(echo "$b") <(echo "$a") || true; } | sed "s/^/  /" | head -20
	fi
done < mk/citus-check.sql

# a worker refuses a catalog change made on it directly (55000), and the
# refusal leaves its catalog as the coordinator sent it
refusal=$("$bindir/psql" -X -q -h "$dir" -p "${port[worker1]}" -U postgres -d postgres -v VERBOSITY=verbose \
	-c "INSERT INTO substance_alias (alias, lang, substance) VALUES ('worker alias', 'en', 'heroin')" 2>&1 || true)
worker_refuses=no
[[ "$refusal" == *"55000: the substance catalog of this cluster is changed on the coordinator only"* ]] && worker_refuses=yes
[ "$worker_refuses" = yes ] || { echo "DIFFERS: a change made on worker1 was not refused:"; echo "$refusal" | sed 's/^/  /'; }

# a node added to the running cluster gets the extension from Citus and the
# catalog when catalog_sync_setup() runs again, as docs/citus.md tells
psql_on worker3 -c "CREATE EXTENSION citus" >/dev/null
psql_on coord >/dev/null <<SQL
SET client_min_messages = warning;
SELECT citus_add_node('$dir', ${port[worker3]});
SQL
resent=$(psql_on coord -At -c "SELECT catalog_sync_setup()")
resend_ok=yes
[ "$resent" = "catalog sent again to every node" ] || { resend_ok=no; echo "DIFFERS: catalog_sync_setup() after citus_add_node said: $resent"; }

# every node's catalog equals the coordinator's
snap=$(psql_on coord -At -c "SELECT md5(catalog_snapshot()::text)")
catalogs_equal=1
for n in worker1 worker2 worker3 single; do
	s=$(psql_on "$n" -At -c "SELECT md5(catalog_snapshot()::text)")
	[ "$s" = "$snap" ] || { echo "DIFFERS: catalog of $n"; catalogs_equal=0; }
done

elapsed=$(( $(date +%s) - start ))
echo "citus-check: $(psql_on coord -At -c "SELECT 'Citus ' || extversion FROM pg_extension WHERE extname = 'citus'"), $ver, 3 nodes, then a fourth"
echo "citus-check: $compared queries compared, $identical identical; a worker refuses a direct change: $worker_refuses; node catalogs equal, the added node's too: $([ $catalogs_equal = 1 ] && echo yes || echo no); ${elapsed}s"
[ "$compared" -eq "$identical" ] && [ "$catalogs_equal" = 1 ] && [ "$worker_refuses" = yes ] && [ "$resend_ok" = yes ]

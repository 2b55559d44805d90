# Shared by the checks in test/crossversion (sourced, not run): the roots
# of the newer versions, and a PostgreSQL 15 source server that the roots
# reach over TCP (they share the host's network) with wal_level = logical.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"
export SEIZURE_ROOTS=${SEIZURE_ROOTS:-$here/build/roots}
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
rows=${SEIZURE_CROSSVERSION_ROWS:-3000}

# the versions whose root is there (making one takes minutes: make
# versions-check does it); none: the check is skipped
targets=()
for v in ${PG_VERSIONS:-17 18}; do
	if [ -x "$SEIZURE_ROOTS/pg$v/usr/lib/postgresql/$v/bin/postgres" ]; then
		targets+=("$v")
	else
		echo "skip - PostgreSQL $v: no root in $SEIZURE_ROOTS/pg$v (make versions-check makes it)"
	fi
done
[ ${#targets[@]} -gt 0 ] || exit 77
[ "$(id -u)" -eq 0 ] || { echo "skip - the roots need root (chroot)"; exit 77; }

# start_source: a throwaway PostgreSQL 15 cluster of $PG_CONFIG's server on
# 127.0.0.1:$src_port, database src filled by fill.sql; stopped on exit
start_source() {
	src_bin=$("$PG_CONFIG" --bindir)
	src_dir=$(mktemp -d /tmp/seizure-crossversion.XXXXXX)
	chown postgres "$src_dir"
	src_port=$(bash scripts/root.sh port 7500)
	runuser -u postgres -- "$src_bin/initdb" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -D "$src_dir/data" >/dev/null
	# shellcheck disable=SC2064
	trap "runuser -u postgres -- '$src_bin/pg_ctl' -s -w -D '$src_dir/data' -m fast stop >/dev/null 2>&1; rm -rf '$src_dir'" EXIT
	runuser -u postgres -- "$src_bin/pg_ctl" -s -w -D "$src_dir/data" -l "$src_dir/log" \
		-o "-p $src_port -k $src_dir -c listen_addresses=127.0.0.1 -c wal_level=logical -c max_wal_senders=20 -c max_replication_slots=20" start
	src_psql() { "$src_bin/psql" -qX -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$src_port" -U postgres "$@"; }
	src_psql -d postgres -c "CREATE DATABASE src TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"
	src_psql -d src -v rows="$rows" -f test/crossversion/fill.sql >/dev/null
	echo "# source: PostgreSQL $(src_psql -d src -Atc 'SHOW server_version') on port $src_port, $rows rows"
}

# in_root VERSION ARGS...: test/crossversion/inside.bash ARGS in VERSION's
# root (in a fresh copy of this tree, where it builds and installs the
# extension first: the same version on both sides)
in_root() {
	local v=$1; shift
	bash scripts/root.sh run "$v" bash test/crossversion/inside.bash "$v" "$@"
}

#!/usr/bin/env bash
# Sourced by the benchmarks: builds the extension and installs it into a
# private copy of the PostgreSQL tree (the server finds its share and lib
# directories relative to its binary), then starts a throwaway server from
# that copy.  The shared installation is never touched, so a long benchmark
# holds no machine-wide lock and no other checkout can swap the library
# under it.  Sets PGHOST, PGPORT, PGDATABASE; the server stops on exit.
# Needs: PG_CONFIG, and extensions to copy in (postgresql-unit) installed.
bench_root=$(mktemp -d "${TMPDIR:-/tmp}/seizure-bench.XXXXXX")
bench_bindir=$("$PG_CONFIG" --bindir)
bench_sharedir=$("$PG_CONFIG" --sharedir)
bench_libdir=$("$PG_CONFIG" --pkglibdir)
mkdir -p "$bench_root/tree$(dirname "$bench_bindir")" "$bench_root/tree$(dirname "$bench_sharedir")"
cp -a "$(dirname "$bench_bindir")" "$bench_root/tree$(dirname "$(dirname "$bench_bindir")")/"
cp -a "$bench_sharedir" "$bench_root/tree$(dirname "$bench_sharedir")/"
[ -d "$bench_root/tree$bench_libdir" ] || cp -a "$bench_libdir" "$bench_root/tree$(dirname "$bench_libdir")/"
make -s PG_CONFIG="$PG_CONFIG" >/dev/null
make -s PG_CONFIG="$PG_CONFIG" DESTDIR="$bench_root/tree" install >/dev/null
bench_bin="$bench_root/tree$bench_bindir"
[ "$("$bench_bin/pg_config" --sharedir)" = "$bench_root/tree$bench_sharedir" ] ||
	{ echo "the copied server does not find its own share directory" >&2; exit 1; }
# postgres refuses to run as root: the data directory belongs to postgres then
bench_user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then bench_user=postgres; chown -R postgres "$bench_root"; fi
bench_run() { if [ "$bench_user" = "$(id -un)" ]; then "$@"; else runuser -u "$bench_user" -- "$@"; fi; }
bench_run "$bench_bin/initdb" -D "$bench_root/data" -A trust -U postgres --no-sync >/dev/null
export PGHOST=$bench_root PGPORT=$((20000 + RANDOM % 20000)) PGUSER=postgres PGDATABASE=postgres
bench_run "$bench_bin/pg_ctl" -D "$bench_root/data" -l "$bench_root/server.log" -w \
	-o "-k $bench_root -p $PGPORT -c listen_addresses='' $BENCH_SERVER_OPTS" start >/dev/null
trap 'bench_run "$bench_bin/pg_ctl" -D "$bench_root/data" -m fast stop >/dev/null; rm -rf "$bench_root"' EXIT

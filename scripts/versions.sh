#!/usr/bin/env bash
# make versions-check: the suite (pg_regress, pgTAP, extra checks) on each
# PostgreSQL VERSION given, in its Debian root (scripts/root.sh makes it when
# missing or broken): a copy of this tree is built there with -Werror,
# installed into the root's PostgreSQL and tested in a throwaway cluster,
# then make citus-check with Citus built from ../shared/vendor
# (scripts/citus.sh: a skip on 18, which Citus 13.2.2 does not support).
# Writes DIR/pgVERSION.counts when $SEIZURE_COUNTS_DIR is set (make test),
# otherwise prints its own summary.
# Usage: scripts/versions.sh VERSION ...
set -uo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
if [ "${1:-}" = --inside ]; then
	# in the root, in the copy of the tree
	ver=$2
	export PG_CONFIG=/usr/lib/postgresql/$ver/bin/pg_config
	export SEIZURE_COUNTS=$PWD/build/suite.counts SEIZURE_DATA=${SEIZURE_DATA:-test/data/real}
	# checks of what does not depend on the server version run on the host only
	export SEIZURE_IN_ROOT=$ver
	mkdir -p build; : > "$SEIZURE_COUNTS"
	if ! make -s PG_CONFIG="$PG_CONFIG" COPT="$SEIZURE_STRICT_COPT" >/dev/null ||
	   ! make -s PG_CONFIG="$PG_CONFIG" COPT="$SEIZURE_STRICT_COPT" install >/dev/null; then
		echo "build 0 1 0 builds" >> "$SEIZURE_COUNTS"; exit 1
	fi
	# Citus builds meanwhile, kept in the root outside this copy of the tree
	# (made afresh by each run); make citus-check after the suite
	export SEIZURE_CITUS_BUILD=/work/citus-build
	bash scripts/citus.sh build > build/citus-build.log 2>&1 &
	citus=$!
	# the root shares the host's network: a port of its own (77xx for 17)
	PGPORT=$(bash scripts/root.sh port $((6000 + ver * 100))) pg_virtualenv -t -v "$ver" bash scripts/suite.sh
	wait "$citus"; [ $? -eq 77 ] || cat build/citus-build.log
	bash scripts/citus.sh test
	exit 0
fi
dir=${SEIZURE_COUNTS_DIR:-}
own=""
[ -n "$dir" ] || { dir=$(mktemp -d); own=1; }
roots=${SEIZURE_ROOTS:-$PWD/build/roots}
# one version in its root: its output goes to DIR/pgVERSION.log
one() {
	local ver=$1 start=$SECONDS
	echo "=== PostgreSQL $ver (Debian root build/roots/pg$ver)"
	rm -f "$roots/pg$ver/work/seizure/build/suite.counts"
	if ! bash scripts/root.sh ensure "$ver"; then
		echo "root 0 1 0 roots" > "$dir/pg$ver.counts"; return
	fi
	bash scripts/root.sh run "$ver" bash scripts/versions.sh --inside "$ver"
	if [ -s "$roots/pg$ver/work/seizure/build/suite.counts" ]; then
		cp "$roots/pg$ver/work/seizure/build/suite.counts" "$dir/pg$ver.counts"
	else
		echo "suite 0 1 0 runs" > "$dir/pg$ver.counts"
	fi
	echo "=== PostgreSQL $ver: $((SECONDS - start)) s"
}
# the versions run side by side (much of a run is time-boxed fuzzing and
# waiting); each one's output is printed whole when it ends
for ver in "$@"; do
	one "$ver" > "$dir/pg$ver.log" 2>&1 &
done
wait
for ver in "$@"; do cat "$dir/pg$ver.log"; done
if [ -n "$own" ]; then
	bash scripts/summary.sh $(printf "$dir/pg%s.counts " "$@"); rc=$?; rm -rf "$dir"; exit $rc
fi

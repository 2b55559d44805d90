#!/usr/bin/env bash
# make test: install the Debian packages needed, build with warnings as
# errors, install into the host's PostgreSQL (15) and run the suite in a
# throwaway cluster (pg_regress, pgTAP, extra checks), then the checks that
# start their own servers (sanitizers, fuzzers, the release: once, on the
# host), then make citus-check with Citus built from ../shared/vendor
# (scripts/citus.sh); meanwhile the same suite and citus-check on
# PostgreSQL 17 and 18 in Debian roots (make versions-check; Citus 13.2.2
# does not support 18: a skip); then moving a 15 database to each by
# pg_dump and logical replication (make crossversion-check).
# Prints each version's parts in their own units and ends with the line
# "N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
start=$SECONDS
logs=$(mktemp -d /tmp/seizure-test.XXXXXX)
trap 'rm -rf "$logs"' EXIT
# npm for the Node client's check: Debian's, unless nodejs brought its own
bash scripts/deps.sh debootstrap $(command -v npm >/dev/null || echo npm) ||
	{ echo "0 passed, 1 failed"; exit 1; }
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
host=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
others=${PG_VERSIONS:-17 18}
# PostgreSQL 17 and 18 in their Debian roots run meanwhile (they have a
# PostgreSQL of their own: no machine-wide lock); their output comes after
SEIZURE_COUNTS_DIR=$logs bash scripts/versions.sh $others > "$logs/versions.out" 2>&1 &
versions=$!
export SEIZURE_COUNTS=$logs/pg$host.counts
(
	# Citus builds meanwhile (once: kept under build/); make citus-check
	# runs after the suite, as the install lock is held
	bash scripts/citus.sh build > "$logs/citus-build.log" 2>&1 9>&- &
	citus=$!
	trap 'wait "$citus"' EXIT
	if ! make -s PG_CONFIG="$PG_CONFIG" COPT="$SEIZURE_STRICT_COPT" >/dev/null; then
		echo "build failed"; echo "build 0 1 0 builds" >> "$SEIZURE_COUNTS"; exit 1
	fi
	# The host's build is installed into the system PostgreSQL: two runs
	# from two checkouts at once would replace each other's library.
	flock 9
	echo "=== PostgreSQL $host: the install lock after $((SECONDS - start)) s"
	if ! make -s PG_CONFIG="$PG_CONFIG" COPT="$SEIZURE_STRICT_COPT" install >/dev/null; then
		echo "install failed"; echo "build 0 1 0 builds" >> "$SEIZURE_COUNTS"; exit 1
	fi
	# pg_virtualenv gives a throwaway cluster (also as root) and exports PG*
	pg_virtualenv -t -v "$host" bash scripts/suite.sh
	SEIZURE_COUNTS=$logs/outside.counts bash scripts/run-checks.sh test/outside
	wait "$citus"; [ $? -eq 77 ] || cat "$logs/citus-build.log"
	bash scripts/citus.sh test
) 9>/tmp/seizure-make-test.lock
echo "=== PostgreSQL $host: $((SECONDS - start)) s"
wait "$versions"
cat "$logs/versions.out"
# PostgreSQL 15 to 17 and 18 (test/crossversion): after both runs, when
# the roots are free (the checks build and install there themselves); the
# host's install again, under the lock, in case another checkout replaced it
(
	flock 9
	make -s PG_CONFIG="$PG_CONFIG" COPT="$SEIZURE_STRICT_COPT" install >/dev/null &&
		PG_VERSIONS="$others" SEIZURE_COUNTS=$logs/crossversion.counts bash scripts/run-checks.sh test/crossversion
) 9>/tmp/seizure-make-test.lock
echo "make test: $((SECONDS - start)) s"
bash scripts/summary.sh "$logs/pg$host.counts" "$logs/outside.counts" $(printf "$logs/pg%s.counts " $others) \
	"$logs/crossversion.counts"

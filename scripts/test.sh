#!/usr/bin/env bash
# make test: install dependencies, build with warnings as errors, install,
# start a throwaway cluster, run every pg_regress test and pgTAP suite.
# Ends with the line "N passed, M failed" and a non-zero exit on failure.
set -uo pipefail
cd "$(dirname "$0")/.."
# the client drivers are exercised by test/extra/drivers.sh, the clients in clients/ by
# test/extra/clients_*.sh (npm is only needed where node comes without it)
bash scripts/deps.sh python3-psycopg python3-pyodbc odbc-postgresql unixodbc \
	libpostgresql-jdbc-java openjdk-17-jdk-headless python3-psycopg2 python3-sqlalchemy python3-pandas python3-venv nodejs $(command -v npm >/dev/null || echo npm) || { echo "0 passed, 1 failed"; exit 1; }
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
# The build is installed into the system PostgreSQL: two runs from two
# checkouts at once would replace each other's library mid-test.
exec 9>/tmp/seizure-make-test.lock
flock 9
make -s clean >/dev/null
if ! make -s PG_CONFIG="$PG_CONFIG" \
	COPT="-Wall -Wextra -Wno-unused-parameter -Werror" >/dev/null ||
   ! make -s PG_CONFIG="$PG_CONFIG" install >/dev/null; then
	echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
log=$(mktemp -d)
# pg_virtualenv gives a throwaway cluster (also as root) and exports PG*.
pg_virtualenv -t -v "$ver" bash scripts/test-inner.sh "$log"
rc=$?
passed=$(cat "$log/passed" 2>/dev/null || echo 0)
failed=$(cat "$log/failed" 2>/dev/null || echo 1)
# checks that start their own servers or build other binaries (sanitizers,
# fuzzers): one test each
bash scripts/run-extras.sh test/outside "$log/outside.count"
read -r p f < "$log/outside.count"
passed=$((passed + p)); failed=$((failed + f))
[ "$rc" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "$passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]

#!/usr/bin/env bash
# normalize_party against lower() over the same 1,000,000 values, on one
# core: telephone numbers (Korean and North American, typed as people type
# them, with and without a default country), names (Korean names in Hangul
# and romanized, Western names) and postal addresses (US and Korean).
# Prints calls per second and the ratio to lower(), median of 5 runs.
#
# With PGHOST or PGPORT set, runs bench/party.sql in a new database of that
# server, with the extension already installed there.  Otherwise builds and installs the
# extension under the machine-wide lock and runs it in a throwaway cluster
# (pg_virtualenv).
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
if [ -n "${PGHOST:-}${PGPORT:-}" ]; then
	db=bench_party_$$
	createdb -T template0 -E UTF8 "$db"
	trap 'dropdb --if-exists "$db"' EXIT
	psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f bench/party.sql
	exit
fi
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
flock /tmp/seizure-make-test.lock bash -c '
	make -s PG_CONFIG="$PG_CONFIG" >/dev/null && make -s PG_CONFIG="$PG_CONFIG" install >/dev/null &&
	pg_virtualenv -v "$0" -o shared_buffers=256MB -o max_parallel_workers_per_gather=0 \
		psql -X -q -v ON_ERROR_STOP=1 -f bench/party.sql' "$ver"

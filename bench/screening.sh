#!/usr/bin/env bash
# screen() against the same hash join on lower() columns, which misses every
# variant: 1,000,000 consignments (sender phone, receiver name) against
# 100,000 watch-list entries, one core, with the recall on 2,000 planted
# variants and the hits on 2,000 planted near misses.  Builds and installs
# the extension under the machine-wide lock, then runs bench/screening.sql
# in a throwaway cluster (pg_virtualenv).
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
flock /tmp/seizure-make-test.lock bash -c '
	make -s PG_CONFIG="$PG_CONFIG" >/dev/null && make -s PG_CONFIG="$PG_CONFIG" install >/dev/null &&
	pg_virtualenv -v "$0" -o shared_buffers=256MB -o max_parallel_workers_per_gather=0 \
		psql -X -q -v ON_ERROR_STOP=1 -f bench/screening.sql' "$ver"

#!/usr/bin/env bash
# Runs one benchmark SQL file in a throwaway cluster: bench/run.sh bench/quantity_parse.sql
# Builds and installs the extension first (needs root or sudo for make install).
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
file=${1:?usage: bench/run.sh bench/NAME.sql}
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
bash scripts/deps.sh postgresql-15-unit
make -s PG_CONFIG="$PG_CONFIG" >/dev/null && make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
pg_virtualenv -t -v "$ver" -o shared_buffers=1GB -o work_mem=256MB -o max_parallel_workers_per_gather=2 \
	psql -X -v ON_ERROR_STOP=1 -q -f bench/harness.sql -f "$file"

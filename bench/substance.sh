#!/usr/bin/env bash
# normalize_substance against lower() over the same 1,000,000 real-world drug
# labels, on one core: calls per second and their ratio, median of 5 runs.
# Builds and installs the extension under the shared install lock, then runs
# bench/substance.sql in a throwaway cluster (pg_virtualenv).  The labels come
# from the CBP and UNODC files in test/data/real (or $SEIZURE_DATA) and the
# alias table; without the files, from the alias table alone.
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
export SEIZURE_DATA=${SEIZURE_DATA:-test/data/real}
flock /tmp/seizure-install.lock bash -c '
	make -s PG_CONFIG="$PG_CONFIG" >/dev/null && make -s PG_CONFIG="$PG_CONFIG" install >/dev/null &&
	pg_virtualenv -v "$0" -o shared_buffers=256MB -o max_parallel_workers_per_gather=0 \
		psql -X -q -v ON_ERROR_STOP=1 -f bench/substance.sql' "$ver"

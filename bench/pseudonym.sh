#!/usr/bin/env bash
# party_pseudonym against normalize_party alone, md5(normalize_party) and
# pgcrypto's hmac() over the same message, in the same session, on the
# 1,000,000 phones and 1,000,000 names of bench/party.sh, on one core.
# Prints calls per second and the ratio to normalize_party, median of 5
# runs.  Builds and installs the extension under the machine-wide lock,
# then runs bench/pseudonym.sql in a throwaway cluster (pg_virtualenv);
# pgcrypto comes with the server (postgresql-NN on Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
flock /tmp/seizure-make-test.lock bash -c '
	make -s PG_CONFIG="$PG_CONFIG" >/dev/null && make -s PG_CONFIG="$PG_CONFIG" install >/dev/null &&
	pg_virtualenv -v "$0" -o shared_buffers=256MB -o max_parallel_workers_per_gather=0 \
		psql -X -q -v ON_ERROR_STOP=1 -f bench/pseudonym.sql' "$ver"

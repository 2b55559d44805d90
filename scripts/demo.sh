#!/usr/bin/env bash
# make demo: install what is needed, build, install, start a throwaway
# cluster, load the illustrative Silent Sweeper II dataset and print the
# analyst report.  Nothing is left running.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
make -s PG_CONFIG="$PG_CONFIG" >/dev/null
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
pg_virtualenv -t -v "$ver" psql -X -q -v ON_ERROR_STOP=1 -f demo/report.sql

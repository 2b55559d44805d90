#!/usr/bin/env bash
# What clients read, against numeric in the same session: text output,
# binary send, unit conversion and the BI projections, sum and tally (whole
# table and per group), parsing, ORDER BY and CREATE INDEX; postgresql-unit
# where it has the same operation.  Prints each median with its range and
# its ratio to the competitor.
#
# Usage: bench/client_paths.sh [rows] [runs] [groups]
#        (default 1000000 rows, 7 runs, 100 groups)
# Builds and installs the extension under the machine-wide install lock,
# which it holds until the run ends (the library must not change under it),
# then runs bench/client_paths.sql in a throwaway cluster (pg_virtualenv).
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
rows=${1:-1000000} runs=${2:-7} groups=${3:-100}
bash scripts/deps.sh "postgresql-$ver-unit"
exec 9>/tmp/seizure-make-test.lock
flock 9
make -s PG_CONFIG="$PG_CONFIG" >/dev/null && make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
echo "machine: $(nproc) cores, $(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL: $("$PG_CONFIG" --version)"
pg_virtualenv -v "$ver" -o shared_buffers=2GB -o work_mem=1GB -o maintenance_work_mem=1GB \
	-o max_parallel_workers_per_gather=0 -o max_parallel_maintenance_workers=0 -o jit=off \
	psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -v runs="$runs" -v groups="$groups" \
	-f bench/timing.sql -f bench/client_paths.sql

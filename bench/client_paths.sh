#!/usr/bin/env bash
# What clients read, against numeric in the same session: text output,
# binary send, unit conversion and the BI projections, sum and tally (whole
# table and per group), parsing, ORDER BY and CREATE INDEX; postgresql-unit
# where it has the same operation.  Prints each median with its range and
# its ratio to the competitor.
#
# Usage: bench/client_paths.sh [rows] [runs] [groups]
#        (default 1000000 rows, 7 runs, 100 groups)
#        BENCH_ONLY='ORDER BY,CREATE INDEX' BENCH_VARIANTS='numeric,quantity'
#        run only those benches and variants
# Runs bench/client_paths.sql in a throwaway server started from a private
# copy of the PostgreSQL tree (bench/private_server.sh): no shared install,
# no lock.
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
rows=${1:-1000000} runs=${2:-7} groups=${3:-100}
bash scripts/deps.sh "postgresql-$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')-unit"
export BENCH_SERVER_OPTS="-c shared_buffers=2GB -c work_mem=1GB -c maintenance_work_mem=1GB \
	-c max_parallel_workers_per_gather=0 -c max_parallel_maintenance_workers=0 -c jit=off"
source bench/private_server.sh
echo "machine: $(nproc) cores, $(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL: $("$PG_CONFIG" --version)"
psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -v runs="$runs" -v groups="$groups" \
	${BENCH_ONLY:+-v only="$BENCH_ONLY"} ${BENCH_VARIANTS:+-v variants="$BENCH_VARIANTS"} \
	-f bench/timing.sql -f bench/client_paths.sql

#!/usr/bin/env bash
# How sum(quantity) and tally(quantity) grow with rows and with groups,
# against sum(int8) on the same rows: 1, 100 and 10,000 groups, serial and
# with 2 parallel workers, and the hash aggregate's memory per group.  The
# three aggregates of one setting run interleaved (bench/timing.sql).
#
# Usage: bench/scaling.sh [runs] [sizes...]   (default: 3 runs; 2M 20M 50M rows)
# The 50M-row table takes about 3.5 GB of disk.  Runs in a throwaway server
# started from a private copy of the PostgreSQL tree (bench/private_server.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
runs=${1:-3}
shift || true
sizes=("${@:-2000000 20000000 50000000}")
export BENCH_SERVER_OPTS="-c shared_buffers=2GB -c work_mem=256MB -c jit=off \
	-c max_worker_processes=4 -c max_parallel_workers=2 -c max_parallel_workers_per_gather=2 \
	-c parallel_setup_cost=0 -c parallel_tuple_cost=0 -c min_parallel_table_scan_size=0"
source bench/private_server.sh
echo "machine: $(nproc) cores, $(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
psql -X -q -v ON_ERROR_STOP=1 -f bench/scaling_setup.sql
for rows in ${sizes[*]}; do
	echo "== $rows rows ($(date +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))"
	psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -v runs="$runs" -f bench/timing.sql -f bench/scaling.sql
done
psql -X -q -f bench/scaling_report.sql

#!/usr/bin/env bash
# Benchmark linked_groups against pgRouting's pgr_connectedComponents and a
# recursive CTE on identical random graphs (2 edges per node).  Installs
# postgresql-15-pgrouting when missing, installs seizure (under the shared
# install lock) and runs everything in a throwaway pg_virtualenv cluster.
#
#   BIG_EDGES=1000000        large graph: linked_groups vs pgRouting
#   CTE_SIZES="2000 5000 10000"  graphs where the recursive CTE runs too
#                             (it is quadratic in the size of a component)
#   RUNS=5 CTE_RUNS=3        timed runs per method; medians are printed
#
# Every graph is checked first: linked_groups and pgRouting must give the
# same partition, and on the CTE sizes the CTE must give linked_groups'
# exact output.  With the defaults a run takes about 10 minutes, most of it
# the recursive CTE on 10,000 edges.
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')

bash scripts/deps.sh "postgresql-$ver-pgrouting"

# Hold the install lock until the benchmark session has loaded seizure's
# library (bench/linked_groups.sql releases it then), not for the whole run.
exec 9>/tmp/seizure-install.lock
flock 9
make -s PG_CONFIG="$PG_CONFIG" >/dev/null
make -s PG_CONFIG="$PG_CONFIG" install >/dev/null

echo "linked_groups benchmark: PostgreSQL $ver, $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%MZ)"
# -t: a private cluster directory even as root, so a long run does not hold
# the shared 15/regress cluster name that make test needs.
pg_virtualenv -t -v "$ver" psql -X -q \
	-v big_edges="${BIG_EDGES:-1000000}" \
	-v cte_sizes="${CTE_SIZES:-2000 5000 10000}" \
	-v runs="${RUNS:-5}" -v cte_runs="${CTE_RUNS:-3}" \
	-f bench/linked_groups.sql

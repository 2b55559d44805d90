#!/usr/bin/env bash
# Benchmark: identifier_kind() and classify_route() against upper() over the
# same 1M strings (identifier-like field values; English and Korean remarks).
# Run after `make install` (wrap both in flock /tmp/seizure-install.lock on a
# shared machine).  Starts its own throwaway cluster with pg_virtualenv.
# Usage: bench/route.sh [runs]          (default 7; prints medians and ratios)
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
runs=${1:-7}
# UTF-8 database (Korean keywords); not the C locale, so upper() is the
# locale-aware function analysts actually call
export LANG=C.UTF-8 LC_ALL=C.UTF-8

if [ -z "${SEIZURE_BENCH_INNER:-}" ]; then
	SEIZURE_BENCH_INNER=1 exec pg_virtualenv -v "$ver" -o shared_buffers=512MB "$0" "$runs"
fi

psql() { command psql -X -q "$@"; }
psql -c "CREATE EXTENSION seizure"
echo "building 1M field values and 1M remarks ..."
psql -v ON_ERROR_STOP=1 -f bench/route.sql >/dev/null

settings="SET max_parallel_workers_per_gather = 0; SET jit = off;"
# milliseconds of one query, as psql's \timing reports them
time_ms() {
	psql -c "$settings" -c '\timing on' -c "$1" | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | tail -1
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

declare -A q=(
	[upper_idents]="SELECT count(upper(s)) FROM idents"
	[identifier_kind]="SELECT count(identifier_kind(s)) FROM idents"
	[upper_remarks]="SELECT count(upper(r)) FROM remarks"
	[classify_route]="SELECT count(classify_route(r)) FROM remarks"
)
order=(upper_idents identifier_kind upper_remarks classify_route)
# warm the cache
for k in "${order[@]}"; do time_ms "${q[$k]}" >/dev/null; done
declare -A med
for k in "${order[@]}"; do
	t=()
	for ((i = 0; i < runs; i++)); do t+=("$(time_ms "${q[$k]}")"); done
	med[$k]=$(printf '%s\n' "${t[@]}" | median)
	printf '%-16s median %9.1f ms over %d runs  (%s)\n' "$k" "${med[$k]}" "$runs" "${t[*]}"
done
echo
psql -At -c "SELECT 'what classify_route found: ' || string_agg(coalesce(r::text, 'NULL') || ' ' || n, ', ' ORDER BY r) FROM (SELECT classify_route(r) AS r, count(*) AS n FROM remarks GROUP BY 1) t"
psql -At -c "SELECT 'what identifier_kind found: ' || string_agg(coalesce(k, 'NULL') || ' ' || n, ', ' ORDER BY k) FROM (SELECT identifier_kind(s) AS k, count(*) AS n FROM idents GROUP BY 1) t"
echo
awk -v a="${med[identifier_kind]}" -v b="${med[upper_idents]}" \
	'BEGIN {printf "identifier_kind / upper() = %.2f (goal: at most 2)\n", a / b}'
awk -v a="${med[classify_route]}" -v b="${med[upper_remarks]}" \
	'BEGIN {printf "classify_route  / upper() = %.2f (goal: at most 4)\n", a / b}'

#!/usr/bin/env bash
# make valgrind-check (by hand: slow): the stock server run under valgrind
# memcheck with the extension built -Og -g, then pg_regress tests (all, or
# those named in VALGRIND_TESTS), the bad-input corpus and a short
# mutation-fuzz run.  Reports the errors whose stack passes through
# seizure.so; fails if there is any.  Reinstalls the normal build on exit.
#
# PostgreSQL's packages are not built with USE_VALGRIND, so memory inside a
# palloc'd block is not tracked chunk by chunk: valgrind sees reads of
# uninitialised bytes and accesses outside malloc'd blocks, not overruns
# within one memory context block (the libFuzzer targets, with malloc'd
# buffers of exact size, and asan-check cover those).
set -euo pipefail
cd "$(dirname "$0")/../.."
. mk/sanitize/common.sh
if [ "${1:-}" != inner ]; then
	command -v valgrind >/dev/null || bash scripts/deps.sh valgrind
	trap 'restore_normal || echo "valgrind-check: reinstalling the normal build FAILED"' EXIT
	build_install "-Og -g"
	reports=$(mktemp -d /tmp/seizure-valgrind.XXXXXX)
	chmod 777 "$reports"
	pg_virtualenv -t -v "$pg_version" bash "$0" inner "$reports"
	exit $?
fi

reports=$2
data=$(cluster_data); conf=$(cluster_conf); owner=$(stat -c %U "$data")
pg_ctlcluster "$PGVERSION" "$(cluster_name)" stop
as_owner() { if [ "$(id -un)" = "$owner" ]; then "$@"; else runuser -u "$owner" -- "$@"; fi; }
as_owner valgrind --quiet --trace-children=yes --num-callers=30 --error-limit=no \
	--log-file="$reports/vg.%p" \
	"$("$PG_CONFIG" --bindir)/postgres" -D "$data" -c config_file="$conf/postgresql.conf" \
	> "$reports/server.log" 2>&1 &
vgpid=$!
for i in $(seq 1 120); do pg_isready -q && break; sleep 1; done
pg_isready -q || { echo "valgrind-check: the server did not start"; cat "$reports/server.log"; exit 1; }
echo "valgrind-check: server under valgrind (pid $vgpid), logs in $reports"

status=0
start=$SECONDS
if [ -n "${VALGRIND_TESTS:-}" ]; then
	make -s PG_CONFIG="$PG_CONFIG" installcheck REGRESS="$VALGRIND_TESTS" > "$reports/regress.log" 2>&1 || status=1
else
	make -s PG_CONFIG="$PG_CONFIG" installcheck > "$reports/regress.log" 2>&1 || status=1
fi
echo "valgrind-check: pg_regress $(grep -cE '\.\.\. ok|^ok ' "$reports/regress.log") passed, $(grep -cE 'FAILED|^not ok ' "$reports/regress.log") failed in $((SECONDS - start)) s"
grep -E 'FAILED|^not ok ' "$reports/regress.log" || true
bash test/extra/bad_input.sh | tail -1 || status=1
FUZZ_SQL_SECONDS=${VALGRIND_FUZZ_SECONDS:-60} bash test/extra/mutation_fuzz.sh | tail -1 || status=1
as_owner "$("$PG_CONFIG" --bindir)/pg_ctl" stop -D "$data" -m fast -w -t 300 >/dev/null || kill "$vgpid"
wait "$vgpid" || true

# every error record, and those that pass through the extension
errors=$(cat "$reports"/vg.* | grep -cE '^==[0-9]+== (Invalid |Conditional jump|Use of uninitialised|Syscall param|Mismatched|Source and destination|Argument .* of function)' || true)
ours=$(awk '/^==[0-9]+== [A-Z]/ { if (rec ~ /seizure\.so/) n++; rec = $0; next }
	/^==[0-9]+==    (at|by) / { rec = rec "\n" $0 } END { if (rec ~ /seizure\.so/) n++; print n + 0 }' "$reports"/vg.*)
echo "valgrind-check: $(ls "$reports"/vg.* | wc -l) processes traced, $errors error records, $ours through seizure.so"
if [ "$ours" -gt 0 ]; then
	grep -B2 -A25 'seizure\.so' "$reports"/vg.* | head -120
	status=1
fi
exit $status

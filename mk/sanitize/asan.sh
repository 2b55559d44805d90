#!/usr/bin/env bash
# make asan-check: the extension built with AddressSanitizer and
# UndefinedBehaviorSanitizer, loaded into the stock server with the runtimes
# preloaded; then the whole pg_regress suite, the bad-input corpus and a
# short mutation-fuzz run.  Fails on any failed test, any sanitizer report,
# or any server process that died.  Reinstalls the normal build on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
. mk/sanitize/common.sh
if [ "${1:-}" != inner ]; then
	trap 'restore_normal || echo "asan-check: reinstalling the normal build FAILED"' EXIT
	build_install "-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -fno-common -g -O1"
	reports=$(mktemp -d /tmp/seizure-asan.XXXXXX)
	chmod 777 "$reports"
	pg_virtualenv -t -v "$pg_version" bash "$0" inner "$reports"
	exit $?
fi

reports=$2
lib="$("$PG_CONFIG" --pkglibdir)/seizure.so"
if [[ "$(nm -D "$lib")" != *__asan_report* ]]; then
	echo "asan-check: $lib is not built with AddressSanitizer"; exit 1
fi
asan=$(gcc -print-file-name=libasan.so)
ubsan=$(gcc -print-file-name=libubsan.so)
asan=$(readlink -f "$asan"); ubsan=$(readlink -f "$ubsan")
# first malloc before glibc's gettext lock is taken (see the shim's comment)
gcc -shared -fPIC -O2 -o "$reports/preload_shim.so" mk/sanitize/asan_init_shim.c -ldl
chmod 755 "$reports/preload_shim.so"
# the server alone gets the runtimes: started here rather than by pg_ctl,
# whose helpers (psql, pg_ctl itself) would inherit them
data=$(cluster_data); conf=$(cluster_conf); log=$(cluster_log); owner=$(stat -c %U "$data")
as_owner() { if [ "$(id -un)" = "$owner" ]; then "$@"; else runuser -u "$owner" -- "$@"; fi; }
pg_ctlcluster "$PGVERSION" "$(cluster_name)" stop
as_owner env LD_PRELOAD="$reports/preload_shim.so $asan $ubsan" \
	ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:detect_odr_violation=0:alloc_dealloc_mismatch=0:verify_asan_link_order=0" \
	UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
	"$("$PG_CONFIG" --bindir)/postgres" -D "$data" -c config_file="$conf/postgresql.conf" >> "$log" 2>&1 &
for i in $(seq 1 60); do pg_isready -q && break; sleep 1; done
pid=$(head -1 "$data/postmaster.pid")
stop_server() {
	kill -INT "$pid" 2>/dev/null || return 0
	for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
}
trap stop_server EXIT
if [[ "$(cat "/proc/$pid/maps")" != *libasan* ]]; then
	echo "asan-check: the AddressSanitizer runtime is not loaded in the server"; exit 1
fi
psql -qX -c "CREATE EXTENSION IF NOT EXISTS seizure" -c "SELECT '1 kg'::quantity" >/dev/null
echo "asan-check: server $pid runs with $(basename "$asan") and $(basename "$ubsan") preloaded"

status=0
make -s PG_CONFIG="$PG_CONFIG" installcheck > "$reports/regress.log" 2>&1 || status=1
grep -E '^(test |ok |not ok )' "$reports/regress.log" | grep -vE '\.\.\. ok|^ok ' || true
echo "asan-check: pg_regress $(grep -cE '\.\.\. ok|^ok ' "$reports/regress.log") passed, $(grep -cE 'FAILED|^not ok ' "$reports/regress.log") failed"
[ "$status" -eq 0 ] || { [ -f regression.diffs ] && head -100 regression.diffs; }
bash test/extra/bad_input.sh | tail -1 || status=1
FUZZ_SQL_SECONDS=${ASAN_FUZZ_SECONDS:-30} bash test/extra/mutation_fuzz.sh | tail -1 || status=1
# reports go to the server's stderr, which is its log
if grep -qE 'ERROR: AddressSanitizer|runtime error:|SUMMARY: (Address|UndefinedBehavior)Sanitizer' "$log"; then
	echo "asan-check: sanitizer reports:"
	grep -E -A40 'ERROR: AddressSanitizer|runtime error:' "$log" | head -120
	status=1
fi
# (a parallel worker whose query failed exits with code 1: not a crash)
if grep -E 'terminated by signal|was terminated by|server process .* exited with exit code' "$log"; then
	echo "asan-check: a server process died"; status=1
fi
[ "$status" -eq 0 ] && echo "asan-check: no sanitizer report" && rm -rf "$reports"
exit $status

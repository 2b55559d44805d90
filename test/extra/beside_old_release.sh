#!/usr/bin/env bash
# make installcheck passes with older releases' install scripts beside the
# current one, as `make install` over an older release leaves them (0.2.0's
# security_labels test failed so).  The scripts are copied in for the run
# and removed after.
set -uo pipefail
cd "$(dirname "$0")/../.."
dir=$("${PG_CONFIG:-pg_config}" --sharedir)/extension
[ -w "$dir" ] || { echo "cannot write $dir"; exit 77; }
added=()
cleanup() { for f in "${added[@]}"; do rm -f "$dir/$f"; done; }
trap cleanup EXIT
for f in test/data/released/seizure--*.sql; do
	[ -e "$dir/${f##*/}" ] && continue
	cp "$f" "$dir/" && added+=("${f##*/}")
done
echo "beside ${added[*]:-(already there)}"
psql -XAtc "SELECT string_agg(version, ' ' ORDER BY version) FROM pg_available_extension_versions WHERE name = 'seizure'"
make -s --no-print-directory PG_CONFIG="${PG_CONFIG:-pg_config}" installcheck 2>&1 | tail -3
rc=${PIPESTATUS[0]}
[ "$rc" -eq 0 ] || { [ -f regression.diffs ] && head -40 regression.diffs; }
exit "$rc"

#!/usr/bin/env bash
# PostgreSQL 15 to 17 and 18 by pg_dump: a 15 database with every type of
# the extension (fill.sql) is dumped by the newer version's pg_dump, in
# custom format (pg_restore -f - | psql) and plain format, through README.md's
# pg_attver filter, and restored there; every table and the view must have
# the same rows (md5 of the ordered text forms and of the binary send forms,
# checksums.sql), every index must be valid and pass amcheck.  Skipped
# without the Debian roots (scripts/root.sh).
set -uo pipefail
source "$(dirname "$0")/common.bash"
start_source
status=0
for v in "${targets[@]}"; do
	in_root "$v" dump "$src_port" || status=1
done
exit $status

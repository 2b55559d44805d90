#!/usr/bin/env bash
# PostgreSQL 15 to 17 and 18 by logical replication: a publication on a 15
# database with every type of the extension (fill.sql); on each newer
# version the schema by pg_dump (through README.md's pg_attver filter) and
# two subscriptions, binary = false and binary = true; rows inserted,
# updated and deleted on 15 after the initial copy.  Every table and the
# view must have the same rows as on 15 (md5 of the ordered text forms and
# of the binary send forms, checksums.sql), every index must be valid and
# pass amcheck.  Skipped without the Debian roots (scripts/root.sh).
set -uo pipefail
source "$(dirname "$0")/common.bash"
start_source
src_psql -d src -c "CREATE PUBLICATION moving FOR TABLE lot, lot_part, route_note"
status=0
for v in "${targets[@]}"; do
	in_root "$v" replication "$src_port" || status=1
done
exit $status

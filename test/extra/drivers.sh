#!/usr/bin/env bash
# Real client drivers read every type and the BI projections: psycopg (text
# and binary), JDBC and ODBC.  Runs inside make test's throwaway cluster.
set -uo pipefail
cd "$(dirname "$0")/../drivers"
export PGDATABASE=seizure_drivers
dropdb --if-exists "$PGDATABASE" 2>/dev/null
createdb "$PGDATABASE" || exit 1
psql -qX -v ON_ERROR_STOP=1 -c "CREATE EXTENSION seizure" -f fixture.sql || exit 1
rc=0
/usr/bin/python3 psycopg_check.py || rc=1
/usr/bin/python3 odbc_check.py || rc=1
java -cp /usr/share/java/postgresql.jar JdbcCheck.java || rc=1
dropdb "$PGDATABASE"
exit $rc

#!/usr/bin/env bash
# The Python client (clients/python) against the extension: installed with
# pip install --no-deps --no-index (its build backend is in the tree) into a
# throwaway venv that sees only Debian's packages
# (psycopg, psycopg2, SQLAlchemy 1.4, pandas), then its offline and live tests.
# Runs inside make test's throwaway cluster.
set -uo pipefail
# what it checks does not depend on the server's version: the host's run has it
if [ -n "${SEIZURE_IN_ROOT:-}" ]; then
	echo "skipped on PostgreSQL $SEIZURE_IN_ROOT: the client libraries run on the host's PostgreSQL only"
	exit 77
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
export PGDATABASE=seizure_clients_python
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists "$PGDATABASE" 2>/dev/null' EXIT
dropdb --if-exists "$PGDATABASE" 2>/dev/null
createdb "$PGDATABASE" && psql -qX -v ON_ERROR_STOP=1 -c "CREATE EXTENSION seizure" || exit 1
# pip builds in the tree it is given: give it a copy
cp -r "$root/clients/python" "$work/src"
/usr/bin/python3 -m venv --system-site-packages "$work/venv" || exit 1
"$work/venv/bin/pip" install -q --no-deps --no-index "$work/src" || exit 1
cd "$root/clients/python/tests" || exit 1
# the installed package, not the source tree, is what the tests import
"$work/venv/bin/python" -c 'import seizure, sys; sys.exit(not seizure.__file__.startswith(sys.argv[1]))' "$work/venv" ||
	{ echo "the tests would not import the installed package"; exit 1; }
"$work/venv/bin/python" -m unittest test_offline test_live_quantity test_live_tally_route test_live_sqlalchemy_pandas \
	test_live_docs

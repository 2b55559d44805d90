#!/usr/bin/env bash
# The Node client (clients/node) against the extension: pg and typescript from
# npm into a throwaway folder, node --test over the offline and live tests, and
# the typings compiled by tsc --strict.  Runs inside make test's throwaway cluster.
set -uo pipefail
# what it checks does not depend on the server's version: the host's run has it
if [ -n "${SEIZURE_IN_ROOT:-}" ]; then
	echo "skipped on PostgreSQL $SEIZURE_IN_ROOT: the client libraries run on the host's PostgreSQL only"
	exit 77
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
export PGDATABASE=seizure_clients_node
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists "$PGDATABASE" 2>/dev/null' EXIT
dropdb --if-exists "$PGDATABASE" 2>/dev/null
createdb "$PGDATABASE" && psql -qX -v ON_ERROR_STOP=1 -c "CREATE EXTENSION seizure" || exit 1
# a copy, so that node_modules never lands in the source tree
mkdir -p "$work/clients"
cp -r "$root/clients/testdata" "$work/clients/"
mkdir "$work/docs" && cp "$root/docs/clients.md" "$work/docs/"
mkdir "$work/clients/node"
(cd "$root/clients/node" && cp -r package.json index.js index.d.ts units.js test "$work/clients/node/")
cd "$work/clients/node" || exit 1
npm install --no-save --no-audit --no-fund --no-package-lock --loglevel=error pg@8 typescript@5 >npm.log 2>&1 ||
	{ cat npm.log; echo "npm install failed"; exit 1; }
rc=0
node --test test/*.test.js || rc=1
node_modules/.bin/tsc --noEmit --strict --target es2020 --module commonjs --moduleResolution node \
	test/typings.ts || { echo "typings: tsc failed"; rc=1; }
exit $rc

#!/usr/bin/env bash
# One unit table: the clients read the server's (quantity_units()) when they
# register with a connection.  Each client is copied with its own table
# lacking a unit the server has (US gal); after registering it reads, prints
# and decodes that unit in text and binary, with no change to the client.
set -uo pipefail
if [ -n "${SEIZURE_IN_ROOT:-}" ]; then
	echo "skipped on PostgreSQL $SEIZURE_IN_ROOT: the client libraries run on the host's PostgreSQL only"
	exit 77
fi
/usr/bin/python3 -c 'import psycopg' 2>/dev/null || { echo "skip: python3-psycopg is not installed"; exit 77; }
root=$(cd "$(dirname "$0")/../.." && pwd)
export PGDATABASE=seizure_clients_units
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists "$PGDATABASE" 2>/dev/null' EXIT
dropdb --if-exists "$PGDATABASE" 2>/dev/null
createdb "$PGDATABASE" && psql -qX -v ON_ERROR_STOP=1 -c "CREATE EXTENSION seizure" || exit 1
rc=0

cp -r "$root/clients/python" "$work/python"
sed -i '/^    Unit(30, "US gal"/d; /^    "US gal": (/d' "$work/python/seizure/units.py"
(cd "$work" && PYTHONPATH="$work/python" /usr/bin/python3 - <<'PY'

import psycopg
import seizure, seizure.units as U, seizure.psycopg as sp
assert "US gal" not in U.UNITS_BY_SYMBOL, "the client copy still knows US gal"
with psycopg.connect() as conn:
    sp.register_types(conn)
    assert "US gal" in U.UNITS_BY_SYMBOL
    q, t = conn.execute("SELECT %s::quantity, %s::quantity_tally", ["3 US gal", "2 bricks + 1 US gal"]).fetchone()
    assert (str(q), str(t)) == ("3 US gal", "3.785411784 L + 2 bricks"), (q, t)
    qb, tb = conn.cursor(binary=True).execute("SELECT %s::quantity, %s::quantity_tally",
                                              ["3 US gal", "2 bricks + 1 US gal"]).fetchone()
    assert (qb, tb) == (q, t), (qb, tb)
    assert str(seizure.Quantity("3 US gallons")) == "3 US gal"
    back = conn.execute("SELECT %s::quantity::text", [seizure.Quantity("3 US gal")]).fetchone()[0]
    assert back == "3 US gal", back
print("python: US gal, unknown to the client's own table, read from the server's")
PY
) || rc=1

mkdir "$work/node"
(cd "$root/clients/node" && cp package.json index.js index.d.ts units.js "$work/node/")
sed -i "/symbol: 'US gal'/d" "$work/node/units.js"
cd "$work/node" || exit 1
npm install --no-save --no-audit --no-fund --no-package-lock --loglevel=error pg@8 >npm.log 2>&1 ||
	{ cat npm.log; echo "npm install failed"; exit 1; }
node - <<'JS' || rc=1
const pg = require('pg');
const seizure = require('./index.js');
(async () => {
  if (seizure.UNITS.some((u) => u.symbol === 'US gal')) throw new Error('the client copy still knows US gal');
  const client = new pg.Client();
  await client.connect();
  await seizure.register(client);
  const { rows } = await client.query("SELECT '3 US gal'::quantity AS q, '2 bricks + 1 US gal'::quantity_tally AS t");
  if (String(rows[0].q) !== '3 US gal' || rows[0].q.kind !== 'volume') throw new Error(`got ${rows[0].q}`);
  if (rows[0].t.parts.map(String).join('|') !== '3.785411784 L|2 bricks') throw new Error(`got ${rows[0].t}`);
  await client.end();
  console.log('node: US gal, unknown to the client\'s own table, read from the server\'s');
})().catch((e) => { console.error(e); process.exit(1); });
JS
exit $rc

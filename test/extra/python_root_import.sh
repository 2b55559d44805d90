#!/usr/bin/env bash
# `import seizure` at the root of a checkout gives the Python client, even
# with the server's library seizure.so built beside it (0.2.0 loaded that
# library and failed: "undefined symbol").
set -euo pipefail
cd "$(dirname "$0")/../.."
/usr/bin/python3 -c 'import psycopg' 2>/dev/null || { echo "skip: python3-psycopg is not installed"; exit 77; }
[ -e seizure.so ] || echo "(no seizure.so here: the case is the plain one)"
/usr/bin/python3 - <<'PY'
import seizure, seizure.psycopg, seizure.units
q = seizure.Quantity("18.5 kg")
assert str(q) == "18.5 kg", q
assert seizure.psycopg.__file__.endswith("clients/python/seizure/psycopg.py"), seizure.psycopg.__file__
print("import seizure at the root: the client", seizure.__version__, "from", seizure.__path__[0])
PY

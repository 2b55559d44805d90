"""Reads quantity and quantity_tally columns through the PostgreSQL ODBC driver (unixODBC)."""
import os
import sys
from decimal import Decimal

import pyodbc

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from expected import ROWS  # noqa: E402

conn = pyodbc.connect(
    "DRIVER={PostgreSQL Unicode};SERVER=%s;PORT=%s;DATABASE=%s;UID=%s;PWD=%s;BoolsAsChar=0"
    % (os.environ.get("PGHOST", "localhost"), os.environ.get("PGPORT", "5432"),
       os.environ["PGDATABASE"], os.environ["PGUSER"], os.environ.get("PGPASSWORD", "")))
failures = 0


def check(what, got, want):
    global failures
    if got != want:
        failures += 1
        print(f"odbc: {what}: got {got!r}, want {want!r}")


def dec(s):
    return None if s is None else Decimal(s)


cur = conn.cursor()
for row, w in zip(cur.execute("SELECT id, q, t, r FROM bi_fixture ORDER BY id").fetchall(), ROWS):
    check(f"text row {w[0]}", tuple(row), (w[0], w[1], w[2], w[10]))
rows = cur.execute("SELECT id, mass_kg, volume_l, items, unit, estimate, tally_mass_kg, tally_tablets, "
                   "route_en, route_ko FROM bi_fixture_plain ORDER BY id").fetchall()
for row, w in zip(rows, ROWS):
    got = tuple(row)
    want = (w[0], dec(w[3]), dec(w[4]), dec(w[5]), w[6], w[7], dec(w[8]), dec(w[9]), w[11], w[12])
    check(f"projection row {w[0]}", tuple(None if v is None else v for v in got), want)
print("odbc:", "ok" if failures == 0 else f"{failures} failures")
sys.exit(1 if failures else 0)

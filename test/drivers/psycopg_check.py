"""Reads quantity and quantity_tally columns through psycopg 3, text and binary."""
import sys
from decimal import Decimal

import psycopg

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from expected import ROWS, Q1_BINARY, R1_BINARY  # noqa: E402

failures = 0


def check(what, got, want):
    global failures
    if got != want:
        failures += 1
        print(f"psycopg: {what}: got {got!r}, want {want!r}")


def dec(s):
    return None if s is None else Decimal(s)


with psycopg.connect("") as conn:
    # text results: our types arrive as their text form
    rows = conn.execute("SELECT id, q, t, r FROM bi_fixture ORDER BY id").fetchall()
    for row, want in zip(rows, ROWS):
        check(f"text row {want[0]}", row, (want[0], want[1], want[2], want[10]))
    rows = conn.execute(
        "SELECT id, mass_kg, volume_l, items, unit, estimate, tally_mass_kg, tally_tablets, route_en, route_ko "
        "FROM bi_fixture_plain ORDER BY id").fetchall()
    for row, w in zip(rows, ROWS):
        check(f"projection row {w[0]}", row,
              (w[0], dec(w[3]), dec(w[4]), dec(w[5]), w[6], w[7], dec(w[8]), dec(w[9]), w[11], w[12]))

    # binary results: numeric projections decode natively, our types as raw send bytes
    cur = conn.cursor(binary=True)
    cur.execute("SELECT q, mass_kg(q), t, r FROM bi_fixture WHERE id = 1")
    q, kg, t, r = cur.fetchone()
    check("binary route", bytes(r), R1_BINARY)
    check("binary quantity", bytes(q), Q1_BINARY)
    check("binary numeric projection", kg, Decimal("18.5"))
    check("binary tally length", len(bytes(t)), 2 + 3 * 18)

    # parameters: a quantity sent as text, compared exactly in the server
    row = conn.execute("SELECT %s::quantity = '453.59237 g'::quantity", ["1 lb"]).fetchone()
    check("parameter", row, (True,))

print("psycopg:", "ok" if failures == 0 else f"{failures} failures")
sys.exit(1 if failures else 0)

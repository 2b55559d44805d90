"""Cost of the Python client's psycopg loaders: fetching N quantities as plain str
(the driver's default, the competitor) vs as Quantity objects in text and binary,
and dumping them back.  Prints times and ratios.  Usage (PG* name a database with
the extension): /usr/bin/python3 bench/clients_python.py [N]"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "clients", "python"))

import psycopg  # noqa: E402

from seizure.psycopg import register_types  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
QUERY = ("SELECT (CASE i %% 4 WHEN 0 THEN (i * 0.001)::text || ' kg' WHEN 1 THEN '~' || i::text || ' tablets' "
         "WHEN 2 THEN (i %% 1000)::text || '.5 lb' ELSE i::text || ' mL' END)::quantity FROM generate_series(1, %s) i")


def timed(fn, repeat=3):
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        d = time.perf_counter() - t
        best = d if best is None else min(best, d)
    return best


def _copy(cur, rows, sql, binary=False):
    cur.execute("TRUNCATE b")
    with cur.copy(sql) as cp:
        if binary:
            cp.set_types(["quantity"])
        for r in rows:
            cp.write_row(r)


with psycopg.connect("") as plain, psycopg.connect("") as typed:
    register_types(typed)
    base = timed(lambda: plain.execute(QUERY, [N]).fetchall())
    text = timed(lambda: typed.execute(QUERY, [N]).fetchall())
    binary = timed(lambda: typed.cursor(binary=True).execute(QUERY, [N]).fetchall())
    values = typed.execute(QUERY, [N]).fetchall()
    strings = [(str(q),) for (q,) in values]
    with typed.cursor() as cur:
        cur.execute("CREATE TEMP TABLE b (q quantity)")
        copy_str = timed(lambda: _copy(cur, strings, "COPY b FROM STDIN"))
        copy_obj = timed(lambda: _copy(cur, values, "COPY b FROM STDIN"))
        copy_bin = timed(lambda: _copy(cur, values, "COPY b FROM STDIN (FORMAT binary)", binary=True))
    print(f"{N} quantities, best of 3 (seconds; ratio to the plain-str competitor)")
    print(f"fetch as str (no client)      {base:8.3f}  1.00")
    print(f"fetch as Quantity, text       {text:8.3f}  {text / base:.2f}")
    print(f"fetch as Quantity, binary     {binary:8.3f}  {binary / base:.2f}")
    print(f"COPY in from str              {copy_str:8.3f}  1.00")
    print(f"COPY in from Quantity, text   {copy_obj:8.3f}  {copy_obj / copy_str:.2f}")
    print(f"COPY in from Quantity, binary {copy_bin:8.3f}  {copy_bin / copy_str:.2f}")


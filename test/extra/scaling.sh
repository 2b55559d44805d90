#!/usr/bin/env bash
# Every function that reads free text runs in time linear in its input and
# ends soon after a cancel.  For each case (a function and a pathological
# text: the remark of the 0.3.0 report, many keywords, many identifiers, long
# runs of digits, spaces or punctuation), the call is timed at N and 2N
# bytes, N doubled from about 1 MB until a call takes 50 ms (best of 5 runs
# each, 5 more if the first say otherwise); 2N must take less than 3 times
# as long, or, from 16 MB on, under 4 times as long at 100 MB/s or more (a
# speed no quadratic loop reaches there; memory gets slower per byte).  Then, on an input large
# enough that the call takes 0.4 s or more (at most 64 MB), the call runs
# under a statement_timeout of a quarter of that time, at most 300 ms: it
# must fail with 57014 in under 1.5 s, and within
# the timeout and a margin (150 ms or the timeout: a loaded machine) of the time reading the
# input alone takes (detoasting and copying it: the server's part, before the
# function starts).  A case whose work past that reading is under 80 ms even
# at 64 MB has nothing to cancel and says so.
# Usage: test/extra/scaling.sh [case-name-substring]
set -euo pipefail
cd "$(dirname "$0")/../.."
/usr/bin/python3 -c 'import psycopg' 2>/dev/null || { echo "skip: python3-psycopg is not installed"; exit 77; }
db=scaling_$$
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
createdb -E UTF8 -T template0 "$db"
psql -qX -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION seizure"
exec /usr/bin/python3 - "$db" "${1:-}" <<'PY'
import sys, time
import psycopg

db, only = sys.argv[1], sys.argv[2]
F = "f"        # the input column

# name, expression over the input column f, prefix, repeated unit, suffix
CASES = [
    ("classify_route, the report's remark", "classify_route(f)", "", "EMS EE876543216CA ", ""),
    ("classify_route, keywords", "classify_route(f)", "", "ems ", ""),
    ("classify_route, Korean keywords", "classify_route(f)", "", "여행자 휴대품 ", ""),
    ("classify_route, joined digits", "classify_route(f)", "", "1 ", ""),
    ("classify_route, identifiers that need context", "classify_route(f)", "DHL ", "3318810025 ", ""),
    ("classify_route, flights", "classify_route(f)", "", "KE086 flight ", ""),
    ("classify_route, one long token", "classify_route(f)", "", "a1", ""),
    ("classify_route, a keyword across spaces", "classify_route(f)", "air", " ", "cargo"),
    ("classify_route, punctuation", "classify_route(f)", "", "-.,<", ""),
    ("classify_route_explain, the report's remark", "classify_route_explain(f)", "", "EMS EE876543216CA ", ""),
    ("classify_route_explain, keywords", "classify_route_explain(f)", "", "ems courier ", ""),
    ("identifier_kind, spaces", "identifier_kind(f)", "", " ", "EE876543216CA"),
    ("identifier_kind, hyphens", "identifier_kind(f)", "EE", "-", "876543216CA"),
    ("is_valid_identifier, spaces", "is_valid_identifier(f, 'upu_s10')", "", " ", "EE876543216CA"),
    ("route_of_identifier, spaces", "route_of_identifier(f)", "", " ", "EE876543216CA"),
    ("normalize_party name", "normalize_party(f, 'name')", "", "Kim Min-su ", ""),
    ("normalize_party name, punctuation", "normalize_party(f, 'name')", "Kim", ".,;' ", "Min"),
    ("normalize_party name, fullwidth", "normalize_party(f, 'name')", "", "Ｋｉｍ ", ""),
    ("normalize_party address", "normalize_party(f, 'address')", "", "Seoul, 123 Gangnam-daero ", ""),
    ("normalize_party email", "normalize_party(f, 'email')", "", " ", "Kim@Example.com"),
    ("normalize_party phone", "normalize_party(f, 'phone')", "+82", " ", "10 1234 5678"),
    ("normalize_party phone, country", "normalize_party(f, 'phone', 'KR')", "010", "-", "1234-5678"),
    ("substance_fold", "substance_fold(f)", "", "Cocaine (HCl) ", ""),
    ("substance_fold, brackets", "substance_fold(f)", "", "((", "x"),
    ("normalize_substance", "normalize_substance(f)", "", " ", "cocaine"),
    ("substance_match", "substance_match(f)", "", " ", "cocaine"),
    ("substance_group", "substance_group(f)", "", " ", "cocaine"),
    ("kr_class", "kr_class(f)", "", " ", "cocaine"),
    ("to_mass", "to_mass('1 kg'::quantity, f)", "", " ", "cocaine"),
    ("quantity input, spaces", "f::quantity", "", " ", "1 kg"),
    ("quantity input, digits", "f::quantity", "", "0", "1 kg"),
    ("quantity input, fraction digits", "f::quantity", "1.", "0", " kg"),
    ("quantity_tally input", "f::quantity_tally", "", "1 kg + 2 g + ", "1 kg"),
    ("a unit argument", "value('1 kg'::quantity, f)", "", " ", "g"),
    ("route input", "f::route", "", " ", "traveler"),
]

conn = psycopg.connect(dbname=db, autocommit=True)
cur = conn.cursor()
cur.execute("SET max_parallel_workers_per_gather = 0")
cur.execute("SET jit = off")
cur.execute("CREATE TEMP TABLE input (f text)")
cur.execute("CREATE TEMP TABLE input2 (f text)")


def fill(pre, unit, post, nbytes, table="input"):
    """The input row: prefix, unit repeated to about nbytes, suffix."""
    reps = max(1, nbytes // len(unit.encode()))
    cur.execute(f"TRUNCATE {table}")
    cur.execute(f"INSERT INTO {table} SELECT %s || repeat(%s, %s) || %s", (pre, unit, reps, post))


def call_ms(expr, table="input"):
    t = time.perf_counter()
    cur.execute(f"SELECT ({expr}) IS NULL FROM {table}")
    cur.fetchall()
    return (time.perf_counter() - t) * 1000


def paired_ms(expr, runs=7):
    """Best times at N (input) and 2N (input2), measured in turn: a machine
    whose load changes moves both alike."""
    t1 = t2 = float("inf")
    for _ in range(runs):
        t1 = min(t1, call_ms(expr, "input"))
        t2 = min(t2, call_ms(expr, "input2"))
    return t1, t2


def best_ms(expr, runs=5):
    return min(call_ms(expr) for _ in range(runs))


MB = 1 << 20
failed = 0
for name, expr, pre, unit, post in CASES:
    if only and only not in name:
        continue
    try:
        n = MB
        fill(pre, unit, post, n)
        t1 = best_ms(expr)
        while t1 < 50 and n < 16 * MB:
            n *= 2
            fill(pre, unit, post, n)
            t1 = best_ms(expr)
        fill(pre, unit, post, 2 * n, "input2")
        t1, t2 = paired_ms(expr)
        ratio = t2 / max(t1, 0.01)
        for _ in range(2):
            if ratio < 3.0:
                break
            # a busy machine (make test runs three suites on two cores):
            # measure again; a quadratic call stays at 4 or more
            a, b = paired_ms(expr)
            t1, t2 = min(t1, a), min(t2, b)
            ratio = t2 / max(t1, 0.01)
        # memory is slower per byte at 32 MB than at 16 (caches, fresh
        # pages): a call that still reads 100 MB/s at 2N >= 16 MB does a few
        # ns a byte, which no quadratic loop does at that size
        fast = 2 * n >= 16 * MB and t2 < (2 * n / MB) * 10 and ratio < 4.0
        ok = ratio < 3.0 or fast
        line = (f"{name}: {n // MB} MB {t1:.1f} ms, {2 * n // MB} MB {t2:.1f} ms, ratio {ratio:.2f}"
                + (" (linear by its speed: 100 MB/s or more)" if fast and ratio >= 3.0 else ""))

        # cancel: an input that takes 0.4 s or more, or 64 MB
        m, tm = 2 * n, t2
        while tm < 400 and m < 64 * MB:
            m = min(64 * MB, m * max(2, int(400 / max(tm, 1)) // 2 * 2))
            fill(pre, unit, post, m)
            tm = call_ms(expr)
        # what reading the input alone costs (detoasting it, copying it)
        base = best_ms("(f || '')", 2)
        if tm - base < 80:
            line += f"; nothing to cancel ({m // MB} MB in {tm:.0f} ms, reading it {base:.0f} ms)"
        else:
            timeout = int(min(300, max(10, tm / 4)))
            cur.execute(f"SET statement_timeout = {timeout}")
            t = time.perf_counter()
            state = None
            try:
                cur.execute(f"SELECT ({expr}) IS NULL FROM input")
                cur.fetchall()
            except psycopg.Error as e:
                state = e.sqlstate
            ended = (time.perf_counter() - t) * 1000
            cur.execute("SET statement_timeout = 0")
            cancelled = (state == "57014" and ended < 1500 and
                         ended < base + timeout + max(150, timeout))
            ok = ok and cancelled
            line += (f"; {m // MB} MB takes {tm:.0f} ms, with statement_timeout {timeout} ms "
                     f"it ended after {ended:.0f} ms ({state or 'no error'}; reading the input {base:.0f} ms)")
    except psycopg.Error as e:
        conn.rollback() if not conn.autocommit else None
        cur.execute("SET statement_timeout = 0")
        ok, line = False, f"{name}: {e.sqlstate} {str(e).splitlines()[0][:200]}"
    print(("ok   " if ok else "FAIL ") + line, flush=True)
    failed += not ok
print(f"scaling: {failed} of {len([c for c in CASES if not only or only in c[0]])} cases failed")
sys.exit(1 if failed else 0)
PY

"""The client's Quantity against the live extension: text, value, unit, kind, binary,
conversions, arithmetic, order and errors, on hand-picked and generated inputs."""
import random
import unittest
from decimal import Decimal

from psycopg.adapt import Dumper
from psycopg.pq import Format
from psycopg.types import TypeInfo

from common import LiveCase, client_verdict, lines, sql_literal
from seizure import Quantity, QuantityError, QuantityTally, UnknownUnitError
from seizure import units as U

GOOD = lines("quantities.txt")
BAD = lines("bad_quantities.txt")
SEED = 20261130


def generated_inputs(n, seed=SEED):
    """Random quantity texts, valid and not: signs, grouping, fractions, exponents, aliases."""
    rnd = random.Random(seed)
    names = [u.symbol for u in U.UNITS_BY_ID.values()] + sorted(
        {a for al in U._ALIASES.values() for a in al}) + [
        "ton", "gr", "kgg", "crate", "s", "sheet", "unit", "gallon", "dosage", "patche", "마이크로", "µ"]
    # added in 0.3.0, each drawn now and then: refused volumes, compatibility
    # characters, final periods, basis phrases, other spaces
    more_names = ["gal", "fl oz", "US fl oz", "dL", "㎗", "㎏", "㎍", "㏄", "ℓ", "ｋｇ", "oz.", "lbs.", "gms", "brick.",
                  "kg..", "US  gal"]
    marks = ["", "", "", "", "~", "~ ", "약 ", "약", "about ", "Approx.", "approximately ", "ca ", "circa ",
             "abouts ", "총중량 ", "순중량", "gross "]
    bases = ["", "", "", "", " gross", " NET", " bulk", "총중량", " 순중량", " gross net", " heavy"]
    more_marks = ["net weight ", "N.W.: ", "N.W.:", "G.W. ", "gross  wt. ", "ＮＥＴ　", "net weight approx. ",
                  "(gross) ", "～", "net: ", "net:: "]
    more_bases = [" gross weight", " (gross)", "(net)", " N.W.", " net wt.", " G.W. (net)", " Net  Weight", " weight",
                  " (net", "(bulk weight)"]
    spaces = ["", " ", "  ", "\u00a0", "\u3000", "\u2009", "\u200b"]
    out = []
    for _ in range(n):
        s = rnd.choice(more_marks if rnd.random() < 0.1 else marks) + rnd.choice(["", "", "-", "+"])
        intpart = str(rnd.choice([0, 1, 7, 12, 999, 1000, 2782, 45359237, rnd.randrange(10 ** rnd.randrange(1, 30))]))
        if rnd.random() < 0.2 and len(intpart) > 3:
            intpart = f"{int(intpart):,}"
        if rnd.random() < 0.03:
            intpart = intpart[:1] + "," + intpart[1:]          # broken grouping
        s += intpart
        if rnd.random() < 0.6:
            s += "." + "".join(rnd.choice("0123456789") for _ in range(rnd.randrange(0, 30)))
        if rnd.random() < 0.25:
            s += rnd.choice("eE") + rnd.choice(["", "-", "+"]) + str(rnd.randrange(0, 40))
        if rnd.random() < 0.05:
            s = s.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})     # full-width
        s += rnd.choice(spaces if rnd.random() < 0.1 else ["", " ", "  "]) + rnd.choice(more_names if rnd.random() < 0.1 else names)
        if rnd.random() < 0.3 and not s.endswith("s"):
            s += "s"
        s += rnd.choice(more_bases if rnd.random() < 0.1 else bases)
        out.append(s)
    return out


class LiveQuantity(LiveCase):
    def assertNoMismatch(self, mismatches):
        self.assertEqual(mismatches[:10], [], f"{len(mismatches)} mismatches")

    def test_every_test_value(self):
        rows = self.conn.execute(
            "SELECT s, q::text, value(q)::text, unit(q), kind(q), dimension(q), is_estimate(q), "
            "quantity_send(q), basis(q) FROM unnest(%s::text[]) s, LATERAL (SELECT s::quantity q) x", [GOOD]).fetchall()
        self.assertEqual(len(rows), len(GOOD))
        bad = []
        for s, text, value, unit, kind, dim, est, binary, basis in rows:
            q = Quantity(s)
            # the same bytes but the version, which may be newer on the server
            got = (str(q), format(q.amount, "f"), q.unit, q.kind, q.dimension, q.estimate, q.basis,
                   q.to_binary()[1:])
            want = (text, value, unit, kind, dim, est, basis, bytes(binary)[1:])
            if got != want:
                bad.append((s, got, want))
            if Quantity.from_binary(binary) != q or str(Quantity.from_binary(binary)) != text:
                bad.append((s, "from_binary"))
        self.assertNoMismatch(bad)

    def test_round_trips_text_and_binary(self):
        qs = [Quantity(s) for s in GOOD]
        bad = []
        for binary in (False, True):
            with self.conn.cursor(binary=binary) as cur:
                rows = cur.execute("SELECT s::quantity FROM unnest(%s::text[]) WITH ORDINALITY u(s, i) ORDER BY i",
                                   [GOOD]).fetchall()
                for (got,), q in zip(rows, qs):
                    if got != q or str(got) != str(q) or got.unit != q.unit:
                        bad.append(("load", binary, got, q))
                for q in qs:
                    for fmt in ("%t", "%b"):
                        row = cur.execute(f"SELECT quantity_send({fmt}), {fmt}::text", [q, q]).fetchone()
                        if Quantity.from_binary(row[0]) != q or bytes(row[0])[1:] != q.to_binary()[1:] \
                                or row[1] != str(q):
                            bad.append(("dump", fmt, binary, q, row))
        self.assertNoMismatch(bad)

    def test_arrays_and_nulls(self):
        values = [Quantity(s) for s in GOOD[:20]] + [None]
        for binary in (False, True):
            with self.conn.cursor(binary=binary) as cur:
                row = cur.execute("SELECT %s::quantity[], NULL::quantity, %s::quantity[] = %s::text[]::quantity[], "
                                  "ARRAY[[%s, NULL], [NULL, %s]]::quantity[]",
                                  [values, values, [None if v is None else str(v) for v in values],
                                   values[0], values[1]]).fetchone()
                self.assertEqual(row[0], values)
                self.assertEqual([None if v is None else str(v) for v in row[0]],
                                 [None if v is None else str(v) for v in values])
                self.assertIsNone(row[1])
                self.assertTrue(row[2])
                self.assertEqual(row[3], [[values[0], None], [None, values[1]]])

    def test_generated_inputs_agree(self):
        inputs = GOOD + BAD + generated_inputs(3500)
        rows = self.conn.execute("SELECT s, pg_temp.try_quantity(s) FROM unnest(%s::text[]) s", [inputs]).fetchall()
        bad = [(s, client_verdict(lambda: Quantity(s)), server) for s, server in rows
               if client_verdict(lambda: Quantity(s)) != server]
        self.assertNoMismatch(bad)
        errors = sum(1 for _, v in rows if v.startswith("ERROR"))
        self.assertGreater(errors, 100)          # the generator reaches the error paths
        self.assertGreater(len(rows) - errors, 1000)

    def test_error_messages_match_the_server(self):
        bad = []
        for s in BAD:
            try:
                Quantity(s)
                bad.append((s, "client accepted it"))
                continue
            except UnknownUnitError as e:
                client = (e.sqlstate, None, None, None)
            except QuantityError as e:
                client = (e.sqlstate, e.message, e.detail, e.hint)
            try:
                self.conn.execute("SELECT %s::text::quantity", [s])
                bad.append((s, "server accepted it"))
            except Exception as e:
                server = (e.sqlstate, e.diag.message_primary, e.diag.message_detail, e.diag.message_hint)
                if client[1] is None:
                    server = (server[0], None, None, None)
                elif client[3] is None:         # the client gives the hint of refused units only
                    server = server[:3] + (None,)
                if client != server:
                    bad.append((s, client, server))
        self.assertNoMismatch(bad)

    def test_conversions(self):
        exprs, client = [], []
        for s in GOOD:
            q = Quantity(s)
            for u in U.UNITS_BY_ID.values():
                exprs.append(f"to_unit({sql_literal(s)}::quantity, {sql_literal(u.symbol)})")
                client.append(client_verdict(lambda: q.to_unit(u.symbol)))
                exprs.append(f"value({sql_literal(s)}::quantity, {sql_literal(u.symbol)})")
                client.append(client_verdict(lambda: format(q.value(u.symbol), "f")))
        self.compare(exprs, client)

    def compare(self, exprs, client):
        rows = self.conn.execute("SELECT pg_temp.try_sql(e) FROM unnest(%s::text[]) WITH ORDINALITY u(e, i) "
                                 "ORDER BY i", [exprs]).fetchall()
        bad = [(e, c, s) for e, c, (s,) in zip(exprs, client, rows) if c != s]
        self.assertNoMismatch(bad)

    def test_arithmetic_and_order(self):
        qs = GOOD[::3] + ["1 g", "2 lb", "3 oz", "1 t", "250 mL", "2 L"]
        exprs, client = [], []
        for a in qs:
            qa = Quantity(a)
            for b in qs:
                qb = Quantity(b)
                la, lb = sql_literal(a) + "::quantity", sql_literal(b) + "::quantity"
                for op, fn in (("+", lambda: qa + qb), ("-", lambda: qa - qb),
                               ("/", lambda: format(qa / qb, "f")),
                               ("<", lambda: str(qa < qb).lower()), ("=", lambda: str(qa == qb).lower())):
                    exprs.append(f"{la} {op} {lb}")
                    client.append(client_verdict(fn))
            for n in ("3", "0.5", "-1.25", "1e-7", "0.333333333333333333333", "0", "1e20"):
                exprs.append(f"{sql_literal(a)}::quantity * {n}::numeric")
                client.append(client_verdict(lambda: qa * Decimal(n)))
                exprs.append(f"{sql_literal(a)}::quantity / {n}::numeric")
                client.append(client_verdict(lambda: qa / Decimal(n)))
            exprs.append(f"-{sql_literal(a)}::quantity")
            client.append(client_verdict(lambda: -qa))
        self.compare(exprs, client)

    def test_sort_order(self):
        qs = [Quantity(s) for s in GOOD]
        rows = self.conn.execute("SELECT array_agg(q ORDER BY q, i) FROM unnest(%s::quantity[]) WITH ORDINALITY u(q, i)",
                                 [qs]).fetchone()[0]
        self.assertEqual([str(q) for q in rows], [str(q) for q in sorted(qs)])

    def test_unit_table_matches_the_server(self):
        # every id of the client's table reads as the same unit on the server ...
        info = TypeInfo.fetch(self.conn, "quantity")

        class Raw(bytes):
            pass

        class RawDumper(Dumper):
            format = Format.BINARY
            oid = info.oid

            def dump(self, obj):
                return bytes(obj)

        self.conn.adapters.register_dumper(Raw, RawDumper)
        for u in U.UNITS_BY_ID.values():
            q = Quantity(2, u.symbol)
            self.assertEqual(self.conn.execute("SELECT %b::text", [Raw(q.to_binary())]).fetchone()[0], str(q))
        # ... and the server knows no unit id beyond the table: a new unit fails here
        nxt = max(U.UNITS_BY_ID) + 1
        with self.assertRaises(Exception) as cm:
            self.conn.execute("SELECT %b::text", [Raw(bytes([1, nxt, 0]) + bytes(16))])
        self.assertEqual(cm.exception.sqlstate, "22P03")
        self.assertIn(f"Unit id {nxt} is not known", cm.exception.diag.message_detail)

    def test_kind_ids_and_order_match_the_server(self):
        # a tally part carries the kind's id: one part per kind, in the client's KINDS
        rows = self.conn.execute(
            "SELECT k, quantity_tally_send(('1 ' || k)::quantity_tally) FROM unnest(%s::text[]) k",
            [[U.KIND_UNIT[k].symbol for k in U.KINDS]]).fetchall()
        self.assertEqual([bytes(b)[2] for _, b in rows], list(range(len(U.KINDS))))
        # the server sorts kinds by rank, not by id
        order = self.conn.execute(
            "SELECT array_agg(kind(q) ORDER BY q) FROM unnest(%s::quantity[]) q",
            [[Quantity(1, U.KIND_UNIT[k]) for k in reversed(U.KINDS)]]).fetchone()[0]
        self.assertEqual(order, U.KINDS_IN_ORDER)
        self.assertEqual([q.kind for q in sorted(Quantity(1, U.KIND_UNIT[k]) for k in U.KINDS)], order)
        # a tally of every kind (measured and estimated): same text, parts and bytes
        text = " + ".join(f"{p}2 {U.KIND_UNIT[k].symbol}" for k in reversed(U.KINDS) for p in ("", "~"))
        t = QuantityTally(text)
        srv_text, srv_bin = self.conn.execute("SELECT %s::quantity_tally::text, quantity_tally_send(%s::quantity_tally)",
                                              [text, text]).fetchone()
        self.assertEqual(str(t), srv_text)
        self.assertEqual(t.to_binary()[1:], bytes(srv_bin)[1:])
        self.assertEqual(QuantityTally.from_binary(srv_bin), t)
        self.assertEqual(len(t), 2 * len(U.KINDS))
        # ... and the server knows no kind id beyond the table
        info = TypeInfo.fetch(self.conn, "quantity_tally")

        class RawTally(bytes):
            pass

        class RawTallyDumper(Dumper):
            format = Format.BINARY
            oid = info.oid

            def dump(self, obj):
                return bytes(obj)

        self.conn.adapters.register_dumper(RawTally, RawTallyDumper)
        last = bytes([len(U.KINDS) - 1, 0]) + (10 ** 12).to_bytes(16, "big")
        self.assertEqual(self.conn.execute("SELECT %b::text", [RawTally(bytes([1, 1]) + last)]).fetchone()[0],
                         "1 " + U.KIND_UNIT[U.KINDS[-1]].symbol)
        with self.assertRaises(Exception) as cm:
            self.conn.execute("SELECT %b::text", [RawTally(bytes([1, 1, len(U.KINDS), 0]) + bytes(16))])
        self.assertEqual(cm.exception.sqlstate, "22P03")
        self.assertIn("unknown kind", cm.exception.diag.message_detail)

    def test_a_stale_unit_table_is_detected(self):
        from seizure.psycopg import ClientTableError, check_units
        lb = U.UNITS_BY_SYMBOL["lb"]
        lb.id = 6
        try:
            with self.assertRaisesRegex(ClientTableError, 'unit "lb" has another id'):
                check_units(self.conn)
        finally:
            lb.id = 5
        check_units(self.conn)

    def test_unknown_unit_names_the_client_version(self):
        with self.assertRaisesRegex(UnknownUnitError, r'unit "crates" is not known to the seizure client 0\.3\.0'):
            Quantity("3 crates")
        with self.assertRaisesRegex(UnknownUnitError, "unit id 200 is not known to the seizure client 0.3.0"):
            Quantity.from_binary(bytes([1, 200, 0]) + bytes(16))


if __name__ == "__main__":
    unittest.main()

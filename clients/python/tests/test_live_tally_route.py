"""QuantityTally and Route against the live extension."""
import random
import unittest

from common import LiveCase, client_verdict, connect, lines
from seizure import ROUTES, Quantity, QuantityTally, Route, RouteError

GOOD = lines("quantities.txt")


def generated_tallies(n, seed=7):
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = rnd.sample(GOOD, rnd.randrange(0, 6))
        sep = rnd.choice([" + ", "+", " +", "  +  "])
        s = sep.join(parts)
        if rnd.random() < 0.05:
            s += " +"               # dangling
        out.append(s)
    return out


class LiveTally(LiveCase):
    def test_text_input_agrees(self):
        inputs = generated_tallies(1500) + ["", "   ", "\x0b", "\x0c", "\x0b1 kg +\x0c", "1 kg +", "+ 1 kg", "1 kg + + 2 kg", "1e3 g + 2e-3 kg",
                                            "24.2 kg + ~7.2 kg + 2782 tablets", "1 kg + 2 tabs + 3 L + ~4 mL"]
        rows = self.conn.execute("SELECT s, pg_temp.try_tally(s) FROM unnest(%s::text[]) s", [inputs]).fetchall()
        bad = [(s, client_verdict(lambda: QuantityTally(s)), v) for s, v in rows
               if client_verdict(lambda: QuantityTally(s)) != v]
        self.assertEqual(bad[:10], [])

    def test_aggregate_binary_parts_and_projections(self):
        rnd = random.Random(11)
        bad = []
        compared = 0
        for _ in range(300):
            group = [Quantity(s) for s in rnd.sample(GOOD, rnd.randrange(1, 10))]
            try:
                mine = QuantityTally.of(group)
            except Exception as e:      # out of range: the server must refuse too
                with self.assertRaises(Exception) as cm:
                    self.conn.execute("SELECT tally(q) FROM unnest(%s::quantity[]) q", [group])
                self.assertEqual(cm.exception.sqlstate, e.sqlstate)
                continue
            with self.conn.cursor(binary=True) as cur:
                t_bin, = cur.execute("SELECT tally(q) FROM unnest(%s::quantity[]) q", [group]).fetchone()
            fmt = (lambda d: None if d is None else format(d, "f"))
            query = ("SELECT t, quantity_tally_send(t), mass_kg(t)::text, volume_l(t)::text, "
                     "item_count(t, 'tablet')::text, has_estimate(t), part(t, 'mass'), part(t, 'tablet'), "
                     "ARRAY(SELECT parts(t)), %s::quantity_tally = t, %b::quantity_tally = t "
                     "FROM (SELECT tally(q) t FROM unnest(%s::quantity[]) q) s")
            try:
                got = (mine, mine.to_binary()[1:], fmt(mine.mass_kg), fmt(mine.volume_l),
                       fmt(mine.item_count("tablet")), mine.has_estimate, mine.part("mass"), mine.part("tablet"),
                       mine.parts(), True, True)
            except Exception as e:      # a part() total out of range
                with self.assertRaises(Exception) as cm:
                    self.conn.execute(query, [mine, mine, group])
                self.assertEqual(cm.exception.sqlstate, e.sqlstate)
                continue
            row = self.conn.execute(query, [mine, mine, group]).fetchone()
            compared += 1
            want = (row[0], bytes(row[1])[1:]) + row[2:]
            if QuantityTally.from_binary(row[1]) != mine:
                bad.append((group, "from_binary"))
            if got != want or str(row[0]) != str(mine) or t_bin != mine or str(t_bin) != str(mine):
                bad.append((group, got, want))
        self.assertEqual(bad[:5], [])
        self.assertGreater(compared, 100)

    def test_arrays_nulls_and_empty(self):
        ts = [QuantityTally("1 kg + 2 tablets"), None, QuantityTally(""), QuantityTally("~3 L")]
        for binary in (False, True):
            with self.conn.cursor(binary=binary) as cur:
                row = cur.execute("SELECT %s::quantity_tally[], NULL::quantity_tally, ''::quantity_tally",
                                  [ts]).fetchone()
                self.assertEqual(row[0], ts)
                self.assertIsNone(row[1])
                self.assertEqual(str(row[2]), "")
                self.assertEqual(len(row[2]), 0)

    def test_sum_of_tallies(self):
        ts = [QuantityTally("1 kg + 2 tablets"), QuantityTally("~3 L + 500 g"), QuantityTally("1 tablet")]
        row = self.conn.execute("SELECT sum(t) FROM unnest(%s::quantity_tally[]) t", [ts]).fetchone()
        self.assertEqual(row[0], sum(ts))
        self.assertEqual(str(row[0]), "1.5 kg + ~3 L + 3 tablets")


class LiveRoute(LiveCase):
    def test_every_route_text_and_binary(self):
        rows = self.conn.execute("SELECT r, r::text, route_send(r) FROM unnest(%s::route[]) u(r) ORDER BY 1",
                                 [list(reversed(ROUTES))]).fetchall()
        self.assertEqual([r[1] for r in rows], list(ROUTES))
        for r, text, binary in rows:
            self.assertIsInstance(r, Route)
            self.assertEqual(Route(text).to_binary(), bytes(binary))
            self.assertEqual(Route.from_binary(binary), r)
        with self.conn.cursor(binary=True) as cur:
            row = cur.execute("SELECT %s::route[], 'EMS'::route, NULL::route, %b::route < %b::route",
                              [[Route(x) for x in ROUTES] + [None], Route("traveler"), Route("other")]).fetchone()
        self.assertEqual(row[0], list(ROUTES) + [None])
        self.assertEqual(row[1], "international_mail")
        self.assertIsNone(row[2])
        self.assertTrue(row[3])
        self.assertEqual(sorted(Route(x) for x in reversed(ROUTES)), list(ROUTES))

    def test_the_server_has_no_route_the_client_lacks(self):
        with self.assertRaises(Exception) as cm:
            self.conn.execute("SELECT %b::route", [_RawRoute(bytes([len(ROUTES)]))])
        self.assertEqual(cm.exception.sqlstate, "22P03")

    def test_bad_routes_raise_before_sending(self):
        with self.assertRaisesRegex(RouteError, 'invalid input syntax for type route: "EMS"'):
            Route("EMS")
        with self.assertRaisesRegex(RouteError, "not known to the seizure client"):
            Route.from_binary(b"\x08")


class _RawRoute(bytes):
    pass


def setUpModule():
    from psycopg.adapt import Dumper
    from psycopg.pq import Format
    with connect() as conn:
        oid = conn.execute("SELECT 'route'::regtype::oid").fetchone()[0]

    class RawRouteDumper(Dumper):
        format = Format.BINARY

        def dump(self, obj):
            return bytes(obj)
    RawRouteDumper.oid = oid
    import psycopg
    psycopg.adapters.register_dumper(_RawRoute, RawRouteDumper)


if __name__ == "__main__":
    unittest.main()

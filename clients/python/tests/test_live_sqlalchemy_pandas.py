"""SQLAlchemy types and reflection, and a pandas read -> group -> write cycle that keeps
quantity columns as quantity with exact values, on the demo seizures."""
import os
import subprocess
import sys
import unittest
import warnings
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.exc import StatementError

from common import HERE, connect
from seizure import Quantity, QuantityError, QuantitySyntaxError, QuantityTally, Route
from seizure import pandas as sp
from seizure import sqlalchemy as st

DEMO_CSV = os.path.join(HERE, "..", "..", "..", "demo", "silent_sweeper_ii.csv")

SETUP = """
DROP TABLE IF EXISTS client_kinds, client_seizure, client_by_substance, client_orm;
CREATE TABLE client_kinds (id int, q quantity, qm quantity(mass), t quantity_tally, r route,
                           qa quantity[], ta quantity_tally[], ra route[]);
INSERT INTO client_kinds VALUES
  (1, '18.5 kg', '~7.2 kg', '24.2 kg + ~7.2 kg + 2782 tablets', 'EMS', '{18.5 kg,NULL,~2 tablets}',
   '{"1 kg + 2 tablets",NULL}', '{traveler,other}'),
  (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
CREATE TABLE client_seizure (seizure_id int, seized_on date, route_raw text, remarks text, substance_raw text,
  quantity_raw text, c7 text, c8 text, c9 text, c10 text, c11 text, c12 text);
"""


def engine():
    url = sa.engine.URL.create("postgresql+psycopg2", username=os.environ.get("PGUSER"),
                               host=os.environ.get("PGHOST"), port=os.environ.get("PGPORT"),
                               database=os.environ.get("PGDATABASE"))
    return st.install(sa.create_engine(url))


class LiveSQLAlchemy(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with connect() as conn:
            conn.execute(SETUP)
        cls.engine = engine()

    def test_reflection_raises_no_warning(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            md = sa.MetaData()
            t = sa.Table("client_kinds", md, autoload_with=self.engine)
        types = {c.name: c.type for c in t.columns}
        self.assertIsInstance(types["q"], st.Quantity)
        self.assertIsNone(types["q"].dimension)
        self.assertIsInstance(types["qm"], st.Quantity)
        self.assertEqual(types["qm"].dimension, "mass")
        self.assertIsInstance(types["t"], st.QuantityTally)
        self.assertIsInstance(types["r"], st.Route)
        self.assertIsInstance(types["qa"].item_type, st.Quantity)
        self.assertIsInstance(types["ra"].item_type, st.Route)
        with self.engine.connect() as c:
            row = c.execute(sa.select(t).where(t.c.id == 1)).one()
            nulls = c.execute(sa.select(t).where(t.c.id == 2)).one()
        self.assertEqual(row.q, Quantity("18.5 kg"))
        self.assertEqual(str(row.qm), "~7.2 kg")
        self.assertEqual(str(row.t), "24.2 kg + ~7.2 kg + 2782 tablets")
        self.assertEqual(row.r, Route("international_mail"))
        self.assertEqual(row.qa, [Quantity("18.5 kg"), None, Quantity("~2 tablets")])
        self.assertEqual(row.ta, [QuantityTally("1 kg + 2 tablets"), None])
        self.assertEqual(row.ra, ["traveler", "other"])
        self.assertEqual(tuple(nulls)[1:], (None,) * 7)

    def test_reflection_without_the_module_warns(self):
        # what the module prevents: the test above would fail without it
        code = ("import warnings, sqlalchemy as sa, sys; sys.path.insert(0, sys.argv[1]); "
                "warnings.simplefilter('error'); from test_live_sqlalchemy_pandas import engine; "
                "import seizure.sqlalchemy as st; e = st.install; "
                "from sqlalchemy.dialects.postgresql import base; "
                "[base.ischema_names.pop(k) for k in ('quantity', 'quantity_tally', 'route')]; "
                "sa.Table('client_kinds', sa.MetaData(), autoload_with=engine())")
        r = subprocess.run([sys.executable, "-c", code, HERE], capture_output=True, text=True)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("Did not recognize type 'quantity'", r.stderr)

    def test_columns_queries_and_bad_values(self):
        md = sa.MetaData()
        t = sa.Table("client_orm", md, sa.Column("id", sa.Integer), sa.Column("q", st.Quantity()),
                     sa.Column("net", st.Quantity("mass")), sa.Column("r", st.Route()))
        md.create_all(self.engine)
        with self.engine.begin() as c:
            c.execute(t.insert(), [{"id": 1, "q": Quantity("18.5 kg"), "net": "1.2 lb", "r": Route("traveler")},
                                   {"id": 2, "q": "2,782정", "net": None, "r": "other"},
                                   {"id": 3, "q": "~7.2 kg", "net": Quantity("500 g"), "r": None}])
        with self.engine.connect() as c:
            rows = c.execute(sa.select(t.c.q, t.c.net, t.c.r).order_by(t.c.id)).all()
            mass = c.execute(sa.select(sa.func.sum(t.c.q), sa.func.tally(t.c.q), st.tally(t.c.net))
                             .where(t.c.id != 2)).one()
            everything = c.execute(sa.select(sa.func.tally(t.c.q))).scalar_one()
            found = c.execute(sa.select(t.c.id).where(t.c.q > Quantity("18 kg"))).scalars().all()
        self.assertEqual([tuple(map(str, r)) for r in rows],
                         [("18.5 kg", "1.2 lb", "traveler"), ("2782 tablets", "None", "other"),
                          ("~7.2 kg", "500 g", "None")])
        self.assertIsInstance(mass[0], Quantity)
        self.assertEqual(str(mass[0]), "~25.7 kg")
        self.assertEqual(str(mass[1]), "18.5 kg + ~7.2 kg")
        self.assertEqual(str(mass[2]), "1.044310844 kg")
        self.assertIsInstance(everything, QuantityTally)
        self.assertEqual(str(everything), "18.5 kg + ~7.2 kg + 2782 tablets")
        self.assertEqual(found, [1, 2])     # counts sort after masses, as in SQL
        # bad values fail in the client, before anything is sent
        sent = []
        sa.event.listen(self.engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
        for values, exc in (({"q": "18,5 kg"}, QuantitySyntaxError), ({"net": "2 tablets"}, ValueError),
                            ({"r": "EMS"}, ValueError), ({"q": 18.5}, TypeError)):
            with self.subTest(values=values), self.engine.begin() as c:
                with self.assertRaises(StatementError) as cm:
                    c.execute(t.insert(), [dict({"id": 9}, **values)])
                self.assertIsInstance(cm.exception.orig, exc)
        self.assertEqual(sent, [])
        with self.assertRaises(QuantityError):
            Quantity("18,5 kg")


class LivePandas(unittest.TestCase):
    """The analyst's cycle on the demo data: read, group, write, read back."""

    @classmethod
    def setUpClass(cls):
        cls.engine = engine()
        with connect() as conn:
            conn.execute(SETUP)
            with open(DEMO_CSV, encoding="utf-8") as f, \
                    conn.cursor().copy("COPY client_seizure FROM STDIN (FORMAT csv, HEADER)") as cp:
                cp.write(f.read())
            conn.execute("""
                CREATE TEMP VIEW v AS SELECT seizure_id, normalize_substance(substance_raw) AS substance,
                       quantity_raw::quantity AS q FROM client_seizure""")
            conn.execute("DROP TABLE IF EXISTS client_demo; CREATE TABLE client_demo AS SELECT * FROM v")
            conn.execute("ALTER TABLE client_demo ADD COLUMN big numeric")
            conn.execute("UPDATE client_demo SET big = 123456789.123456789123 + seizure_id")

    def test_read_group_write_keeps_quantities_exact(self):
        df = sp.read_sql("SELECT seizure_id, substance, q, mass_kg(q) AS kg, big FROM client_demo", self.engine)
        self.assertTrue(all(isinstance(v, Quantity) for v in df["q"]))
        self.assertEqual(df.loc[df.seizure_id == 1, "big"].iloc[0], Decimal("123456790.123456789123"))
        # no float anywhere: pandas' default would have rounded big to float64
        self.assertFalse(any(isinstance(v, float) for col in ("kg", "big") for v in df[col].dropna()))
        masses = df[df["q"].map(lambda q: q.dimension == "mass")]
        g = masses.groupby("substance", dropna=False).agg(total=("q", sp.quantity_sum), kg=("kg", "sum"),
                                           big=("big", "sum")).reset_index()
        t = df.groupby("substance", dropna=False).agg(t=("q", sp.tally)).reset_index()
        g = g.merge(t, on="substance", how="outer")
        tallies = sp.split_tally(g["t"], prefix="t_")
        g = g.join(tallies)
        with self.engine.begin() as c:
            sp.to_sql(g, "client_by_substance", c, if_exists="replace", index=False)
        with connect() as conn:
            types = dict(conn.execute(
                "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                "WHERE attrelid = 'client_by_substance'::regclass AND attnum > 0").fetchall())
            self.assertEqual((types["total"], types["t"], types["kg"], types["big"], types["t_mass_kg"]),
                             ("quantity", "quantity_tally", "numeric", "numeric", "numeric"))
            # the independent computation: the server's own aggregates over the same rows
            diff = conn.execute("""
                SELECT s.substance, w.substance FROM
                  (SELECT substance, sum(q) FILTER (WHERE dimension(q) = 'mass') AS total,
                          sum(mass_kg(q)) AS kg, sum(big) FILTER (WHERE dimension(q) = 'mass') AS big,
                          tally(q) AS t
                   FROM client_demo GROUP BY substance) s
                FULL JOIN client_by_substance w ON w.substance IS NOT DISTINCT FROM s.substance
                  AND w.total::text IS NOT DISTINCT FROM s.total::text AND w.kg IS NOT DISTINCT FROM s.kg
                  AND w.big IS NOT DISTINCT FROM s.big
                  AND w.t = s.t AND w.t::text = s.t::text
                  AND w.t_mass_kg IS NOT DISTINCT FROM mass_kg(s.t)
                  AND w.t_has_estimate = has_estimate(s.t)
                WHERE s.t IS NULL OR w.t IS NULL""").fetchall()
            self.assertEqual(diff, [])
            n = conn.execute("SELECT count(*) FROM client_by_substance").fetchone()[0]
            self.assertEqual(n, conn.execute("SELECT count(DISTINCT coalesce(substance, '')) FROM client_demo").fetchone()[0])
        # and back again: the written table reads as objects, through psycopg 3 too
        with connect() as conn:
            back = sp.read_sql("SELECT substance, total, t, big FROM client_by_substance ORDER BY substance", conn)
        plain = (lambda col: [None if sp._isna(v) else str(v) for v in col])
        self.assertEqual(plain(back["total"]), plain(g.sort_values("substance")["total"]))
        self.assertTrue(all(isinstance(v, QuantityTally) for v in back["t"]))
        self.assertEqual(plain(back["big"]), plain(g.sort_values("substance")["big"]))

    def test_split_tally_matches_the_projections(self):
        with connect() as conn:
            rows = conn.execute(
                "SELECT tally(q)::text, mass_kg(tally(q))::text, volume_l(tally(q))::text, "
                "item_count(tally(q), 'tablet')::text, has_estimate(tally(q)) "
                "FROM client_demo GROUP BY substance ORDER BY substance").fetchall()
        import pandas as pd
        split = sp.split_tally(pd.Series([QuantityTally(r[0]) for r in rows]))
        fmt = (lambda d: None if d is None else format(d, "f"))
        for i, r in enumerate(rows):
            got = (fmt(split["mass_kg"][i]) if "mass_kg" in split else None,
                   fmt(split["volume_l"][i]) if "volume_l" in split else None,
                   fmt(split["tablets"][i]) if "tablets" in split else None, split["has_estimate"][i])
            self.assertEqual(got, r[1:], r[0])
        self.assertIn("tablets", split)

    def test_coerce_float_is_refused(self):
        with self.assertRaisesRegex(ValueError, "coerce_float"):
            sp.read_sql("SELECT 1", self.engine, coerce_float=True)


if __name__ == "__main__":
    unittest.main()

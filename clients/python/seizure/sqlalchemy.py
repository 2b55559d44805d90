"""SQLAlchemy types for the extension: Quantity, QuantityTally and Route.

Importing this module teaches the PostgreSQL dialect the three type names, so
reflection recognises them (no "Did not recognize type" warning), and gives
func.tally() its result type.  install(engine) makes raw results (text()
queries, pandas.read_sql) and arrays arrive as objects too, with psycopg2.
"""
from sqlalchemy import event
from sqlalchemy.dialects.postgresql import base as _pg
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.types import UserDefinedType

from .quantity import Quantity as _Quantity
from .route import Route as _Route
from .tally import QuantityTally as _QuantityTally

_DIMENSIONS = ("mass", "volume", "count")


class _SeizureType(UserDefinedType):
    cache_ok = True
    python_class = None
    type_name = None

    def get_col_spec(self, **kw):
        return self.type_name

    def bind_processor(self, dialect):
        cls = self.python_class

        def process(value):
            if value is None:
                return None
            # a str is parsed here, so a bad value fails before it is sent
            return str(value if isinstance(value, cls) else cls(value))
        return process

    def result_processor(self, dialect, coltype):
        cls = self.python_class

        def process(value):
            if value is None or isinstance(value, cls):
                return value
            return cls(value)
        return process

    @property
    def python_type(self):
        return self.python_class


class Quantity(_SeizureType):
    """quantity, or quantity(mass | volume | count) with a dimension."""

    cache_ok = True
    python_class = _Quantity
    type_name = "quantity"

    def __init__(self, dimension=None):
        if dimension is not None and dimension not in _DIMENSIONS:
            raise ValueError(f"a quantity column's dimension is one of {', '.join(_DIMENSIONS)}, "
                             f"not {dimension!r}")
        self.dimension = dimension

    def get_col_spec(self, **kw):
        return "quantity" if self.dimension is None else f"quantity({self.dimension})"

    def bind_processor(self, dialect):
        base = super().bind_processor(dialect)
        dim = self.dimension

        def process(value):
            text = base(value)
            if dim is not None and text is not None and _Quantity(text).dimension != dim:
                raise ValueError(f'"{text}" does not fit type quantity({dim})')
            return text
        return process


class QuantityTally(_SeizureType):
    cache_ok = True
    python_class = _QuantityTally
    type_name = "quantity_tally"


class Route(_SeizureType):
    cache_ok = True
    python_class = _Route
    type_name = "route"


_pg.ischema_names.update({"quantity": Quantity, "quantity_tally": QuantityTally, "route": Route})


class tally(GenericFunction):
    """tally(quantity) -> quantity_tally"""

    type = QuantityTally()
    inherit_cache = True


def install(engine):
    """Registers psycopg2 type casters on every connection of the engine, so
    results of raw SQL and arrays of the types arrive as objects."""
    if engine.dialect.driver != "psycopg2":
        raise ValueError("install() supports the psycopg2 driver; with psycopg 3 use "
                         "seizure.psycopg.register_types on the connection")

    @event.listens_for(engine, "connect")
    def _register(dbapi_conn, record):
        register_psycopg2(dbapi_conn)
    return engine


def register_psycopg2(conn):
    """Type casters for the three types and their arrays on a psycopg2 connection."""
    import psycopg2.extensions as ext

    with conn.cursor() as cur:
        cur.execute(
            "SELECT t.typname, t.oid, t.typarray FROM pg_type t "
            "JOIN pg_extension e ON e.extname = 'seizure' AND t.typnamespace = e.extnamespace "
            "WHERE t.typname IN ('quantity', 'quantity_tally', 'route')")
        rows = cur.fetchall()
    if len(rows) != 3:
        raise LookupError("the seizure extension is not installed in this database "
                          "(CREATE EXTENSION seizure)")
    classes = {"quantity": _Quantity, "quantity_tally": _QuantityTally, "route": _Route}
    for name, oid, array_oid in rows:
        cls = classes[name]
        caster = ext.new_type((oid,), name.upper(),
                              lambda value, cur, cls=cls: None if value is None else cls(value))
        ext.register_type(caster, conn)
        ext.register_type(ext.new_array_type((array_oid,), name.upper() + "[]", caster), conn)
    conn.commit() if not conn.autocommit else None

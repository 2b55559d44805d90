"""psycopg 3 adapters: register_types(conn) makes quantity, quantity_tally and route
columns (and arrays of them) arrive as Quantity, QuantityTally and Route, in text
and binary results, and sends those objects back in either format."""
from psycopg import sql
from psycopg.adapt import Dumper, Loader
from psycopg.pq import Format
from psycopg.types import TypeInfo

from . import units as U
from .quantity import Quantity
from .route import Route
from .tally import QuantityTally


class ClientTableError(RuntimeError):
    """The client's unit table disagrees with the server's: they are different versions."""


def _text(data):
    return bytes(data).decode("utf-8")


class QuantityLoader(Loader):
    def load(self, data):
        return Quantity(_text(data))


class QuantityBinaryLoader(Loader):
    format = Format.BINARY

    def load(self, data):
        return Quantity.from_binary(data)


class TallyLoader(Loader):
    def load(self, data):
        return QuantityTally(_text(data))


class TallyBinaryLoader(Loader):
    format = Format.BINARY

    def load(self, data):
        return QuantityTally.from_binary(data)


class RouteLoader(Loader):
    def load(self, data):
        return Route(_text(data))


class RouteBinaryLoader(Loader):
    format = Format.BINARY

    def load(self, data):
        return Route.from_binary(data)


class _TextDumper(Dumper):
    def dump(self, obj):
        return str(obj).encode("utf-8")


class _BinaryDumper(Dumper):
    format = Format.BINARY

    def dump(self, obj):
        return obj.to_binary()


_TYPES = (
    ("quantity", Quantity, QuantityLoader, QuantityBinaryLoader),
    ("quantity_tally", QuantityTally, TallyLoader, TallyBinaryLoader),
    ("route", Route, RouteLoader, RouteBinaryLoader),
)


def _schema(conn):
    row = conn.execute(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'seizure'").fetchone()
    if row is None:
        raise LookupError("the seizure extension is not installed in this database "
                          "(CREATE EXTENSION seizure)")
    return row[0]


def register_types(conn, check=True):
    """Registers loaders and dumpers for the extension's types on a connection (or cursor).

    With check=True (the default) the client's unit table is compared with the
    server's first, so that a client older or newer than the extension fails
    here instead of misreading a value later.
    """
    schema = _schema(conn)
    adopt_units(conn, schema)
    if check:
        check_units(conn, schema)
    ctx = conn.adapters
    for name, cls, text_loader, binary_loader in _TYPES:
        info = TypeInfo.fetch(conn, sql.Identifier(schema, name))
        info.register(conn)     # arrays of the type
        ctx.register_loader(info.oid, text_loader)
        ctx.register_loader(info.oid, binary_loader)
        # the last registered format is the one a plain %s uses: text, which
        # every version of the extension reads
        ctx.register_dumper(cls, type(f"{cls.__name__}BinaryDumper", (_BinaryDumper,), {"oid": info.oid}))
        ctx.register_dumper(cls, type(f"{cls.__name__}TextDumper", (_TextDumper,), {"oid": info.oid}))


def adopt_units(conn, schema=None):
    """Reads the server's unit table (quantity_units(), 0.3.0 and later) into the client's.

    Units the client does not know are added with the names the server reads
    them from; one the client knows otherwise is a ClientTableError.  A
    server before 0.3.0 has no such function: the client's own table stands.
    Returns the symbols added.
    """
    schema = schema or _schema(conn)
    has = conn.execute(
        "SELECT EXISTS (SELECT FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE p.proname = 'quantity_units' AND n.nspname = %s AND p.pronargs = 0)", [schema]).fetchone()[0]
    if not has:
        return []
    rows = conn.execute(sql.SQL(
        "SELECT id, symbol, plural, kind, dimension, kind_id, kind_rank, steps, metric_rank, aliases "
        "FROM {}.quantity_units() ORDER BY id").format(sql.Identifier(schema))).fetchall()
    try:
        return U.adopt_server_units(rows)
    except U.UnknownUnitError as e:
        raise ClientTableError(f"{e}: use the client that matches the extension") from e


def check_units(conn, schema=None):
    """Compares every unit and kind of the client's table with the server's binary forms."""
    schema = schema or _schema(conn)
    names = [u.symbol for u in U.UNITS_BY_ID.values()]
    query = sql.SQL(
        "SELECT s, {}.quantity_send(('1 ' || s)::{}.quantity), "
        "{}.quantity_tally_send(('1 ' || s)::{}.quantity_tally) FROM unnest(%s::text[]) s"
    ).format(*[sql.Identifier(schema)] * 4)
    with conn.cursor() as cur:
        try:
            with conn.transaction():
                rows = cur.execute(query, [names]).fetchall()
        except Exception as e:      # a unit the server does not know: find which
            missing = [n for n in names if not _server_knows(conn, schema, n)]
            raise ClientTableError(
                f"the seizure extension on this server does not know the unit(s) {missing} of "
                f"the seizure client {U.__version__}: use the client that matches the extension"
            ) from e
    for symbol, qbin, tbin in rows:
        unit = U.UNITS_BY_SYMBOL[symbol]
        # the server may write a newer format version than the client: compare what the bytes say
        want = Quantity(1, unit)
        try:
            same = (bytes(qbin)[1:] == want.to_binary()[1:] and Quantity.from_binary(qbin) == want
                    and QuantityTally.from_binary(tbin) == QuantityTally(want))
        except ValueError:
            same = False
        if not same:
            raise ClientTableError(
                f'unit "{symbol}" has another id or kind on the server than in the seizure client '
                f"{U.__version__}: use the client that matches the extension")


def _server_knows(conn, schema, name):
    try:
        with conn.transaction():
            conn.execute(sql.SQL("SELECT ('1 ' || %s)::{}.quantity").format(sql.Identifier(schema)), [name])
        return True
    except Exception:
        return False

"""pandas helpers: exact reads, tallies split into plain columns, and writes that
keep quantity columns as quantity.

pandas turns numeric columns into float64 unless told not to; read_sql() here
never does, and with a psycopg 3 connection or an engine set up by
seizure.sqlalchemy.install() the extension's types arrive as objects.
"""
from decimal import Decimal

import pandas as pd

from . import units as U
from .quantity import Quantity, sum_quantities
from .route import Route
from .tally import QuantityTally


def read_sql(query, con, params=None, **kwargs):
    """pandas.read_sql with exact values: numeric as Decimal, the extension's types as objects.

    con is a psycopg 3 connection (register_types is applied to it) or a
    SQLAlchemy engine / connection (use seizure.sqlalchemy.install(engine)).
    """
    try:
        import psycopg
    except ImportError:     # pragma: no cover
        psycopg = None
    if psycopg is not None and isinstance(con, psycopg.Connection):
        from .psycopg import register_types
        register_types(con)
        with con.cursor() as cur:
            cur.execute(query, params)
            columns = [d.name for d in cur.description]
            return pd.DataFrame.from_records(cur.fetchall(), columns=columns, **kwargs)
    kwargs.setdefault("coerce_float", False)
    if kwargs["coerce_float"]:
        raise ValueError("coerce_float=True would turn exact numerics into floats")
    import sqlalchemy as sa
    if isinstance(query, str):
        query = sa.text(query)      # a plain string would take a path SQLAlchemy 2.0 removes
    if isinstance(con, sa.engine.Engine):
        with con.connect() as conn:
            return pd.read_sql(query, conn, params=params, **kwargs)
    return pd.read_sql(query, con, params=params, **kwargs)


def quantity_sum(values):
    """The sum of quantities as the extension's sum() computes it (None and NaN skipped)."""
    return sum_quantities(q for q in values if isinstance(q, Quantity))


def tally(values):
    """The tally of quantities, as tally() in SQL; for groupby(...).agg(tally)."""
    return QuantityTally.of(q for q in values if isinstance(q, Quantity))


def split_tally(series, prefix=""):
    """Splits a column of QuantityTally into plain exact columns.

    Columns: mass_kg, volume_l, one column per count unit present, named by
    its plural with "_" for a space (tablets, dosage_units), and has_estimate;
    amounts are Decimal, absent parts None.
    """
    tallies = [t if isinstance(t, QuantityTally) else None for t in series]
    kinds = []
    for t in tallies:
        for k in (t.kinds() if t is not None else ()):
            if k not in kinds:
                kinds.append(k)
    kinds.sort(key=U.KIND_RANK.get)
    names = {"mass": "mass_kg", "volume": "volume_l"}
    data = {}
    for k in kinds:
        col = prefix + names.get(k, U.KIND_UNIT[k].plural.replace(" ", "_"))
        data[col] = [None if t is None or t.part(k) is None else t.part(k).amount for t in tallies]
    data[prefix + "has_estimate"] = [None if t is None else t.has_estimate for t in tallies]
    return pd.DataFrame(data, index=series.index)


def _isna(v):
    if isinstance(v, (Quantity, QuantityTally, Route, Decimal)):
        return False
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def sql_dtypes(df):
    """SQLAlchemy types for the columns of df that hold the extension's objects or Decimals."""
    from sqlalchemy import Numeric

    from . import sqlalchemy as sa_types
    types = {}
    for col in df.columns:
        values = [v for v in df[col] if not _isna(v)]
        if not values:
            continue
        if all(isinstance(v, Quantity) for v in values):
            types[col] = sa_types.Quantity()
        elif all(isinstance(v, QuantityTally) for v in values):
            types[col] = sa_types.QuantityTally()
        elif all(isinstance(v, Route) for v in values):
            types[col] = sa_types.Route()
        elif all(isinstance(v, Decimal) for v in values):
            types[col] = Numeric()
    return types


def to_sql(df, name, con, dtype=None, **kwargs):
    """DataFrame.to_sql that creates quantity, quantity_tally, route and numeric columns
    for columns holding those objects, instead of text and float."""
    types = sql_dtypes(df)
    types.update(dtype or {})
    return df.to_sql(name, con, dtype=types, **kwargs)

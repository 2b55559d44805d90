"""Shared set-up of the live tests: a connection to the test cluster (PG* variables)
and the input lists both clients are tested on."""
import os
import unittest

import psycopg

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.join(HERE, "..", "..", "testdata")


def lines(name):
    with open(os.path.join(TESTDATA, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip() and not ln.startswith("#")]


def connect():
    return psycopg.connect("", autocommit=True)


# The server's verdict on a text: its output or its SQLSTATE, never an exception.
TRY_FUNCTIONS = """
CREATE OR REPLACE FUNCTION pg_temp.try_quantity(s text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RETURN s::quantity::text;
EXCEPTION WHEN others THEN RETURN 'ERROR ' || SQLSTATE; END $$;
CREATE OR REPLACE FUNCTION pg_temp.try_tally(s text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RETURN s::quantity_tally::text;
EXCEPTION WHEN others THEN RETURN 'ERROR ' || SQLSTATE; END $$;
CREATE OR REPLACE FUNCTION pg_temp.try_sql(expr text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN EXECUTE 'SELECT (' || expr || ')::text' INTO r; RETURN r;
EXCEPTION WHEN others THEN RETURN 'ERROR ' || SQLSTATE; END $$;
"""


class LiveCase(unittest.TestCase):
    """A test case with one connection for the class, the seizure types registered
    and the try_* functions above created."""

    @classmethod
    def setUpClass(cls):
        from seizure.psycopg import register_types
        cls.conn = connect()
        cls.conn.execute(TRY_FUNCTIONS)
        register_types(cls.conn)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()


def client_verdict(fn):
    """fn()'s str, or "ERROR <sqlstate>" of the client's exception."""
    from seizure import QuantityError, RouteError, UnknownUnitError
    try:
        return str(fn())
    except (QuantityError, RouteError, UnknownUnitError) as e:
        return "ERROR " + e.sqlstate


def sql_literal(s):
    return "'" + s.replace("'", "''") + "'"

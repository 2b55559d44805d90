"""Exact values of the seizure PostgreSQL extension for Python.

Quantity, QuantityTally and Route mirror the extension's types; the
seizure.psycopg, seizure.sqlalchemy and seizure.pandas modules plug them into
those libraries (each imports its library only when used).
"""
from ._version import __version__
from .quantity import (BinaryFormatError, MixedKindsError, Quantity, QuantityError,
                       QuantityRangeError, QuantitySyntaxError, sum_quantities)
from .route import ROUTES, Route, RouteError
from .tally import QuantityTally
from .units import UnknownUnitError

__all__ = ["__version__", "Quantity", "QuantityTally", "Route", "ROUTES", "QuantityError",
           "QuantitySyntaxError", "QuantityRangeError", "MixedKindsError", "BinaryFormatError",
           "RouteError", "UnknownUnitError", "sum_quantities"]

"""Quantity: an exact amount with its unit, as the extension's quantity type."""
import struct
from decimal import Decimal
from fractions import Fraction
from functools import total_ordering

from . import units as U
from ._amount import LIMIT, NumberSyntax, format_amount, parse_number, scale

_SPACE = " \t\n\r\f\v"
ESTIMATE = 0x01
BINARY_VERSION = 1          # written when the weight basis is unstated
BINARY_VERSION_BASIS = 2    # written, and read, when a weight basis is set


class QuantityError(ValueError):
    """A value the extension would refuse; sqlstate says which of its errors it mirrors."""

    sqlstate = "22023"

    def __init__(self, message, detail=None, sqlstate=None):
        super().__init__(message if detail is None else f"{message}: {detail}")
        self.message = message
        self.detail = detail
        if sqlstate:
            self.sqlstate = sqlstate


class QuantitySyntaxError(QuantityError):
    sqlstate = "22P02"


class QuantityRangeError(QuantityError):
    sqlstate = "22003"


class MixedKindsError(QuantityError):
    sqlstate = "22000"


class BinaryFormatError(QuantityError):
    sqlstate = "22P03"


_RANGE_DETAIL = {
    "mass": "A mass must be smaller than 100000000000 kg in magnitude.",
    "volume": "A volume must be smaller than 100000000000000 L in magnitude.",
    "count": "A count must be smaller than 100000000000000 in magnitude.",
}


def check_range(steps, what="quantity out of range"):
    if not -LIMIT < steps < LIMIT:
        raise QuantityRangeError(
            what, "A quantity must be smaller than 100000000000 kg, 100000000000000 L "
                  "or 100000000000000 items in magnitude.")
    return steps


def _split_basis(unit_text):
    """Splits a trailing weight basis word off the unit text."""
    words = unit_text.split()
    if len(words) > 1:
        basis = U.BASIS_ALIASES.get(U.fold_name(words[-1]))
        if basis is not None:
            return " ".join(words[:-1]), basis
    return unit_text, None


def parse_quantity(text, shown=None, typname="quantity"):
    """Parses the extension's text form into (steps, unit, estimate, basis)."""
    if not isinstance(text, str):
        raise TypeError(f"a quantity is parsed from str, not {type(text).__name__}")
    shown = text if shown is None else shown

    def syntax(detail):
        return QuantitySyntaxError(f'invalid input syntax for type {typname}: "{shown}"', detail)

    s = text.lstrip(_SPACE)
    estimate = s.startswith("~")
    if estimate:
        s = s[1:].lstrip(_SPACE)
    try:
        neg, digits, exp10, end = parse_number(s)
    except NumberSyntax as e:
        raise syntax(str(e)) from None
    unit_text = s[end:].strip(_SPACE)
    if not unit_text:
        raise syntax("The unit is missing.")
    unit_text, basis = _split_basis(unit_text)
    unit = U.lookup_unit(unit_text)
    if unit is None:
        why = U.rejection(unit_text)
        if why:
            raise syntax(why)
        raise U.unknown_unit(unit_text)
    if basis is not None and unit.kind != "mass":
        raise syntax(f"Only a mass has a weight basis; {U.kind_phrase(unit.kind)} does not.")
    steps = scale(neg, digits, exp10, unit.mult, unit.exp)
    if steps is None:
        raise QuantityRangeError(f'value "{shown}" is out of range for type {typname}',
                                 _RANGE_DETAIL[unit.dimension])
    return steps, unit, estimate, basis


def _exact_number(n, what):
    """An exact rational from an int, Decimal, Fraction or decimal str; floats are refused."""
    if isinstance(n, bool) or isinstance(n, float):
        raise TypeError(f"{what} must be exact (int, Decimal, Fraction or str), not {type(n).__name__}")
    if isinstance(n, str):
        n = Decimal(n)
    if isinstance(n, Decimal):
        if not n.is_finite():
            raise QuantityError(f"a quantity cannot be {n}", "Quantities are finite amounts.")
        return Fraction(n)
    if isinstance(n, (int, Fraction)):
        return Fraction(n)
    raise TypeError(f"{what} must be exact (int, Decimal, Fraction or str), not {type(n).__name__}")


@total_ordering
class Quantity:
    """An exact amount of a substance with its unit: Quantity("18.5 kg"), Quantity("2", "tablets").

    Immutable.  str() is the extension's text form; == and < follow its order
    (kind, amount across units, measured before estimated, then weight basis).
    """

    __slots__ = ("_steps", "_unit", "_estimate", "_basis")

    def __init__(self, value, unit=None, *, estimate=False, basis=None):
        if unit is None:
            steps, u, est, b = parse_quantity(value)
            estimate = estimate or est
            basis = basis if basis is not None else b
        else:
            u = U.unit(unit)
            steps = round(_exact_number(value, "an amount") * u.steps)
            check_range(steps, f'value "{value} {u.symbol}" is out of range for type quantity')
        if basis is not None:
            basis = U.BASIS_ALIASES.get(U.fold_name(str(basis)))
            if basis is None:
                raise QuantityError("unknown weight basis", "A weight basis is net, bulk or gross.")
            if u.kind != "mass":
                raise QuantityError("only a mass has a weight basis",
                                    f"{U.kind_phrase(u.kind).capitalize()} has none.")
        self._init(steps, u, bool(estimate), basis)

    def _init(self, steps, unit, estimate, basis):
        object.__setattr__(self, "_steps", steps)
        object.__setattr__(self, "_unit", unit)
        object.__setattr__(self, "_estimate", estimate)
        object.__setattr__(self, "_basis", basis)

    @classmethod
    def _make(cls, steps, unit, estimate=False, basis=None):
        check_range(steps)
        q = object.__new__(cls)
        q._init(steps, unit, estimate, basis)
        return q

    def __setattr__(self, name, value):
        raise AttributeError("Quantity is immutable")

    # -- attributes ------------------------------------------------------
    @property
    def amount(self):
        """The amount in its own unit as a Decimal, as value(q) returns it."""
        return Decimal(format_amount(self._steps, self._unit.mult, self._unit.exp))

    @property
    def unit(self):
        """The canonical unit, singular: kg, mL, tablet (as unit(q))."""
        return self._unit.symbol

    @property
    def kind(self):
        return self._unit.kind

    @property
    def dimension(self):
        return self._unit.dimension

    @property
    def estimate(self):
        return self._estimate

    @property
    def basis(self):
        """The weight basis of a mass: None (unstated), "net", "bulk" or "gross"."""
        return self._basis

    @property
    def steps(self):
        """The exact amount in base steps: pg, pL or 10**-12 items."""
        return self._steps

    def value(self, unit=None):
        """The amount in another unit of the same kind, as value(q, unit)."""
        return self.to_unit(unit).amount if unit is not None else self.amount

    def to_unit(self, unit):
        u = U.unit(unit)
        if u.kind != self.kind:
            raise MixedKindsError(f"cannot convert {U.kind_phrase(self.kind)} to {U.kind_phrase(u.kind)}",
                                  f'Unit "{u.symbol}" measures {U.kind_phrase(u.kind)}; '
                                  f"the quantity is {U.kind_phrase(self.kind)}.")
        return Quantity._make(self._steps, u, self._estimate, self._basis)

    def as_estimate(self):
        return Quantity._make(self._steps, self._unit, True, self._basis)

    def as_measured(self):
        return Quantity._make(self._steps, self._unit, False, self._basis)

    # -- text and binary -------------------------------------------------
    def __str__(self):
        u = self._unit
        text = format_amount(self._steps, u.mult, u.exp)
        one = self._steps == u.steps
        s = ("~" if self._estimate else "") + text + " " + (u.symbol if one else u.plural)
        return s + (" " + self._basis if self._basis else "")

    def __repr__(self):
        return f"Quantity({str(self)!r})"

    @property
    def flags(self):
        return (ESTIMATE if self._estimate else 0) | (U.BASES.index(self._basis) << 1)

    def to_binary(self):
        """The quantity_recv format: version, unit id, flags, amount as two big-endian int64."""
        version = BINARY_VERSION if self._basis is None else BINARY_VERSION_BASIS
        s = self._steps
        return struct.pack(">BBBqQ", version, self._unit.id, self.flags, s >> 64, s & (2 ** 64 - 1))

    @classmethod
    def from_binary(cls, data):
        data = bytes(data)
        if len(data) != 19:
            raise BinaryFormatError("invalid binary data for type quantity",
                                    f"A quantity takes 19 bytes, not {len(data)}.")
        version, uid, flags, hi, lo = struct.unpack(">BBBqQ", data)
        if version not in (BINARY_VERSION, BINARY_VERSION_BASIS):
            raise BinaryFormatError("invalid binary data for type quantity",
                                    f"Format version {version} is not known to the seizure client "
                                    f"{U.__version__}; upgrade the client.")
        known = ESTIMATE if version == BINARY_VERSION else ESTIMATE | 0x06
        if flags & ~known:
            raise BinaryFormatError("invalid binary data for type quantity",
                                    f"Flag bits 0x{flags:02x} are not known.")
        unit = U.unit_by_id(uid)
        basis = U.BASES[(flags >> 1) & 3]
        if basis is not None and unit.kind != "mass":
            raise BinaryFormatError("invalid binary data for type quantity",
                                    "Only a mass has a weight basis.")
        steps = (hi << 64) | lo
        if not -LIMIT < steps < LIMIT:
            raise QuantityRangeError("quantity out of range in binary data",
                                     _RANGE_DETAIL[unit.dimension])
        return cls._make(steps, unit, bool(flags & ESTIMATE), basis)

    # -- order -----------------------------------------------------------
    def _key(self):
        return (U.KIND_ID[self.kind], self._steps, self._estimate, U.BASES.index(self._basis))

    def __eq__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    # -- arithmetic ------------------------------------------------------
    def _same_kind(self, other, op):
        if self.kind != other.kind:
            a, b = U.kind_phrase(self.kind), U.kind_phrase(other.kind)
            raise MixedKindsError(f"cannot {op} {a} and {b}",
                                  f"Quantities of different kinds do not add up: {a} is not {b}.")
        if self._basis != other._basis:
            raise MixedKindsError(f"cannot {op} masses of different weight bases",
                                  f"{self._basis or 'unstated'} and {other._basis or 'unstated'} "
                                  "weights do not add up.")

    def _add(self, other, sign, op):
        if not isinstance(other, Quantity):
            return NotImplemented
        self._same_kind(other, op)
        unit = U.result_unit([self._unit, other._unit], self.kind)
        return Quantity._make(self._steps + sign * other._steps, unit,
                              self._estimate or other._estimate, self._basis)

    def __add__(self, other):
        return self._add(other, 1, "add")

    def __sub__(self, other):
        return self._add(other, -1, "subtract")

    def __neg__(self):
        return Quantity._make(-self._steps, self._unit, self._estimate, self._basis)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._steps < 0 else self

    def __mul__(self, factor):
        if isinstance(factor, Quantity):
            return NotImplemented
        f = _exact_number(factor, "a factor")
        return Quantity._make(round(self._steps * f), self._unit, self._estimate, self._basis)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            self._same_kind(other, "divide")
            if other._steps == 0:
                raise QuantityError("division by zero", sqlstate="22012")
            return numeric_div(self._steps, other._steps)
        d = _exact_number(other, "a divisor")
        if d == 0:
            raise QuantityError("division by zero", sqlstate="22012")
        return Quantity._make(round(self._steps / d), self._unit, self._estimate, self._basis)

    def __bool__(self):
        return self._steps != 0


def sum_quantities(quantities):
    """The sum as the extension's sum(quantity) aggregate computes it; None for no values.

    Exact; the unit is the shared unit, else the largest metric unit among
    the terms, else kg or L, so it does not depend on the order of the terms.
    """
    qs = list(quantities)
    if not qs:
        return None
    kinds = sorted({q.kind for q in qs}, key=U.KIND_ID.get)
    if len(kinds) > 1:
        a, b = U.kind_phrase(kinds[0]), U.kind_phrase(kinds[1])
        raise MixedKindsError(f"sum() cannot add {a} and {b}",
                              f"Quantities of different kinds do not add up: {a} is not {b}.")
    bases = {q.basis for q in qs}
    if len(bases) > 1:
        raise MixedKindsError("sum() cannot add masses of different weight bases")
    unit = U.result_unit({q._unit for q in qs}, kinds[0])
    return Quantity._make(sum(q.steps for q in qs), unit, any(q.estimate for q in qs), bases.pop())


def _base10000(x):
    """Weight and first digit of |x| in PostgreSQL's base-10000 numeric digits."""
    x = abs(x)
    if x == 0:
        return 0, 0
    w = 0
    while x >= 10000 ** (w + 1):
        w += 1
    return w, x // 10000 ** w


def numeric_div(a, b):
    """a / b for integers exactly as PostgreSQL's numeric division prints it.

    The scale follows select_div_scale() (16 significant digits at least);
    the last digit is rounded half away from zero, as div_var() does.
    """
    w1, f1 = _base10000(a)
    w2, f2 = _base10000(b)
    qweight = w1 - w2 - (1 if f1 <= f2 else 0)
    rscale = min(max(16 - qweight * 4, 0), 1000)
    q = Fraction(a, b) * 10 ** rscale
    n = abs(q)
    r = int(n)
    if n - r >= Fraction(1, 2):
        r += 1
    if q < 0:
        r = -r
    return Decimal(f"{r}E-{rscale}")     # exact: the constructor does not round

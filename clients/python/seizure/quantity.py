"""Quantity: an exact amount with its unit, as the extension's quantity type."""
import re
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

    def __init__(self, message, detail=None, sqlstate=None, hint=None):
        super().__init__(message if detail is None else f"{message}: {detail}")
        self.message = message
        self.detail = detail
        self.hint = hint        # what to write instead, where the extension says it
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


# Estimate words, matched without regard to case; "~" and "약" are apart.
_ESTIMATE_WORDS = ("approximately", "approx.", "approx", "about", "circa", "ca.", "ca")
_KOREAN_BASES = ("순중량", "총중량")


def _basis_word(word):
    """The basis a word or phrase names (English in any case, Korean as written), or None."""
    return U.lookup_basis(word)


def _word_end(s, i):
    """The end of the word at s[i]: at white space, or just after a colon ("N.W.:1 kg")."""
    while i < len(s) and s[i] not in _SPACE:
        i += 1
        if s[i - 1] == ":":
            break
    return i


def _basis_prefix(s):
    """(the basis at the start of s, where the amount starts) or (None, 0): src/quantity_text.c."""
    stop = None
    b = None
    if s.startswith(_KOREAN_BASES):
        b, stop = _basis_word(s[:3]), 3
    elif s:
        e1 = _word_end(s, 0)
        j = e1
        while j < len(s) and s[j] in _SPACE:
            j += 1
        e2 = _word_end(s, j)
        for e in (e2, e1):
            n = e - 1 if e > 1 and s[e - 1] == ":" else e
            b = _basis_word(s[:n])
            if b is not None:
                stop = e
                break
    if stop is None:
        return None, 0
    rest = s[stop:].lstrip(_SPACE)
    if rest.startswith(":"):
        rest = rest[1:].lstrip(_SPACE)
    return b, len(s) - len(rest)


def _estimate_mark(s):
    """(length of the estimate mark at the start of s, whether it is a word)."""
    if s.startswith("~"):
        return 1, False
    if s.startswith("약"):
        return 1, True
    low = "".join(c.lower() if "A" <= c <= "Z" else c for c in s[:14])
    for w in _ESTIMATE_WORDS:
        if low.startswith(w):
            n = len(w)
            # a word that ends in a letter must end there: "about" but not "abouts"
            if w.endswith(".") or n == len(s) or s[n] in _SPACE:
                return n, True
    return 0, False


def _basis_suffix(unit_text):
    """(unit text less a basis at its end, that basis) or (unit_text, None)."""
    if not unit_text:
        return unit_text, None
    if unit_text.endswith(")"):
        q = unit_text.rfind("(", 1)
        if q > 0:
            b = _basis_word(unit_text[q:])
            if b is not None:
                return unit_text[:q].rstrip(_SPACE), b
    w1 = len(unit_text)
    while w1 > 0 and unit_text[w1 - 1] not in _SPACE:
        w1 -= 1
    if w1 > 0:
        head = unit_text[:w1].rstrip(_SPACE)
        w2 = len(head)
        while w2 > 0 and head[w2 - 1] not in _SPACE:
            w2 -= 1
        if w2 > 0:
            b = _basis_word(unit_text[w2:])
            if b is not None:
                return unit_text[:w2].rstrip(_SPACE), b
        b = _basis_word(unit_text[w1:])
        if b is not None:
            return head, b
    if len(unit_text.encode("utf-8")) > 9 and unit_text.endswith(_KOREAN_BASES):
        return unit_text[:-3].rstrip(_SPACE), _basis_word(unit_text[-3:])
    return unit_text, None


def _basis_word_at(s):
    i = 0
    while i < len(s) and s[i] not in _SPACE and not ("0" <= s[i] <= "9"):
        i += 1
    return i > 0 and _basis_word(s[:i]) is not None


# What the server writes: [~]number unit[ basis].  Read directly when exact.
_OUTPUT = re.compile(r"(~?)(-?)([0-9]{1,30})(?:\.([0-9]{1,30}))? (\S+|dosage units?)(?: (net|bulk|gross))?\Z")


def _parse_output(text):
    """The fast path for the server's own output in a power-of-ten unit; None otherwise.

    Such a text needs no rounding, so whole-number arithmetic gives exactly
    what the general grammar gives; anything else goes the general way.
    """
    m = _OUTPUT.match(text)
    if m is None:
        return None
    unit = U.OUTPUT_UNITS.get(m.group(5))
    frac = m.group(4) or ""
    if unit is None or unit.mult != 1 or len(frac) > unit.exp or (m.group(6) and unit.kind != "mass"):
        return None
    steps = int(m.group(3) + frac) * 10 ** (unit.exp - len(frac))
    if steps >= LIMIT:
        return None
    return (-steps if m.group(2) else steps), unit, m.group(1) == "~", m.group(6)


def parse_quantity(text, shown=None, typname="quantity", fast=True):
    """Parses the extension's text form into (steps, unit, estimate, basis).

    The grammar is the extension's (src/quantity_text.c):
    [basis] [estimate mark] number unit [basis], compatibility characters
    folded first.
    """
    if not isinstance(text, str):
        raise TypeError(f"a quantity is parsed from str, not {type(text).__name__}")
    shown = text if shown is None else shown
    # full-width digits, ㎏, no-break spaces...: read as their ASCII
    text = U.fold_compat(text)
    r = _parse_output(text) if fast else None
    if r is not None:
        return r

    def syntax(detail, hint=None):
        return QuantitySyntaxError(f'invalid input syntax for type {typname}: "{shown}"', detail, hint=hint)

    s = text.lstrip(_SPACE)
    basis, n = _basis_prefix(s)
    basis_before = basis is not None
    s = s[n:]
    n, word = _estimate_mark(s)
    estimate = n > 0
    mark = s[:n]
    s = s[n:].lstrip(_SPACE)
    try:
        neg, digits, exp10, end = parse_number(s)
    except NumberSyntax as e:
        if e.code == "no_digits" and (basis_before or _basis_word_at(s)):
            raise syntax("A weight basis is given but no amount.") from None
        if e.code == "no_digits" and word:
            raise syntax(f'The estimate mark "{mark}" is not followed by a number.') from None
        raise syntax(str(e)) from None
    unit_text = s[end:].strip(_SPACE)
    unit_text, b = _basis_suffix(unit_text)
    if b is not None:
        if basis_before or _basis_suffix(unit_text)[1] is not None:
            raise syntax("The weight basis is given more than once.")
        basis = b
    if not unit_text:
        raise syntax("The unit is missing.")
    unit = U.lookup_unit(unit_text)
    if unit is None:
        if _basis_word(unit_text) is not None:
            raise syntax("The unit is missing.")
        refused = U.rejection(unit_text)
        if refused:
            raise syntax(*refused)
        raise U.unknown_unit(unit_text)
    if basis is not None and unit.kind not in ("mass",):
        raise syntax(f'A weight basis (net, bulk or gross) belongs to a mass; "{unit.symbol}" '
                     f"measures {U.kind_phrase(unit.kind)}.")
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
        try:
            n = Decimal(n.strip())
        except ArithmeticError:
            raise QuantityError(f'{what} must be a decimal number, not "{n}"') from None
    if isinstance(n, Decimal):
        if not n.is_finite():
            raise QuantityError(f"a quantity cannot be {n}", "Quantities are finite amounts.")
        return Fraction(n)
    if isinstance(n, (int, Fraction)):
        return Fraction(n)
    raise TypeError(f"{what} must be exact (int, Decimal, Fraction or str), not {type(n).__name__}")


def _basis_phrase(basis):
    return f"a {basis} weight" if basis else "a mass of unstated basis"


@total_ordering
class Quantity:
    """An exact amount of a substance with its unit: Quantity("18.5 kg"), Quantity("2", "tablets").

    Immutable.  str() is the extension's text form; == and < follow its order
    (kind, amount across units, measured before estimated, then weight basis).
    """

    __slots__ = ("_steps", "_unit", "_estimate", "_basis")

    def __init__(self, value, unit=None, *, estimate=False, basis=None):
        if unit is None and isinstance(value, Quantity):
            steps, u, est, b = value._steps, value._unit, value._estimate, value._basis
            estimate = estimate or est
            basis = basis if basis is not None else b
        elif unit is None:
            steps, u, est, b = parse_quantity(value)
            estimate = estimate or est
            basis = basis if basis is not None else b
        else:
            u = U.unit(unit)
            steps = round(_exact_number(value, "an amount") * u.steps)
            check_range(steps, f'value "{value} {u.symbol}" is out of range for type quantity')
        self._init(steps, u, bool(estimate), None)
        if basis is not None:
            self._init(steps, u, bool(estimate), self.with_basis(basis)._basis)

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

    def with_basis(self, basis):
        """The same mass with its weight basis set (None or "unstated" clears it), as with_basis()."""
        if basis is None or U.fold_name(str(basis)) == "unstated":
            b = None
        else:
            b = U.BASIS_ALIASES.get(U.fold_name(str(basis)))
            if b is None:
                raise QuantityError(f'weight basis "{basis}" is not known')
        if b is not None and self.kind != "mass":
            raise QuantityError("a weight basis applies only to a mass",
                                f'The value "{self}" is a {self.dimension}.')
        return Quantity._make(self._steps, self._unit, self._estimate, b)

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
                                    f"Flag bits 0x{flags:02x} are not known in format version {version}.")
        unit = U.unit_by_id(uid)
        basis = U.BASES[(flags >> 1) & 3]
        if basis is not None and unit.kind != "mass":
            raise BinaryFormatError("invalid binary data for type quantity",
                                    f"A weight basis is set on {U.kind_phrase(unit.kind)}.")
        steps = (hi << 64) | lo
        if not -LIMIT < steps < LIMIT:
            raise QuantityRangeError("quantity out of range in binary data",
                                     _RANGE_DETAIL[unit.dimension])
        return cls._make(steps, unit, bool(flags & ESTIMATE), basis)

    # -- order -----------------------------------------------------------
    def _key(self):
        # the flags byte as a number: basis first, then measured before estimated
        return (U.KIND_RANK[self.kind], self._steps, self.flags)

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
    def _same_kind(self, other, op, basis=True):
        if self.kind != other.kind:
            a, b = U.kind_phrase(self.kind), U.kind_phrase(other.kind)
            raise MixedKindsError(f"cannot {op} {a} and {b}",
                                  f"Quantities of different kinds do not add up: {a} is not {b}.")
        if basis and self._basis != other._basis:
            a, b = sorted((self._basis, other._basis), key=U.BASES.index)
            raise MixedKindsError(f"cannot {op} {_basis_phrase(a)} and {_basis_phrase(b)}",
                                  "Masses of different weight bases do not add up: net, bulk and gross "
                                  "weights measure different things.")

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
            self._same_kind(other, "divide", basis=False)     # a ratio: bases may differ
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
    kinds = sorted({q.kind for q in qs}, key=U.KIND_RANK.get)
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

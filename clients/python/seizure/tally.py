"""QuantityTally: one exact total per kind, as the extension's quantity_tally."""
import struct

from . import units as U
from ._amount import LIMIT
from .quantity import (BinaryFormatError, Quantity, QuantityError, QuantitySyntaxError,
                       check_range, parse_quantity)

BINARY_VERSION = 1
_BLANK = " \t\n\r"


def _split(text):
    """The parts of a tally's text, split where the extension splits them."""
    s = text.lstrip(_BLANK)
    parts = []
    p = 0
    n = len(s)
    while p < n:
        start = p
        unit_started = False
        while p < n and not (s[p] == "+" and unit_started):
            c = s[p]
            exponent = c in "eE" and p > start and "0" <= s[p - 1] <= "9"
            if ord(c) >= 0x80 or (c.isascii() and c.isalpha() and not exponent):
                unit_started = True
            p += 1
        part = s[start:p]
        dangling = False
        if p < n and s[p] == "+":
            p += 1
            dangling = s[p:].strip(_BLANK) == ""
        parts.append((part, dangling))
    return parts


def _key(kind, estimate, basis):
    return (U.KIND_ID[kind], estimate, U.BASES.index(basis))


class QuantityTally:
    """One exact total per kind (mass, volume, each count unit), measured and estimated apart.

    QuantityTally("24.2 kg + ~7.2 kg + 2782 tablets"), QuantityTally.of(quantities).
    Immutable.  str() is the extension's text form.
    """

    __slots__ = ("_parts",)

    def __init__(self, value=""):
        parts = {}
        if isinstance(value, QuantityTally):
            parts = dict(value._parts)
        elif isinstance(value, Quantity):
            _add_part(parts, value.kind, value.estimate, value.basis, value.steps)
        elif isinstance(value, str):
            for text, dangling in _split(value):
                steps, unit, est, basis = parse_quantity(text, value, "quantity_tally")
                _add_part(parts, unit.kind, est, basis, steps)
                if dangling:
                    raise QuantitySyntaxError(
                        f'invalid input syntax for type quantity_tally: "{value}"',
                        'A quantity must follow each "+".')
        else:
            raise TypeError(f"a quantity_tally is made from str, Quantity or QuantityTally, "
                            f"not {type(value).__name__}")
        object.__setattr__(self, "_parts", parts)

    def __setattr__(self, name, value):
        raise AttributeError("QuantityTally is immutable")

    @classmethod
    def of(cls, quantities):
        """The tally of some quantities (None skipped), as tally(q) in SQL."""
        t = cls()
        for q in quantities:
            if q is not None:
                _add_part(t._parts, q.kind, q.estimate, q.basis, q.steps)
        return t

    def _items(self):
        return sorted(self._parts.items(), key=lambda kv: _key(*kv[0]))

    def parts(self):
        """Each part as a Quantity (kg, L or the count unit), in the tally's order."""
        return [Quantity._make(steps, U.KIND_UNIT[kind], est, basis)
                for (kind, est, basis), steps in self._items()]

    def part(self, kind):
        """The total of one kind (mass, volume, tablet ...), measured plus estimated; None if absent.

        Like part() in SQL, the parts of a mass with different weight bases
        are not added: ask with basis= for one of them.
        """
        k = U.lookup_kind(kind)
        if k is None:
            raise QuantityError(f'"{kind}" is not a kind of quantity',
                                'Use "mass", "volume" or a count unit such as "tablet".')
        found = [(e, b, s) for (kk, e, b), s in self._parts.items() if kk == k]
        if not found:
            return None
        bases = {b for _, b, _ in found}
        if len(bases) > 1:
            raise QuantityError(f"the {k} parts of this tally have different weight bases",
                                "Masses of different weight bases do not add up.")
        total = sum(s for _, _, s in found)
        check_range(total)
        estimate = any(e and s != 0 for e, _, s in found)
        return Quantity._make(total, U.KIND_UNIT[k], estimate, bases.pop())

    @property
    def mass_kg(self):
        q = self.part("mass")
        return None if q is None else q.amount

    @property
    def volume_l(self):
        q = self.part("volume")
        return None if q is None else q.amount

    def item_count(self, unit):
        u = U.unit(unit)
        if u.dimension != "count":
            raise QuantityError(f'"{unit}" is not a count unit')
        q = self.part(u.kind)
        return None if q is None else q.amount

    @property
    def has_estimate(self):
        return any(e and s != 0 for (_, e, _), s in self._parts.items())

    def kinds(self):
        return sorted({k for k, _, _ in self._parts}, key=U.KIND_ID.get)

    def __str__(self):
        return " + ".join(str(q) for q in self.parts())

    def __repr__(self):
        return f"QuantityTally({str(self)!r})"

    def __eq__(self, other):
        if not isinstance(other, QuantityTally):
            return NotImplemented
        return self._parts == other._parts

    def __hash__(self):
        return hash(tuple(self._items()))

    def __len__(self):
        return len(self._parts)

    def __add__(self, other):
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self             # so that sum(tallies) works
        if isinstance(other, Quantity):
            other = QuantityTally(other)
        if not isinstance(other, QuantityTally):
            return NotImplemented
        r = QuantityTally(self)
        for (kind, est, basis), steps in other._items():
            _add_part(r._parts, kind, est, basis, steps)
        return r

    __radd__ = __add__

    def to_binary(self):
        items = self._items()
        if any(b is not None for (_, _, b), _ in items):
            raise QuantityError("a tally with a weight basis has no binary form in this client",
                                "Send it as text.")
        out = [struct.pack(">BB", BINARY_VERSION, len(items))]
        for (kind, est, _), s in items:
            out.append(struct.pack(">BBqQ", U.KIND_ID[kind], 1 if est else 0, s >> 64, s & (2 ** 64 - 1)))
        return b"".join(out)

    @classmethod
    def from_binary(cls, data):
        data = bytes(data)

        def bad(detail):
            return BinaryFormatError("invalid binary data for type quantity_tally", detail)

        if len(data) < 2:
            raise bad("The data is too short.")
        version, n = data[0], data[1]
        if version != BINARY_VERSION:
            raise bad(f"Format version {version} is not known to the seizure client "
                      f"{U.__version__}; upgrade the client.")
        if n > 2 * len(U.KINDS) or len(data) != 2 + 18 * n:
            raise bad(f"Expected 18 bytes for each of at most {2 * len(U.KINDS)} parts.")
        t = cls()
        last = None
        for i in range(n):
            kid, est, hi, lo = struct.unpack_from(">BBqQ", data, 2 + 18 * i)
            if kid >= len(U.KINDS) or est > 1:
                raise bad(f"Kind {kid} is not known to the seizure client {U.__version__}.")
            key = (kid, est)
            if last is not None and key <= last:
                raise bad("Parts are repeated or out of order.")
            last = key
            steps = (hi << 64) | lo
            if not -LIMIT < steps < LIMIT:
                raise bad("A part is out of range.")
            t._parts[(U.KINDS[kid], bool(est), None)] = steps
        return t


def _add_part(parts, kind, estimate, basis, steps):
    key = (kind, bool(estimate), basis)
    parts[key] = check_range(parts.get(key, 0) + steps)

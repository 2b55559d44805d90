"""QuantityTally: one exact total per kind, as the extension's quantity_tally."""
import struct
from decimal import Decimal

from . import units as U
from ._amount import LIMIT, format_amount
from .quantity import (BinaryFormatError, MixedKindsError, Quantity, QuantityError, QuantitySyntaxError,
                       check_range, parse_quantity)

BINARY_VERSION = 1          # written when no part has a weight basis
BINARY_VERSION_BASIS = 2    # flags carry the basis; both are read
_BLANK = " \t\n\r\f\v"      # white space as the extension reads it (textkit.h)


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


def _flags(estimate, basis):
    return (1 if estimate else 0) | (U.BASES.index(basis) << 1)


def _key(kind, estimate, basis):
    # the extension's part order: the kind's rank, then the flags byte (basis, then estimate)
    return (U.KIND_RANK[kind], _flags(estimate, basis))


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
            # "１ ㎏ ＋ ２ 정": the "+" between parts may be full-width too
            for text, dangling in _split(U.fold_compat(value)):
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
        """The tally of some quantities (None skipped), as tally(q) in SQL.

        As the server's tally() does, only the final totals are checked
        against the range, so the result does not depend on the order.
        """
        t = cls()
        for q in quantities:
            if q is not None:
                key = (q.kind, bool(q.estimate), q.basis)
                t._parts[key] = t._parts.get(key, 0) + q.steps
        for steps in t._parts.values():
            check_range(steps)
        return t

    def _items(self):
        return sorted(self._parts.items(), key=lambda kv: _key(*kv[0]))

    def parts(self):
        """Each part as a Quantity (kg, L or the count unit), in the tally's order."""
        return [Quantity._make(steps, U.KIND_UNIT[kind], est, basis)
                for (kind, est, basis), steps in self._items()]

    def part(self, kind, basis=any):
        """The total of one kind (mass, volume, tablet ...), measured plus estimated; None if absent.

        As part() in SQL: masses of different weight bases are not added up
        unless basis names one of them ("net", "bulk", "gross" or "unstated").
        """
        k = U.lookup_kind(kind)
        if k is None:
            raise QuantityError(f'"{kind}" is not a kind of quantity',
                                'Use "mass", "volume" or a count unit such as "tablet".')
        if basis is not any:
            b = None if basis is None or U.fold_name(str(basis)) == "unstated" else \
                U.BASIS_ALIASES.get(U.fold_name(str(basis)))
            if b is None and basis is not None and U.fold_name(str(basis)) != "unstated":
                raise QuantityError(f'weight basis "{basis}" is not known')
            if b is not None and k != "mass":
                raise QuantityError("a weight basis applies only to a mass")
        found = self._total(k, basis if basis is any else b)
        if found is None:
            return None
        total, estimate, b = found
        return Quantity._make(check_range(total), U.KIND_UNIT[k], estimate, b)

    def _total(self, kind, basis=any):
        """(steps, estimate, basis) of one kind's parts, unchecked for range; None if absent."""
        found = [(key, s) for key, s in self._items()
                 if key[0] == kind and (basis is any or key[2] == basis)]
        if not found:
            return None
        bases = {key[2] for key, _ in found}
        if len(bases) > 1:
            raise MixedKindsError("the tally holds masses of more than one weight basis",
                                  "Net, bulk and gross weights do not add up into one mass.")
        return (sum(s for _, s in found), any(key[1] and s != 0 for key, s in found), found[0][0][2])

    def _amount(self, kind):
        # a numeric, as the projections return it: a total beyond quantity's range is still exact
        found = self._total(kind)
        if found is None:
            return None
        u = U.KIND_UNIT[kind]
        return Decimal(format_amount(found[0], u.mult, u.exp))

    @property
    def mass_kg(self):
        return self._amount("mass")

    @property
    def volume_l(self):
        return self._amount("volume")

    def item_count(self, unit):
        u = U.unit(unit)
        if u.dimension != "count":
            raise QuantityError(f'"{unit}" is not a count unit')
        return self._amount(u.kind)

    @property
    def has_estimate(self):
        return any(e and s != 0 for (_, e, _), s in self._parts.items())

    def kinds(self):
        return sorted({k for k, _, _ in self._parts}, key=U.KIND_RANK.get)

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
        """The quantity_tally_recv format: version, part count, then kind, flags, two int64 per part."""
        items = self._items()
        basis = any(b is not None for (_, _, b), _ in items)
        out = [struct.pack(">BB", BINARY_VERSION_BASIS if basis else BINARY_VERSION, len(items))]
        for (kind, est, b), s in items:
            out.append(struct.pack(">BBqQ", U.KIND_ID[kind], _flags(est, b), s >> 64, s & (2 ** 64 - 1)))
        return b"".join(out)

    @classmethod
    def from_binary(cls, data):
        data = bytes(data)
        max_parts = 2 * len(U.KINDS) + 2 * (len(U.BASES) - 1)

        def bad(detail):
            return BinaryFormatError("invalid binary data for type quantity_tally", detail)

        if len(data) < 2:
            raise bad("The data is too short.")
        version, n = data[0], data[1]
        if version not in (BINARY_VERSION, BINARY_VERSION_BASIS):
            raise bad(f"Format version {version} is not known to the seizure client "
                      f"{U.__version__}; upgrade the client.")
        if n > max_parts or len(data) != 2 + 18 * n:
            raise bad(f"Expected 18 bytes for each of at most {max_parts} parts.")
        t = cls()
        last = None
        for i in range(n):
            kid, flags, hi, lo = struct.unpack_from(">BBqQ", data, 2 + 18 * i)
            if kid >= len(U.KINDS):
                raise bad(f"Kind {kid} is not known to the seizure client {U.__version__}.")
            if flags & ~(0x01 if version == BINARY_VERSION else 0x07):
                raise bad("A part has an unknown kind.")
            basis = U.BASES[flags >> 1]
            if basis is not None and U.KINDS[kid] != "mass":
                raise bad("A part that is not a mass has a weight basis.")
            key = (U.KIND_RANK[U.KINDS[kid]], flags)     # parts sort by rank, not id
            if last is not None and key <= last:
                raise bad("Parts are repeated or out of order.")
            last = key
            steps = (hi << 64) | lo
            if not -LIMIT < steps < LIMIT:
                raise bad("A part is out of range.")
            t._parts[(U.KINDS[kid], bool(flags & 1), basis)] = steps
        return t


def _add_part(parts, kind, estimate, basis, steps):
    key = (kind, bool(estimate), basis)
    parts[key] = check_range(parts.get(key, 0) + steps)

"""The units, kinds and weight bases the client knows: the one table to update.

It mirrors src/units.c of the extension (unit ids, kinds, exact factors,
aliases).  A unit the table lacks is never guessed: parsing or decoding it
raises UnknownUnitError naming this client's version, and
seizure.psycopg.register_types() checks the table against the server.
"""
from ._version import __version__


class UnknownUnitError(ValueError):
    """A unit, unit id or kind that this version of the client does not know."""

    sqlstate = "22P02"

    def __init__(self, message, sqlstate=None):
        super().__init__(message)
        if sqlstate:
            self.sqlstate = sqlstate


class Unit:
    __slots__ = ("id", "symbol", "plural", "kind", "mult", "exp", "metric_rank")

    def __init__(self, id, symbol, plural, kind, mult, exp, metric_rank):
        self.id = id
        self.symbol = symbol
        self.plural = plural
        self.kind = kind
        self.mult = mult            # one unit is mult * 10**exp base steps
        self.exp = exp
        self.metric_rank = metric_rank  # 0: not metric; larger: a larger unit

    @property
    def steps(self):
        return self.mult * 10 ** self.exp

    @property
    def dimension(self):
        return kind_dimension(self.kind)

    def __repr__(self):
        return f"<Unit {self.symbol}>"


# Base steps: 1 pg (mass), 1 pL (volume), 10**-12 of an item (counts).
# Ids are stored on disk and sent in binary: they never change, new units are appended.
_UNITS = [
    Unit(1, "mg", "mg", "mass", 1, 9, 2),
    Unit(2, "g", "g", "mass", 1, 12, 3),
    Unit(3, "kg", "kg", "mass", 1, 15, 4),
    Unit(4, "t", "t", "mass", 1, 18, 5),
    Unit(5, "lb", "lb", "mass", 45359237, 7, 0),        # 0.45359237 kg exactly
    Unit(6, "oz", "oz", "mass", 28349523125, 3, 0),     # 1/16 lb
    Unit(7, "mL", "mL", "volume", 1, 9, 1),
    Unit(8, "L", "L", "volume", 1, 12, 2),
    Unit(9, "ampoule", "ampoules", "ampoule", 1, 12, 0),
    Unit(10, "blotter", "blotters", "blotter", 1, 12, 0),
    Unit(11, "capsule", "capsules", "capsule", 1, 12, 0),
    Unit(12, "dose", "doses", "dose", 1, 12, 0),
    Unit(13, "piece", "pieces", "piece", 1, 12, 0),
    Unit(14, "plant", "plants", "plant", 1, 12, 0),
    Unit(15, "seed", "seeds", "seed", 1, 12, 0),
    Unit(16, "tablet", "tablets", "tablet", 1, 12, 0),
    Unit(17, "vial", "vials", "vial", 1, 12, 0),
    # added in 0.2.0
    Unit(18, "mcg", "mcg", "mass", 1, 6, 1),            # printed "mcg", never "µg"
    Unit(19, "bag", "bags", "bag", 1, 12, 0),
    Unit(20, "bottle", "bottles", "bottle", 1, 12, 0),
    Unit(21, "cartridge", "cartridges", "cartridge", 1, 12, 0),
    Unit(22, "cigarette", "cigarettes", "cigarette", 1, 12, 0),
    Unit(23, "dosage unit", "dosage units", "dosage unit", 1, 12, 0),
    Unit(24, "packet", "packets", "packet", 1, 12, 0),
    Unit(25, "patch", "patches", "patch", 1, 12, 0),
    # added in 0.3.0: the last ids that quantity_sum_state's 32-bit set of units holds
    Unit(26, "brick", "bricks", "brick", 1, 12, 0),
    Unit(27, "bundle", "bundles", "bundle", 1, 12, 0),
    Unit(28, "pellet", "pellets", "pellet", 1, 12, 0),
    Unit(29, "syringe", "syringes", "syringe", 1, 12, 0),
    Unit(30, "US gal", "US gal", "volume", 3785411784, 3, 0),     # 3.785411784 L exactly
]

# Every name a unit is read from, folded (lower-case ASCII, single spaces),
# the canonical one included.  A final "s" is also accepted ("kgs", "tablets");
# "es" only where listed ("patches"); and a final period ("oz.", "lbs.").  Korean counters as the Korea Customs
# Service writes them; sources in docs/quantity.md.
_ALIASES = {
    # micro sign U+00B5 and Greek mu U+03BC look alike: both are read
    "mcg": ("mcg", "µg", "μg", "ug", "microgram", "microgramme", "마이크로그램"),
    "mg": ("mg", "milligram", "milligramme", "밀리그램"),
    "g": ("g", "gm", "gram", "gramme", "그램"),
    "kg": ("kg", "kilogram", "kilogramme", "kilo", "킬로그램", "킬로"),
    "t": ("t", "tonne", "metric ton", "metric tonne", "톤"),
    "lb": ("lb", "pound", "파운드"),
    "oz": ("oz", "ounce", "온스"),
    "mL": ("ml", "millilitre", "milliliter", "cc", "밀리리터"),
    "L": ("l", "litre", "liter", "리터"),
    "ampoule": ("ampoule", "ampule", "amp", "앰플"),
    "bag": ("bag", "baggie", "봉지"),
    "blotter": ("blotter", "blotter paper", "매", "장"),
    "bottle": ("bottle", "병"),
    "capsule": ("capsule", "cap", "캡슐"),
    "cartridge": ("cartridge", "cart", "vape cartridge", "카트리지"),
    "cigarette": ("cigarette", "joint", "개비"),
    "dosage unit": ("dosage unit",),
    "dose": ("dose",),
    "packet": ("packet", "sachet", "포"),
    "patch": ("patch", "patches", "패치"),
    "piece": ("piece", "pc", "개"),
    "plant": ("plant", "주"),
    "seed": ("seed",),
    "tablet": ("tablet", "tab", "pill", "정", "알"),
    "vial": ("vial", "바이알"),
    "brick": ("brick",),
    "bundle": ("bundle", "묶음"),
    "pellet": ("pellet",),
    "syringe": ("syringe",),
    "US gal": ("us gal", "u.s. gal", "us gallon", "u.s. gallon"),
}

# Names the extension refuses on purpose: (why, what to write instead).
_TON = ('"ton" is ambiguous: a metric ton is 1000 kg, a short ton 907.18474 kg, a long ton 1016.0469088 kg.',
        'Write a unit that has one meaning, such as "t" (1000 kg) or "g".')
_GR = ('"gr" is ambiguous: it can mean grams or grains (64.79891 mg).', _TON[1])
_GALLON = ('"gallon" is ambiguous: a US gallon is 3.785411784 L, an imperial gallon 4.54609 L.',
           'Write "US gal" for US gallons, or convert to litres and write "L".')
_FLOZ = ('"fl oz" is ambiguous: a US fluid ounce is 29.5735295625 mL, an imperial one 28.4130625 mL.',
         'Convert to millilitres first, and write "mL".')
_USFLOZ = ("A US fluid ounce (29.5735295625 mL) is not a whole number of picolitres, the steps a volume is kept in.",
           'Convert to millilitres first (1 US fl oz = 29.5735295625 mL), and write "mL".')
_DL = ('"dL" (decilitre, 100 mL) is not one of the volume units.', 'Write the volume in mL or L, as in "100 mL" for 1 dL.')
_SHEET = ('"sheet" is ambiguous: a sheet of blotter paper holds many doses, and Korean 매 and 장 count '
          'single blotters.', 'Count the blotters, as in "100 blotters" or "100매".')
_UNIT = ('"unit" does not say what was counted.', 'Name the unit, as in "tablets", "doses" or "dosage units".')
# singular; a final period and then a final "s" are taken off as well
_REJECTED = {
    "ton": _TON, "mt": _TON,
    "gr": _GR,
    "gallon": _GALLON, "gal": _GALLON,
    "fl oz": _FLOZ, "fl. oz": _FLOZ, "fl.oz": _FLOZ, "floz": _FLOZ, "fluid ounce": _FLOZ,
    "us fl oz": _USFLOZ, "u.s. fl oz": _USFLOZ, "us fl. oz": _USFLOZ, "us fluid ounce": _USFLOZ,
    "dl": _DL, "decilitre": _DL, "deciliter": _DL,
    "sheet": _SHEET,
    "unit": _UNIT,
}

# Kinds by id (QtyKind): the id is stored on disk and in quantity_tally's
# binary form, so kinds are never renumbered, only appended.
KINDS = ["mass", "volume", "ampoule", "blotter", "capsule", "dose", "piece", "plant", "seed", "tablet", "vial",
         # added in 0.2.0
         "bag", "bottle", "cartridge", "cigarette", "dosage unit", "packet", "patch",
         # added in 0.3.0
         "brick", "bundle", "pellet", "syringe"]
KIND_ID = {k: i for i, k in enumerate(KINDS)}

# The cross-kind sort order (qty_kinds_in_order), apart from the ids: mass,
# volume, then the count kinds alphabetically by name.  Quantities, tally
# parts and kind lists sort by KIND_RANK.
KINDS_IN_ORDER = ["mass", "volume", "ampoule", "bag", "blotter", "bottle", "brick", "bundle", "capsule", "cartridge",
                  "cigarette", "dosage unit", "dose", "packet", "patch", "pellet", "piece", "plant", "seed", "syringe",
                  "tablet", "vial"]
KIND_RANK = {k: i for i, k in enumerate(KINDS_IN_ORDER)}

# The unit a kind's totals are written in (tally parts, part()).
KIND_UNIT = {}

# Weight bases of a mass (bits 1-2 of the flags byte), in sort order.
BASES = [None, "net", "bulk", "gross"]
# folded as fold_name folds them; the extension's src/basis.c
BASIS_ALIASES = {"net": "net", "bulk": "bulk", "gross": "gross", "순중량": "net", "총중량": "gross",
                 # added in 0.3.0: the phrases of customs and trade documents
                 "net weight": "net", "net wt": "net", "net wt.": "net", "n.w.": "net", "n.w": "net", "n/w": "net",
                 "(net)": "net", "(net weight)": "net", "(net wt.)": "net",
                 "gross weight": "gross", "gross wt": "gross", "gross wt.": "gross", "g.w.": "gross",
                 "g.w": "gross", "g/w": "gross", "(gross)": "gross", "(gross weight)": "gross",
                 "(gross wt.)": "gross", "bulk weight": "bulk", "(bulk)": "bulk", "(bulk weight)": "bulk"}

UNITS_BY_ID = {u.id: u for u in _UNITS}
UNITS_BY_SYMBOL = {u.symbol: u for u in _UNITS}
# the spellings the server prints, singular and plural
OUTPUT_UNITS = {n: u for u in _UNITS for n in (u.symbol, u.plural)}
_LOOKUP = {}
for _u in _UNITS:
    for _a in _ALIASES[_u.symbol]:
        _LOOKUP[_a] = _u
for _k in KINDS:
    KIND_UNIT[_k] = UNITS_BY_SYMBOL[{"mass": "kg", "volume": "L"}.get(_k, _k)]

assert KINDS_IN_ORDER[:2] == ["mass", "volume"] and KINDS_IN_ORDER[2:] == sorted(KINDS[2:])
assert {u.kind for u in _UNITS} == set(KINDS) and set(_ALIASES) == set(UNITS_BY_SYMBOL)

_SPACE = " \t\n\r\f\v"

# Compatibility and full-width characters read as ASCII, as the extension's
# qty_compat_char reads them (src/units.c): a table, not the locale.
_COMPAT = {0x00A0: " ", 0x2113: "L", 0x202F: " ", 0x205F: " ", 0x3000: " ", 0x338D: "mcg", 0x338E: "mg",
           0x338F: "kg", 0x3396: "mL", 0x3397: "dL", 0x33C4: "cc"}
_COMPAT.update({cp: " " for cp in range(0x2000, 0x200B)})
_COMPAT.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})


def fold_compat(text):
    """Full-width ASCII, ㎏ ㎎ ㎍ ㎖ ㎗ ㏄ ℓ and the Unicode spaces, as the ASCII they stand for."""
    if text.isascii():
        return text
    return text.translate(_COMPAT)


def fold_name(name):
    """Folds compatibility characters, lower-cases ASCII letters and folds runs of white space."""
    words = []
    word = []
    for c in fold_compat(name):
        if c in _SPACE:
            if word:
                words.append("".join(word))
                word = []
            continue
        word.append(c.lower() if "A" <= c <= "Z" else c)
    if word:
        words.append("".join(word))
    return " ".join(words)


def lookup_unit(name):
    """The Unit a name or alias stands for, or None."""
    n = fold_name(name)
    if len(n) > 1 and n.endswith("."):
        n = n[:-1]
    u = _LOOKUP.get(n)
    if u is None and len(n) > 1 and n.endswith("s"):
        u = _LOOKUP.get(n[:-1])
    return u


def rejection(name):
    """(why, hint) when the extension refuses a unit name on purpose, else None."""
    n = fold_name(name)
    if len(n) > 1 and n.endswith("."):
        n = n[:-1]
    r = _REJECTED.get(n)
    if r is None and len(n) >= 2 and n.endswith("s"):
        r = _REJECTED.get(n[:-1])
    return r


def lookup_basis(text):
    """The basis a word or phrase names (any case, any white space between words), or None."""
    if len(text.encode("utf-8")) >= 64:
        return None
    return BASIS_ALIASES.get(fold_name(text))


def unit(name_or_unit):
    """A Unit from a Unit, a name or an alias; UnknownUnitError otherwise."""
    if isinstance(name_or_unit, Unit):
        return name_or_unit
    u = lookup_unit(str(name_or_unit))
    if u is None:
        raise unknown_unit(str(name_or_unit))
    return u


def unknown_unit(name):
    refused = rejection(name)
    if refused:
        return UnknownUnitError(f'unit "{name}" is not accepted: {refused[0]} {refused[1]}')
    return UnknownUnitError(
        f'unit "{name}" is not known to the seizure client {__version__}. '
        "If the server accepts it, the extension is newer than this client: upgrade the client.")


def unit_by_id(uid):
    u = UNITS_BY_ID.get(uid)
    if u is None:
        raise UnknownUnitError(
            f"unit id {uid} is not known to the seizure client {__version__}. "
            "The extension is newer than this client, or the data is corrupt: upgrade the client.",
            "22P03")
    return u


def kind_dimension(kind):
    return kind if kind in ("mass", "volume") else "count"


def kind_phrase(kind):
    """Describes a kind as the extension's messages do: "a mass", "a count of tablets"."""
    return f"a {kind}" if kind in ("mass", "volume") else f"a count of {UNITS_BY_SYMBOL[kind].plural}"


def lookup_kind(name):
    """A kind as part() takes it: mass, volume or a count unit (any alias); None otherwise."""
    n = fold_name(name)
    if n in ("mass", "volume"):
        return n
    u = lookup_unit(n)
    if u is not None and u.dimension == "count":
        return u.kind
    return None


def result_unit(units, kind):
    """The unit of a sum of terms in these units: shared, else largest metric, else kg / L."""
    units = set(units)
    if len(units) == 1:
        return next(iter(units))
    metric = [u for u in units if u.metric_rank > 0]
    if metric:
        return max(metric, key=lambda u: u.metric_rank)
    return KIND_UNIT[kind]


def _mult_exp(steps):
    """A unit's size in base steps as (mult, exp): mult * 10**exp, mult not divisible by 10."""
    steps = int(steps)
    exp = 0
    while steps % 10 == 0 and steps:
        steps //= 10
        exp += 1
    return steps, exp


def adopt_server_units(rows):
    """Makes the client's tables the server's: rows of quantity_units().

    A unit or kind the client knows must be the server's (same id, kind,
    size, symbol), else UnknownUnitError names it; one it does not know is
    added, with the names the server reads it from.  So a unit added to the
    extension reaches the client when it registers with a connection.
    Returns the symbols added.
    """
    added = []
    for (uid, symbol, plural, kind, _dimension, kind_id, kind_rank, steps, metric_rank, aliases) in rows:
        mult, exp = _mult_exp(steps)
        if kind_id < len(KINDS) and KINDS[kind_id] != kind:
            raise UnknownUnitError(f"kind {kind_id} is {kind!r} on the server, {KINDS[kind_id]!r} in the client")
        if kind_id >= len(KINDS):
            if kind_id != len(KINDS):
                raise UnknownUnitError(f"the server's kind {kind_id} leaves a gap in the client's kinds")
            KINDS.append(kind)
            KIND_ID[kind] = kind_id
        known = UNITS_BY_ID.get(uid)
        if known is not None:
            if (known.symbol, known.plural, known.kind, known.mult * 10 ** known.exp) != \
                    (symbol, plural, kind, mult * 10 ** exp):
                raise UnknownUnitError(
                    f"unit {uid} is {symbol!r} ({kind}, {steps} steps) on the server and {known.symbol!r} "
                    f"({known.kind}, {known.steps} steps) in the seizure client {__version__}")
            continue
        u = Unit(uid, symbol, plural, kind, mult, exp, metric_rank)
        _UNITS.append(u)
        UNITS_BY_ID[uid] = u
        UNITS_BY_SYMBOL[symbol] = u
        OUTPUT_UNITS[symbol] = OUTPUT_UNITS[plural] = u
        for a in aliases:
            _LOOKUP.setdefault(a, u)
        added.append(symbol)
    # the sort order of the kinds, as the server gives it
    ranks = {kind: kind_rank for (_i, _s, _p, kind, _d, _k, kind_rank, _st, _m, _a) in rows}
    if set(ranks) == set(KINDS):
        KINDS_IN_ORDER[:] = sorted(KINDS, key=ranks.get)
        KIND_RANK.clear()
        KIND_RANK.update({k: i for i, k in enumerate(KINDS_IN_ORDER)})
    for k in KINDS:
        if k not in KIND_UNIT:
            KIND_UNIT[k] = UNITS_BY_SYMBOL[{"mass": "kg", "volume": "L"}.get(k, k)]
    return added

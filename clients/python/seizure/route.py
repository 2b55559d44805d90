"""Route: the smuggling route of a seizure, as the extension's route type."""
from ._version import __version__

# In the type's sort order; the index is the binary form (one byte).
ROUTES = ("traveler", "international_mail", "express_cargo", "air_cargo",
          "sea_cargo", "general_cargo", "land_border", "other")


class RouteError(ValueError):
    sqlstate = "22P02"


class Route(str):
    """A route label (a str), ordered as the extension orders routes.

    Only the canonical labels are accepted here; aliases ("EMS", "여행자"
    ...) are the server's job: cast text with ::route in SQL.
    """

    __slots__ = ()

    def __new__(cls, label):
        if isinstance(label, Route):
            return label
        if label not in ROUTES:
            raise RouteError(
                f'invalid input syntax for type route: "{label}": the seizure client {__version__} '
                f"knows {', '.join(ROUTES)}; let the server read aliases with ::route")
        return str.__new__(cls, label)

    @property
    def number(self):
        return ROUTES.index(self)

    def to_binary(self):
        return bytes([self.number])

    @classmethod
    def from_binary(cls, data):
        data = bytes(data)
        if len(data) != 1 or data[0] >= len(ROUTES):
            raise RouteError(f"invalid binary value for type route: {data!r} is not known to the "
                             f"seizure client {__version__}")
        return cls(ROUTES[data[0]])

    def _cmp(self, other):
        if not isinstance(other, Route):
            return NotImplemented
        return self.number - other.number

    def __lt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c >= 0

    __hash__ = str.__hash__

    def __repr__(self):
        return f"Route({str(self)!r})"

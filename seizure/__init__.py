"""The Python client, imported from the checkout root.

The client lives in clients/python/seizure.  At the root of a checkout, where
`make` leaves the server's library seizure.so, `import seizure` would find
that library first and fail; this package comes first instead (a directory
is found before an extension module) and is the client itself: its modules
are read from clients/python/seizure.
"""
import os as _os

__path__ = [_os.path.join(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))),
                          "clients", "python", "seizure")]
with open(_os.path.join(__path__[0], "__init__.py"), encoding="utf-8") as _f:
    exec(compile(_f.read(), _f.name, "exec"))

"""A PEP 517 build backend in the source tree, so that
`pip install --no-deps ./clients/python` needs nothing from an index: the
package is pure Python, and a wheel of it is a zip with three metadata files.
"""
import base64
import hashlib
import io
import os
import re
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "seizure"


def _project():
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        raw = f.read()
    try:
        import tomllib
        project = tomllib.loads(raw.decode("utf-8"))["project"]
    except ImportError:         # Python < 3.11: the few fields used here, by pattern
        text = raw.decode("utf-8")
        project = {k: re.search(rf'^{k} = "(.*)"$', text, re.M).group(1)
                   for k in ("name", "version", "description", "requires-python")}
        project["optional-dependencies"] = {}
    return project


def _metadata():
    p = _project()
    lines = ["Metadata-Version: 2.1", f"Name: {p['name']}", f"Version: {p['version']}",
             f"Summary: {p['description']}", f"Requires-Python: {p['requires-python']}",
             "License: PostgreSQL"]
    for extra, reqs in sorted(p.get("optional-dependencies", {}).items()):
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {r}; extra == "{extra}"' for r in reqs]
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    return p, "\n".join(lines) + "\nDescription-Content-Type: text/markdown\n\n" + readme


def _sources():
    for name in sorted(os.listdir(os.path.join(ROOT, PACKAGE))):
        if name.endswith(".py"):
            yield f"{PACKAGE}/{name}"


def _record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    p, metadata = _metadata()
    dist_info = f"{p['name']}-{p['version']}.dist-info"
    wheel_name = f"{p['name']}-{p['version']}-py3-none-any.whl"
    files = []
    for rel in _sources():
        with open(os.path.join(ROOT, rel), "rb") as f:
            files.append((rel, f.read()))
    files.append((f"{dist_info}/METADATA", metadata.encode("utf-8")))
    files.append((f"{dist_info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: seizure_build\n"
                                        b"Root-Is-Purelib: true\nTag: py3-none-any\n"))
    record = "\n".join(_record_line(path, data) for path, data in files) + f"\n{dist_info}/RECORD,,\n"
    files.append((f"{dist_info}/RECORD", record.encode("utf-8")))
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in files:
            info = zipfile.ZipInfo(path, date_time=(2026, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            z.writestr(info, data, zipfile.ZIP_DEFLATED)
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    p, metadata = _metadata()
    base = f"{p['name']}-{p['version']}"
    name = f"{base}.tar.gz"
    with tarfile.open(os.path.join(sdist_directory, name), "w:gz") as tar:
        for rel in ["pyproject.toml", "README.md", "_build/seizure_build.py"] + list(_sources()):
            tar.add(os.path.join(ROOT, rel), arcname=f"{base}/{rel}")
        data = metadata.encode("utf-8")
        info = tarfile.TarInfo(f"{base}/PKG-INFO")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return name

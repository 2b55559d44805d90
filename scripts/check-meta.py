#!/usr/bin/python3
"""Validates META.json against the PGXN Meta Spec v1.0.0
(https://pgxn.org/spec/, the rules of PGXN::Meta::Validator, which Debian does
not package), and checks that its versions agree with the Makefile and
seizure.control.  Prints every problem; exits 1 if there is one.
Usage: scripts/check-meta.py [META.json]"""
import json
import re
import sys

LICENSES = {"agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd", "freebsd",
            "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1", "lgpl_3_0", "mit",
            "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay",
            "sun", "zlib", "open_source", "restricted", "unrestricted", "unknown"}
TOP = {"name", "abstract", "description", "version", "maintainer", "license", "provides",
       "prereqs", "release_status", "resources", "tags", "no_index", "generated_by", "meta-spec"}
REQUIRED = {"name", "abstract", "version", "maintainer", "license", "provides", "meta-spec"}
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONS = {"requires", "recommends", "suggests", "conflicts"}
# Semantic Versioning 1.0.0 as the spec uses it: 1.2.3 or 1.2.3beta1
SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)([a-zA-Z][a-zA-Z0-9-]*)?$")
RANGE = re.compile(r"^\s*(?:(?:[<>]=?|[=!]=)\s*)?(0|(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)([a-zA-Z][a-zA-Z0-9-]*)?)\s*$")
TERM = re.compile(r"^[^\s/\\:]+$")  # a name: no white space, slash, backslash or colon

problems = []


def bad(where, what):
    problems.append(f"{where}: {what}")


def custom(key):
    return key.startswith(("x_", "X_"))


def string(where, v, pattern=None, minlen=1):
    if not isinstance(v, str) or len(v) < minlen:
        bad(where, "must be a non-empty string")
    elif pattern and not pattern.match(v):
        bad(where, f"{v!r} is not valid")


def keys(where, obj, allowed, required=()):
    if not isinstance(obj, dict):
        bad(where, "must be an object")
        return False
    for k in obj:
        if k not in allowed and not custom(k):
            bad(where, f"unknown key {k!r}")
    for k in required:
        if k not in obj:
            bad(where, f"required key {k!r} is missing")
    return True


def main(path):
    meta = json.load(open(path, encoding="utf-8"))
    keys("META", meta, TOP, REQUIRED)
    string("name", meta.get("name"), TERM)
    string("abstract", meta.get("abstract"))
    if "description" in meta:
        string("description", meta["description"])
    string("version", meta.get("version"), SEMVER)
    m = meta.get("maintainer")
    for i, x in enumerate(m if isinstance(m, list) else [m]):
        string(f"maintainer[{i}]", x)
    lic = meta.get("license")
    if isinstance(lic, str):
        if lic not in LICENSES:
            bad("license", f"{lic!r} is not a license the spec names")
    elif isinstance(lic, list):
        for x in lic:
            if x not in LICENSES:
                bad("license", f"{x!r} is not a license the spec names")
    elif isinstance(lic, dict):
        for k, v in lic.items():
            string(f"license.{k}", v, re.compile(r"^[a-z]+://"))
    else:
        bad("license", "must be a string, an array or an object")
    prov = meta.get("provides")
    if not isinstance(prov, dict) or not prov:
        bad("provides", "must be an object naming at least one extension")
    else:
        for name, ext in prov.items():
            string(f"provides key {name!r}", name, TERM)
            if keys(f"provides.{name}", ext, {"file", "version", "abstract", "docfile"}, ("file", "version")):
                string(f"provides.{name}.file", ext.get("file"))
                string(f"provides.{name}.version", ext.get("version"), SEMVER)
                for k in ("abstract", "docfile"):
                    if k in ext:
                        string(f"provides.{name}.{k}", ext[k])
    if "prereqs" in meta and keys("prereqs", meta["prereqs"], PHASES):
        for phase, rels in meta["prereqs"].items():
            if custom(phase) or not keys(f"prereqs.{phase}", rels, RELATIONS):
                continue
            for rel, deps in rels.items():
                if custom(rel):
                    continue
                if not isinstance(deps, dict):
                    bad(f"prereqs.{phase}.{rel}", "must be an object")
                    continue
                for dep, ver in deps.items():
                    if custom(dep):
                        continue
                    if ver == 0 or ver == "0":
                        continue
                    if not isinstance(ver, str) or not all(RANGE.match(p) for p in ver.split(",")):
                        bad(f"prereqs.{phase}.{rel}.{dep}", f"{ver!r} is not a version range")
    if "release_status" in meta and meta["release_status"] not in ("stable", "testing", "unstable"):
        bad("release_status", "must be stable, testing or unstable")
    if "resources" in meta and keys("resources", meta["resources"], {"homepage", "bugtracker", "repository"}):
        r = meta["resources"]
        if "homepage" in r:
            string("resources.homepage", r["homepage"])
        if "bugtracker" in r:
            keys("resources.bugtracker", r["bugtracker"], {"web", "mailto"})
        if "repository" in r:
            keys("resources.repository", r["repository"], {"url", "web", "type"})
    if "tags" in meta:
        if not isinstance(meta["tags"], list) or not meta["tags"]:
            bad("tags", "must be a non-empty array")
        else:
            for t in meta["tags"]:
                if not isinstance(t, str) or not 1 <= len(t) <= 255:
                    bad("tags", f"{t!r} must be a string of 1 to 255 characters")
    if "no_index" in meta and keys("no_index", meta["no_index"], {"file", "directory"}):
        for k, v in meta["no_index"].items():
            for x in v if isinstance(v, list) else [v]:
                string(f"no_index.{k}", x)
    if keys("meta-spec", meta.get("meta-spec"), {"version", "url"}, ("version",)):
        if meta["meta-spec"].get("version") != "1.0.0":
            bad("meta-spec.version", "must be 1.0.0 (the spec this check implements)")

    # agreement with the build
    makefile = open("Makefile", encoding="utf-8").read()
    control = open("seizure.control", encoding="utf-8").read()
    extversion = re.search(r"^EXTVERSION\s*=\s*(\S+)", makefile, re.M).group(1)
    default = re.search(r"^default_version\s*=\s*'([^']+)'", control, re.M).group(1)
    ext = prov.get("seizure") if isinstance(prov, dict) else None
    ext = ext if isinstance(ext, dict) else {}
    for where, v in (("version", meta.get("version")), ("provides.seizure.version", ext.get("version")),
                     ("seizure.control default_version", default)):
        if v != extversion:
            bad(where, f"{v!r} is not the Makefile's EXTVERSION {extversion!r}")
    if ext.get("file") != f"sql/seizure--{extversion}.sql":
        bad("provides.seizure.file", "must be the install script make builds")

    for p in problems:
        print(f"META.json: {p}")
    if problems:
        return 1
    print(f"META.json: valid (PGXN Meta Spec 1.0.0), version {extversion}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "META.json"))

#!/usr/bin/env bash
# The PGXN release: META.json is valid against the PGXN Meta Spec 1.0.0 and
# agrees with the Makefile and the control file (make dist runs make
# meta-check, scripts/check-meta.py, first); make dist's archive (git
# archive of HEAD) holds one folder seizure-VERSION with the licence,
# changelog and META.json, and the extension builds from it with -Werror.
set -uo pipefail
cd "$(dirname "$0")/../.."
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
version=$(sed -nE 's/^EXTVERSION *= *//p' Makefile)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
make -s --no-print-directory dist PG_CONFIG="$PG_CONFIG" > "$work/dist.log" 2>&1 ||
	{ cat "$work/dist.log"; echo "not ok - make dist"; exit 1; }
cat "$work/dist.log"
zip=build/dist/seizure-$version.zip
/usr/bin/python3 - "$zip" "$work" <<'PY' || status=1
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
top = {n.split("/")[0] for n in names}
want = [f"{next(iter(top))}/{f}" for f in ("META.json", "LICENSE", "CHANGELOG.md", "README.md",
        "Makefile", "seizure.control", "sql/seizure--0.1.0--0.2.0.sql", "sql/seizure--0.2.0--0.3.0.sql")]
missing = [w for w in want if w not in names]
if len(top) != 1 or missing:
    print(f"not ok - the archive has top folders {sorted(top)}, misses {missing}")
    sys.exit(1)
z.extractall(sys.argv[2])
print(f"ok - {sys.argv[1]}: {len(names)} entries under {next(iter(top))}/")
PY
if [ "$status" -eq 0 ]; then
	if make -s -C "$work/seizure-$version" PG_CONFIG="$PG_CONFIG" \
			COPT="$SEIZURE_STRICT_COPT" > "$work/build.log" 2>&1 &&
	   [ -f "$work/seizure-$version/seizure.so" ] && [ -f "$work/seizure-$version/sql/seizure--$version.sql" ]; then
		echo "ok - the extension builds from the archive"
	else
		tail -20 "$work/build.log"; echo "not ok - the extension does not build from the archive"; status=1
	fi
fi
exit $status

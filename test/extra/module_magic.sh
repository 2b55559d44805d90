#!/usr/bin/env bash
# PostgreSQL 18 and later: the loaded library names itself and its version
# (PG_MODULE_MAGIC_EXT), the version the Makefile builds.  Skipped (77)
# before 18, which has no pg_get_loaded_modules().
set -uo pipefail
cd "$(dirname "$0")/../.."
num=$(psql -qAtX -c "SHOW server_version_num") || exit 1
if [ "$num" -lt 180000 ]; then
	echo "skipped: PostgreSQL $num has no pg_get_loaded_modules()"; exit 77
fi
version=$(sed -nE 's/^EXTVERSION *= *//p' Makefile)
got=$(psql -qAtX -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS seizure" \
	-c "SELECT '1 kg'::quantity" \
	-c "SELECT module_name || ' ' || version FROM pg_get_loaded_modules() WHERE file_name = 'seizure.so'") || exit 1
if [ "$(printf '%s\n' "$got" | tail -1)" = "seizure $version" ]; then
	echo "ok - pg_get_loaded_modules() shows seizure $version"
else
	echo "not ok - pg_get_loaded_modules() shows: $got (want seizure $version)"; exit 1
fi

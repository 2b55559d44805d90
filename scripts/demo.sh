#!/usr/bin/env bash
# make demo: install what is needed, build, install, start a throwaway
# cluster, load the illustrative Silent Sweeper II dataset, print the
# analyst report and write it as a page with pictures to
# build/demo/report.html (demo/report_html.py, in the same cluster).
# Nothing is left running.
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
bash scripts/deps.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
make -s PG_CONFIG="$PG_CONFIG" >/dev/null
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
ver=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
pg_virtualenv -t -v "$ver" bash -c 'psql -X -q -v ON_ERROR_STOP=1 -f demo/report.sql &&
	/usr/bin/python3 demo/report_html.py build/demo/report.html && echo "written: build/demo/report.html"'

#!/usr/bin/env bash
# What an analyst sees, in headless Chromium: make demo's page
# (demo/report.sql, then demo/report_html.py, in a fresh database) shows the
# exact totals and every picture drawn, fetching nothing; and
# demo/analysis.ipynb, opened in Jupyter Notebook's own web interface with
# a kernel, runs all its cells there and shows the outputs and plots.
# Screenshots are kept: build/demo/report.png, build/demo/notebook.png.
set -uo pipefail
# what it checks does not depend on the server's version: the host's run has it
if [ -n "${SEIZURE_IN_ROOT:-}" ]; then
	echo "skipped on PostgreSQL $SEIZURE_IN_ROOT: the browser checks run on the host's PostgreSQL only"
	exit 77
fi
for f in /usr/bin/chromium /usr/bin/chromedriver /usr/bin/jupyter-notebook /usr/bin/dot; do
	[ -x "$f" ] || { echo "skipped: $f is missing (scripts/deps.sh installs it)"; exit 77; }
done
/usr/bin/python3 -c 'import selenium, ipykernel, matplotlib' 2>/dev/null ||
	{ echo "skipped: python3-selenium, python3-ipykernel or python3-matplotlib is missing"; exit 77; }
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
out=$root/build/demo
mkdir -p "$out"
work=$(mktemp -d)
server=""
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
	rm -rf "$work"
	dropdb --if-exists seizure_browser_report 2>/dev/null
	dropdb --if-exists seizure_browser_notebook 2>/dev/null
}
trap cleanup EXIT
export JUPYTER_CONFIG_DIR=$work/config JUPYTER_DATA_DIR=$work/data JUPYTER_RUNTIME_DIR=$work/runtime \
	IPYTHONDIR=$work/ipython MPLCONFIGDIR=$work/mpl HOME=$work PYDEVD_DISABLE_FILE_VALIDATION=1
rc=0

# the report page, made as make demo makes it
dropdb --if-exists seizure_browser_report 2>/dev/null
createdb seizure_browser_report || exit 1
PGDATABASE=seizure_browser_report psql -X -q -v ON_ERROR_STOP=1 -f demo/report.sql >/dev/null &&
	PGDATABASE=seizure_browser_report /usr/bin/python3 demo/report_html.py "$work/report.html" || exit 1
# the screening's summary, when demo/report.sql has screened (its section 5)
screened="No screening in this database"
if [ "$(psql -X -At -d seizure_browser_report -c "SELECT to_regclass('hit') IS NOT NULL")" = t ]; then
	screened=$(psql -X -At -d seizure_browser_report -c "SELECT (SELECT to_char(count(*), 'FM999,999,999') FROM consignment)
		|| ' consignments screened, ' || count(DISTINCT consignment) || ' to inspect' FROM hit") || exit 1
fi
/usr/bin/python3 test/extra/browser.py report "$work/report.html" "$out/report.png" \
	"30 seizures, in all: 24.2 kg + 2782 tablets" "$screened" \
	"3.4 kg + 1000 tablets" \
	"1.405689156 kg + 2232 tablets" \
	"The press release's 31.4 kg is 24.2 kg + ~7.2 kg gross" || rc=1

# the notebook in Jupyter's interface: a copy, so that autosave leaves the
# tree alone; clients/python is where the notebook looks for it
mkdir -p "$work/nb/demo" && cp demo/analysis.ipynb demo/silent_sweeper_ii.csv "$work/nb/demo/" &&
	ln -s "$root/clients" "$work/nb/clients" || exit 1
dropdb --if-exists seizure_browser_notebook 2>/dev/null
createdb seizure_browser_notebook && psql -qX -d seizure_browser_notebook -c "CREATE EXTENSION seizure" || exit 1
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
root_flag=""; [ "$(id -u)" -eq 0 ] && root_flag=--allow-root
PGDATABASE=seizure_browser_notebook /usr/bin/jupyter notebook --no-browser $root_flag --ip=127.0.0.1 --port="$port" \
	--NotebookApp.token="$token" --NotebookApp.notebook_dir="$work/nb" >"$work/jupyter.log" 2>&1 &
server=$!
for _ in $(seq 60); do
	curl -sf "http://127.0.0.1:$port/api/status?token=$token" >/dev/null 2>&1 && break
	kill -0 "$server" 2>/dev/null || break
	sleep 0.5
done
/usr/bin/python3 test/extra/browser.py notebook "http://127.0.0.1:$port/notebooks/demo/analysis.ipynb?token=$token" \
	"$out/notebook.png" \
	"all seizures: 24.2 kg + 2782 tablets | the server agrees: True" \
	"1.405689156 kg + 2232 tablets" \
	"20006 consignments screened: 4 to inspect, 4 of 4 related found, 0 others hit" \
	"weighed 24.2 kg + 2782 tablets as ~7.2 kg gross = 24.2 kg + ~7.2 kg gross" || { rc=1; tail -20 "$work/jupyter.log"; }
echo "screenshots: $out/report.png $out/notebook.png"
exit $rc

#!/usr/bin/env bash
# demo/analysis.ipynb, executed as it stands (jupyter nbconvert --execute)
# in a fresh database of the suite's server: no cell fails, its two plots
# are there, and its outputs show the exact totals, networks, screening
# counts and the press release reconciled.
set -uo pipefail
# what it checks does not depend on the server's version: the host's run has it
if [ -n "${SEIZURE_IN_ROOT:-}" ]; then
	echo "skipped on PostgreSQL $SEIZURE_IN_ROOT: the notebook runs on the host's PostgreSQL only"
	exit 77
fi
if [ ! -x /usr/bin/jupyter-nbconvert ] || ! /usr/bin/python3 -c 'import ipykernel, matplotlib' 2>/dev/null; then
	echo "skipped: jupyter-nbconvert, python3-ipykernel or python3-matplotlib is missing (scripts/deps.sh installs them)"
	exit 77
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
export PGDATABASE=seizure_notebook
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists "$PGDATABASE" 2>/dev/null' EXIT
export JUPYTER_CONFIG_DIR=$work/config JUPYTER_DATA_DIR=$work/data JUPYTER_RUNTIME_DIR=$work/runtime \
	IPYTHONDIR=$work/ipython MPLCONFIGDIR=$work/mpl PYDEVD_DISABLE_FILE_VALIDATION=1
dropdb --if-exists "$PGDATABASE" 2>/dev/null
createdb "$PGDATABASE" && psql -qX -v ON_ERROR_STOP=1 -c "CREATE EXTENSION seizure" || exit 1
/usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=120 \
	--output-dir "$work" --output executed.ipynb "$root/demo/analysis.ipynb" 2>"$work/log" ||
	{ tail -30 "$work/log"; exit 1; }
/usr/bin/python3 - "$work/executed.ipynb" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1]))
text, images, errors = [], 0, []
for cell in nb["cells"]:
    for o in cell.get("outputs", []):
        if o["output_type"] == "error":
            errors.append(f'{o["ename"]}: {o["evalue"]}')
        elif o["output_type"] == "stream":
            text.append("".join(o["text"]))
        else:
            data = o.get("data", {})
            text.append("".join(data.get("text/plain", "")))
            images += "image/png" in data
text = "\n".join(text)
want = [
    "30 seizures; Quantity objects, e.g. 1.2 lb = 544.310844 g",
    "all seizures: 24.2 kg + 2782 tablets | the server agrees: True",
    "3.4 kg + 1000 tablets",                       # a week by route
    "1.405689156 kg + 2232 tablets",               # the largest network
    "20006 consignments screened: 4 to inspect, 4 of 4 related found, 0 others hit",
    "weighed 24.2 kg + 2782 tablets as ~7.2 kg gross = 24.2 kg + ~7.2 kg gross",
    '"totaling 31.4 kg": 31.4 kg, of which ~7.2 kg gross is an estimate',
]
bad = [f"the error {e}" for e in errors] + [f"no output {w!r}" for w in want if w not in text]
if images != 2:
    bad.append(f"{images} plots, not 2")
for b in bad:
    print("not ok -", b)
print(f"{len(want)} outputs, {images} plots checked; {len(bad)} wrong")
sys.exit(1 if bad else 0)
PY

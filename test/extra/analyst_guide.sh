#!/usr/bin/env bash
# Every SQL block of docs/analyst-guide.md runs, in order, in one session on
# the demo data; the real-data blocks run after loading the CBP and UNODC
# files when they are present.
set -uo pipefail
cd "$(dirname "$0")/../.."
data=${SEIZURE_DATA:-test/data/real}
export PGDATABASE=seizure_guide
dropdb --if-exists "$PGDATABASE" 2>/dev/null
createdb "$PGDATABASE" || exit 1
blocks() {	# blocks FIRST|REAL: the ```sql blocks before or after "## Real data"
	awk -v want="$1" '
		/^## Real data/ { part = "REAL" }
		/^```sql$/ { inblock = 1; next }
		/^```$/ { inblock = 0; next }
		inblock && (part == "" ? "FIRST" : part) == want { print }
	' docs/analyst-guide.md
}
rc=0
blocks FIRST | psql -X -q -v ON_ERROR_STOP=1 >/dev/null || rc=1
if [ -r "$data/cbp/nationwide-drugs-fy23-fy26-dec.csv" ]; then
	psql -X -q -v file="$data/cbp/nationwide-drugs-fy23-fy26-dec.csv" -f loaders/cbp.sql >/dev/null &&
	psql -X -q -v file="$data/cbp/amo-drug-seizures-fy23-fy26-dec.csv" -f loaders/cbp.sql >/dev/null &&
	psql -X -q -v file="$data/unodc/drug_seizures_2018_2022.csv" -f loaders/unodc.sql >/dev/null &&
	blocks REAL | psql -X -q -v ON_ERROR_STOP=1 >/dev/null || rc=1
else
	echo "skipped the real-data blocks: no files in $data"
fi
echo "$(blocks FIRST | grep -c ';$') + $(blocks REAL | grep -c ';$') statements"
dropdb "$PGDATABASE"
exit $rc

#!/usr/bin/env bash
# The real-data loaders: every CBP and UNODC file in test/data/real loads (twice,
# to prove reloading does not double), and the loaded totals equal sums that
# Python computes independently from the raw CSV text, to the milligram.
set -uo pipefail
cd "$(dirname "$0")/../.."
data=${SEIZURE_DATA:-test/data/real}
if [ ! -r "$data/cbp/nationwide-drugs-fy19-fy22.csv" ]; then
	echo "skipped: the CBP and UNODC files are not in $data"
	exit 77
fi
export PGDATABASE=seizure_loaders
dropdb --if-exists "$PGDATABASE" 2>/dev/null
createdb "$PGDATABASE" && psql -qX -c "CREATE EXTENSION seizure" || exit 1
for round in 1 2; do
	for f in "$data"/cbp/*.csv; do
		psql -qX -v file="$f" -f loaders/cbp.sql >/dev/null || exit 1
	done
	psql -qX -v file="$data/unodc/drug_seizures_2018_2022.csv" -f loaders/unodc.sql >/dev/null || exit 1
done

# independent sums on the raw text: Decimal arithmetic, lb -> g exactly
expected=$(/usr/bin/python3 - "$data" <<'PY'
import csv, sys
from decimal import Decimal, ROUND_HALF_EVEN
d = sys.argv[1]
mg = Decimal("0.001")
for name in ["amo-drug-seizures-fy19-fy22.csv", "amo-drug-seizures-fy23-fy26-dec.csv",
             "nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-dec.csv"]:
    rows = list(csv.reader(open(f"{d}/cbp/{name}", encoding="utf-8")))[1:]
    grams = sum(Decimal(r[8]) for r in rows) * Decimal("453.59237")
    print(f"cbp {name} {len(rows)} {sum(int(r[7]) for r in rows)} {grams.quantize(mg, ROUND_HALF_EVEN)}")
rows = list(csv.reader(open(f"{d}/unodc/drug_seizures_2018_2022.csv", encoding="utf-8")))[1:]
def total(r):
    return (r[4].lower().startswith("reported total") or r[5].lower().startswith("total ")
            or "(total of the above" in r[5].lower())
parts = [r for r in rows if not total(r)]
grams = sum(Decimal(r[7]) for r in parts if r[7].strip()) * 1000
print(f"unodc parts {len(parts)} {sum(1 for r in parts if not r[7].strip())} {grams.quantize(mg, ROUND_HALF_EVEN)}")
print(f"unodc totals {len(rows) - len(parts)}")
PY
)
actual=$(psql -qXAt -F ' ' <<'SQL'
SELECT 'cbp', source_file, count(*), sum(events), round(value(sum(qty), 'g'), 3)
FROM cbp_seizure GROUP BY source_file ORDER BY source_file;
SELECT 'unodc parts', count(*), count(*) FILTER (WHERE qty IS NULL), round(value(sum(qty), 'g'), 3) FROM unodc_seizure;
SELECT 'unodc totals', count(*) FROM unodc_seizure_total;
SQL
)
checks=$(psql -qXAt <<'SQL'
SELECT 'months ' || min(month) || '-' || max(month) || ', years ' || min(fy) || '-' || max(fy)
       || ', land filters ' || string_agg(DISTINCT land_filter, '/') FROM cbp_seizure;
SELECT 'unmapped CBP labels: ' || string_agg(DISTINCT drug_type, ', ') FROM cbp_seizure WHERE substance IS NULL;
SQL
)
dropdb "$PGDATABASE"
echo "$checks"
rc=0
if [ "$expected" = "$actual" ]; then
	echo "loaded totals equal the independent sums:"; echo "$expected"
else
	echo "MISMATCH"; echo "expected:"; echo "$expected"; echo "actual:"; echo "$actual"; rc=1
fi
want="months 1-12, years 2019-2026, land filters land/other"
[ "$(echo "$checks" | head -1)" = "$want" ] || { echo "MISMATCH: want '$want'"; rc=1; }
[ "$(echo "$checks" | tail -1)" = "unmapped CBP labels: Other Drugs**" ] || { echo "MISMATCH: unmapped labels"; rc=1; }
exit $rc

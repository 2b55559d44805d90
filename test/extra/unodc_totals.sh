#!/usr/bin/env bash
# loaders/unodc.sql keeps every row of UNODC's file, and its view
# unodc_group_total equals, for every country, year and group, a Decimal
# computation from the raw CSV text: the reported total where there is one,
# else the sum of the parts, to the milligram, with the same basis and flag.
set -uo pipefail
cd "$(dirname "$0")/../.."
data=${SEIZURE_DATA:-test/data/real}
file=$data/unodc/drug_seizures_2018_2022.csv
if [ ! -r "$file" ]; then
	echo "skipped: $file is not there"
	exit 77
fi
export PGDATABASE=seizure_unodc_totals
dropdb --if-exists "$PGDATABASE" 2>/dev/null
createdb "$PGDATABASE" && psql -qX -c "CREATE EXTENSION seizure" || exit 1
psql -qX -v file="$file" -f loaders/unodc.sql >/dev/null || exit 1

expected=$(/usr/bin/python3 - "$file" <<'PY'
import csv, sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:]
print(f"rows {len(rows)} lines {len(rows) + 1}")
def is_total(r):
    return (r[4].strip().lower().startswith("reported total") or r[5].strip().lower().startswith("total ")
            or "(total of the above" in r[5].lower())
pg = Decimal("1e-15")
# cell -> [total rows' kg], [parts' kg]; cocaine's total covers its subgroup only
cells = defaultdict(lambda: ([], []))
for r in rows:
    group = r[4].strip() if r[3].strip() == "Cocaine-type" else r[3].strip()
    key = (r[8].strip(), r[2].strip(), int(r[6]), group)
    # stored to the picogram, half to even, as quantity(numeric, 'kg') does
    kg = Decimal(r[7].strip()).quantize(pg, ROUND_HALF_EVEN) if r[7].strip() else None
    cells[key][0 if is_total(r) else 1].append(kg)
def add(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) if xs else None
mg = Decimal("0.001")	# round(numeric, 3) rounds half away from zero
for key in sorted(cells):
    totals, parts = cells[key]
    reported, partsum = add(totals), add(parts)
    qty = reported if totals else partsum
    grams = "NULL" if qty is None else (qty * 1000).quantize(mg, ROUND_HALF_UP)
    exceed = reported is not None and partsum is not None and partsum > reported
    basis = "reported total" if totals else "sum of parts"
    print("|".join([key[0], key[1], str(key[2]), key[3], str(grams), basis, "t" if exceed else "f"]))
PY
)
actual=$(psql -qXAt <<'SQL'
SELECT 'rows ' || count(*) || ' lines ' || max(source_line)
FROM (SELECT source_line FROM unodc_seizure UNION SELECT source_line FROM unodc_seizure_total) l
HAVING count(*) = (SELECT count(*) FROM unodc_seizure) + (SELECT count(*) FROM unodc_seizure_total)
   AND min(source_line) = 2 AND max(source_line) = count(*) + 1;
SELECT iso3, country, year, drug_group, coalesce(round(value(qty, 'g'), 3)::text, 'NULL'), basis,
       parts_exceed_total
FROM unodc_group_total ORDER BY iso3 COLLATE "C", country COLLATE "C", year, drug_group COLLATE "C";
SQL
)
examples=$(psql -qXAt <<'SQL'
SELECT iso3, year, drug_group, qty, basis, parts_exceed_total FROM unodc_group_total
WHERE (iso3, year, drug_group) IN (('KOR', 2020, 'Cocaine'), ('ARG', 2022, 'Cocaine'), ('ARG', 2022, 'Coca-type'))
ORDER BY 1, 2, 3;
SELECT count(*) || ' cells, ' || count(*) FILTER (WHERE basis = 'reported total') || ' with a total, '
       || count(*) FILTER (WHERE parts_exceed_total) || ' whose parts exceed it' FROM unodc_group_total;
SQL
)
dropdb "$PGDATABASE"
echo "$examples"
want="ARG|2022|Coca-type|131808.45689999999 kg|sum of parts|f
ARG|2022|Cocaine|13674.96565 kg|reported total|f
KOR|2020|Cocaine|48 kg|reported total|f"
rc=0
[ "$(echo "$examples" | head -3)" = "$want" ] || { echo "MISMATCH: the documented examples"; rc=1; }
if [ "$expected" = "$actual" ]; then
	echo "unodc_group_total equals the independent computation: $(echo "$expected" | head -1), $(($(echo "$expected" | wc -l) - 1)) cells"
else
	echo "MISMATCH"; diff <(echo "$expected") <(echo "$actual") | head -40; rc=1
fi
exit $rc

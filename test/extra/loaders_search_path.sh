#!/usr/bin/env bash
# The loaders (loaders/*.sql) run as a trusted role, often a superuser, so
# nothing in a schema that other roles can write may run inside them: a
# function planted earlier in the caller's search_path is not called (they
# pin search_path and name the extension's objects with its schema), and a
# target table that another role made and owns is refused (42501), since
# loading it would run that role's triggers with the loader's rights.
# Needs no data files: it loads a few rows of its own in each format.
set -uo pipefail
cd "$(dirname "$0")/../.."
db=seizure_loaders_sp_$$
mallory=seizure_mallory_$$
tmp=$(mktemp -d)
failures=0
cleanup() {
	dropdb --if-exists "$db" 2>/dev/null
	psql -X -q -d postgres -c "DROP ROLE IF EXISTS $mallory" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
check() {	# check NAME EXPECTED ACTUAL
	if [ "$2" = "$3" ]; then
		echo "ok - $1"
	else
		echo "not ok - $1"; echo "#   expected: $2"; echo "#   actual:   $3"
		failures=$((failures + 1))
	fi
}
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" "$@"; }

cat > "$tmp/nationwide-drugs-test.csv" <<'CSV'
FY,Month (abbv),Component,Region,Land Filter,Area of Responsibility,Drug Type,Count of Event,Sum Qty (lbs)
2024,JAN,Office of Field Operations,Southwest Border,Land Only,LAREDO FIELD OFFICE,Cocaine,2,10.5
2024,FEB,U.S. Border Patrol,Southwest Border,Other,EL PASO SECTOR,Methamphetamine,1,0.25
CSV
cat > "$tmp/drug_seizures_test.csv" <<'CSV'
Region,SubRegion,Country,DrugGroup,DrugSubGroup,DrugName,Year,Kilograms,msCode
Asia,East Asia,Republic of Korea,Amphetamine-type stimulants,Methamphetamine,Methamphetamine,2022,12.5,KOR
Asia,East Asia,Republic of Korea,Amphetamine-type stimulants,Reported total,Total amphetamine-type stimulants (ATS),2022,13,KOR
CSV

createdb "$db" || exit 1
sql >/dev/null <<SQL || exit 1
CREATE EXTENSION seizure;
CREATE ROLE $mallory;
-- a schema another role writes, and CREATE on public for that role
CREATE SCHEMA mallory AUTHORIZATION $mallory;
GRANT CREATE ON SCHEMA public TO $mallory;
CREATE SCHEMA loads;
SET ROLE $mallory;
CREATE TABLE mallory.log (who text, what text);
GRANT INSERT ON mallory.log TO PUBLIC;
CREATE FUNCTION mallory.normalize_substance(name text) RETURNS text LANGUAGE sql
	AS \$\$ INSERT INTO mallory.log VALUES (current_user, 'normalize_substance'); SELECT 'pwned' \$\$;
CREATE FUNCTION mallory.log_row() RETURNS trigger LANGUAGE plpgsql
	AS \$\$ BEGIN INSERT INTO mallory.log VALUES (current_user, TG_TABLE_NAME); RETURN NEW; END \$\$;
CREATE TABLE public.cbp_seizure (fy int, month int, component text, region text, land_filter text,
	area text, drug_type text, substance text, events int, qty quantity, source_file text,
	source_line int, PRIMARY KEY (source_file, source_line));
CREATE TRIGGER log_row BEFORE INSERT OR DELETE ON public.cbp_seizure FOR EACH ROW EXECUTE FUNCTION mallory.log_row();
CREATE TABLE public.unodc_seizure_total (region text);
RESET ROLE;
SQL

load() {	# load LOADER FILE [psql options]: prints the error, if any
	local loader=$1 file=$2; shift 2
	psql -X -q -d "$db" -v file="$file" "$@" -f "loaders/$loader.sql" 2>&1 >/dev/null | grep -o 'ERROR:.*' || true
}
# the planted function comes first in the caller's search_path
export PGOPTIONS="-c search_path=mallory,public"
check "a planted function works on the caller's own queries" "pwned" \
	"$(sql -c "SELECT normalize_substance('cocaine')" -c "TRUNCATE mallory.log")"

err=$(load cbp "$tmp/nationwide-drugs-test.csv" -v schema=loads)
check "cbp loads into a schema of its own" "" "$err"
check "cbp calls the extension's functions, not the planted ones" "cocaine,methamphetamine" \
	"$(sql -c "SELECT string_agg(substance, ',' ORDER BY source_line) FROM loads.cbp_seizure")"
err=$(load unodc "$tmp/drug_seizures_test.csv" -v schema=loads)
check "unodc loads into a schema of its own" "" "$err"
check "unodc calls the extension's functions, not the planted ones" "methamphetamine 12.5 kg | 1 total" \
	"$(sql -c "SELECT (SELECT substance || ' ' || qty FROM loads.unodc_seizure) || ' | ' ||
	                  (SELECT count(*) FROM loads.unodc_seizure_total) || ' total'")"

# the default target, the first schema of the search_path, holds tables
# that another role made
export PGOPTIONS="-c search_path=public,mallory"
err=$(load cbp "$tmp/nationwide-drugs-test.csv")
check "cbp refuses a table another role owns" \
	"ERROR:  table public.cbp_seizure is owned by role $mallory, not by the loading role $(sql -c 'SELECT current_user')" "$err"
err=$(load unodc "$tmp/drug_seizures_test.csv")
check "unodc refuses a table another role owns" \
	"ERROR:  table public.unodc_seizure_total is owned by role $mallory, not by the loading role $(sql -c 'SELECT current_user')" "$err"
check "unodc's refusal leaves nothing behind" "" "$(sql -c "SELECT to_regclass('public.unodc_seizure')")"
check "nothing planted ran as the loading role" "0" "$(sql -c "SELECT count(*) FROM mallory.log")"

if [ "$failures" -ne 0 ]; then
	echo "loaders_search_path: $failures check(s) failed"
	exit 1
fi
echo "loaders_search_path: all checks passed"

#!/usr/bin/env bash
# pg_dump and restore keep a curator's substances, aliases and conversion
# factors (overrides of built-in rows included) exactly, once each, and do not
# duplicate the built-in rows that CREATE EXTENSION brings back.  The changes
# that a restore would silently undo or fail on (a row inserted as built-in, a
# built-in factor changed, a built-in alias deleted, a built-in key renamed)
# are refused when they are made.  Runs against the cluster in the PG*
# environment (as inside pg_virtualenv); creates and drops its own databases
# and role.  Prints one line per check and exits non-zero when one fails.
set -euo pipefail

tag=seizure_dump_$$
src=${tag}_src; custom=${tag}_custom; plain=${tag}_plain
curator=${tag}_curator
tmp=$(mktemp -d)
failures=0
cleanup() {
	for db in "$src" "$custom" "$plain"; do dropdb --if-exists "$db" 2>/dev/null || true; done
	psql -X -q -d postgres -c "DROP ROLE IF EXISTS $curator" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$@"; }
check() {	# check NAME EXPECTED ACTUAL
	if [ "$2" = "$3" ]; then
		echo "ok - $1"
	else
		echo "not ok - $1"; echo "#   expected: $2"; echo "#   actual:   $3"
		failures=$((failures + 1))
	fi
}

# the extension lives in its own schema, as it may in production
createdb "$src"
sql "$src" <<'SQL'
CREATE SCHEMA analytics;
CREATE EXTENSION seizure SCHEMA analytics;
SET search_path = analytics;
INSERT INTO substance (key, name_en, name_ko, unodc_group, unodc_subgroup, kr_class)
VALUES ('etonitazepyne', 'Etonitazepyne', '에토니타제핀', 'Opioids', 'Other illicit opioids', NULL);
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES
	('eto', 'en', 'etonitazepyne', 0.7),
	('bingo dust', 'en', 'ketamine', 0.6),
	('Ice', 'en', 'cocaine', 0.3);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source) VALUES
	('mdma', 'tablet', 0.25, 'bulk', 'a user''s figure'),
	('etonitazepyne', 'tablet', 0.1, 'gross', 'another user figure');
SQL

# a curator with the grant docs/substances.md recommends: its own substance
# (renamed, the rename cascading to its rows), aliases and factors, and
# overrides of a built-in alias and a built-in factor
sql "$src" -c "CREATE ROLE $curator" -c "GRANT USAGE ON SCHEMA analytics TO $curator" \
	-c "GRANT INSERT, UPDATE, DELETE ON analytics.substance, analytics.substance_alias, analytics.conversion_factor TO $curator"
sql "$src" <<SQL
SET ROLE $curator;
SET search_path = analytics;
INSERT INTO substance (key, name_en, unodc_group, kr_class, us_schedule)
VALUES ('butonitazene_draft', 'Butonitazene', 'Opioids', '마약', 'I');
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES
	('buto', 'en', 'butonitazene_draft', 0.8), ('부토니타젠', 'ko', 'butonitazene_draft', 1),
	('crystal meth', 'en', 'amphetamine', 0.4);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source) VALUES
	('butonitazene_draft', 'tablet', 0.005, 'net', 'curator: lab mean'),
	('methamphetamine', 'dose', 0.06, 'net', 'curator: override of the KCS dose');
UPDATE substance SET key = 'butonitazene' WHERE key = 'butonitazene_draft';
SQL

# what a restore would undo or fail on is refused when it is made (42501)
refused() {	# refused NAME STATEMENT
	local out
	out=$(psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=sqlstate -d "$src" \
		-c "SET ROLE $curator" -c "SET search_path = analytics" -c "$2" 2>&1 || true)
	check "refused: $1" "ERROR:  42501" "$out"
}
refused "a row inserted as built-in" \
	"INSERT INTO substance_alias (alias, lang, substance, builtin) VALUES ('crank', 'en', 'methamphetamine', true)"
refused "a built-in factor doubled" \
	"UPDATE conversion_factor SET grams_per_unit = grams_per_unit * 2 WHERE builtin"
refused "a built-in alias deleted" "DELETE FROM substance_alias WHERE alias = 'ice' AND builtin"
refused "a built-in key renamed" "UPDATE substance SET key = 'ketamine_hcl' WHERE key = 'ketamine'"
refused "a built-in row made a user's" "UPDATE substance_alias SET builtin = false WHERE alias = 'shabu'"

state="SET search_path = analytics;
SELECT concat_ws(' | ',
	(SELECT count(*) FILTER (WHERE builtin) || '+' || count(*) FILTER (WHERE NOT builtin) FROM substance),
	(SELECT count(*) FILTER (WHERE builtin) || '+' || count(*) FILTER (WHERE NOT builtin) FROM substance_alias),
	(SELECT count(*) FILTER (WHERE builtin) || '+' || count(*) FILTER (WHERE NOT builtin) FROM conversion_factor),
	normalize_substance('Bingo Dust'), normalize_substance('ISO'), normalize_substance('ice'),
	normalize_substance('에토니타제핀'), to_mass('10 tablets', 'ecstasy'),
	to_mass('10 tablets', 'etonitazepyne'), to_mass('100 doses', 'methamphetamine'),
	normalize_substance('buto'), normalize_substance('Crystal-Meth'), kr_class('부토니타젠'),
	to_mass('1000 tablets', 'butonitazene'),
	md5(catalog_snapshot()::text))"
fresh=$(createdb "$tag"_fresh && sql "$tag"_fresh -c "CREATE EXTENSION seizure" -c \
	"SELECT concat_ws(' | ', (SELECT count(*) FROM substance), (SELECT count(*) FROM substance_alias),
	 (SELECT count(*) FROM conversion_factor))"; dropdb "$tag"_fresh)
before=$(sql "$src" -c "$state")
echo "# built-in rows: $fresh"
echo "# before dump:   $before"

pg_dump -Fc -f "$tmp/custom.dump" "$src"
createdb "$custom"
pg_restore --exit-on-error -d "$custom" "$tmp/custom.dump"
check "custom-format dump restores users' rows once, built-ins once" "$before" "$(sql "$custom" -c "$state")"

pg_dump -Fp -f "$tmp/plain.sql" "$src"
createdb "$plain"
sql "$plain" -f "$tmp/plain.sql" >/dev/null
check "plain dump restores users' rows once, built-ins once" "$before" "$(sql "$plain" -c "$state")"


check "built-in counts after restore equal a fresh install" \
	"$fresh" "$(sql "$plain" -c "SET search_path = analytics" -c \
	"SELECT concat_ws(' | ', (SELECT count(*) FROM substance WHERE builtin),
	 (SELECT count(*) FROM substance_alias WHERE builtin), (SELECT count(*) FROM conversion_factor WHERE builtin))")"
check "the dump holds users' aliases" "1" "$(grep -c '^bingo dust	' "$tmp/plain.sql" || true)"
check "the dump holds no built-in alias" "0" "$(grep -c '^hiropon	' "$tmp/plain.sql" || true)"
check "the dump holds no built-in factor" "0" "$(grep -c 'Silent Sweeper' "$tmp/plain.sql" || true)"

if [ "$failures" -ne 0 ]; then
	echo "dump_restore_substance: $failures check(s) failed"
	exit 1
fi
echo "dump_restore_substance: all checks passed"

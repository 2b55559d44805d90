#!/usr/bin/env bash
# pg_dump and restore keep a user's substances, aliases and conversion factors,
# once each, and do not duplicate the built-in rows that CREATE EXTENSION
# brings back.  Runs against the cluster in the PG* environment (as inside
# pg_virtualenv); creates and drops its own databases.  Prints one line per
# check and exits non-zero when one fails.
set -euo pipefail

tag=seizure_dump_$$
src=${tag}_src; custom=${tag}_custom; plain=${tag}_plain
tmp=$(mktemp -d)
failures=0
cleanup() {
	for db in "$src" "$custom" "$plain"; do dropdb --if-exists "$db" 2>/dev/null || true; done
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
VALUES ('isotonitazene', 'Isotonitazene', '이소토니타젠', 'Opioids', 'Other illicit opioids', NULL);
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES
	('iso', 'en', 'isotonitazene', 0.7),
	('bingo dust', 'en', 'ketamine', 0.6),
	('Ice', 'en', 'cocaine', 0.3);
INSERT INTO conversion_factor (substance, unit, grams_per_unit, basis, source) VALUES
	('mdma', 'tablet', 0.25, 'bulk', 'a user''s figure'),
	('isotonitazene', 'tablet', 0.1, 'gross', 'another user figure');
SQL

state="SET search_path = analytics;
SELECT concat_ws(' | ',
	(SELECT count(*) FILTER (WHERE builtin) || '+' || count(*) FILTER (WHERE NOT builtin) FROM substance),
	(SELECT count(*) FILTER (WHERE builtin) || '+' || count(*) FILTER (WHERE NOT builtin) FROM substance_alias),
	(SELECT count(*) FILTER (WHERE builtin) || '+' || count(*) FILTER (WHERE NOT builtin) FROM conversion_factor),
	normalize_substance('Bingo Dust'), normalize_substance('ISO'), normalize_substance('ice'),
	normalize_substance('이소토니타젠'), to_mass('10 tablets', 'ecstasy'),
	to_mass('10 tablets', 'isotonitazene'), to_mass('100 doses', 'methamphetamine'))"
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

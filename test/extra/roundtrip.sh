#!/usr/bin/env bash
# Every text and binary form reads back, for every unit, in every type.
#
# The values are generated from the unit table in src/units.c, the weight
# bases in src/basis.c and the routes in src/route.c, so a new unit, basis or
# route is covered by itself: every unit (singular and plural) x estimate or
# not x every basis (masses) x three amounts, as quantity; each one alone and
# every group of one kind and basis as quantity_tally, quantity_sum_state and
# quantity_tally_state; one tally of everything; every route; arrays of each
# type.  Each row's fingerprint is its text and binary (send) form of every
# column; the table must give the same fingerprints after a cast through
# text, after COPY out and in as text, CSV and binary, and after pg_dump -Fc
# and pg_restore into a new database.
set -euo pipefail
src=roundtrip_src_$$; dst=roundtrip_dst_$$
work=$(mktemp -d)
chmod 755 "$work"
cleanup() { for d in "$src" "$dst"; do dropdb --if-exists "$d" >/dev/null 2>&1 || true; done; rm -rf "$work"; }
trap cleanup EXIT

# [QU_KG] = {"kg", "kg", QK_MASS, ...}: symbol, plural, kind
units=$(sed -nE 's/^\s*\[QU_[A-Z_]+\] = \{"([^"]+)", "([^"]+)", QK_([A-Z_]+),.*/(\x27\1\x27, \x27\2\x27, \x27\3\x27)/p' src/units.c |
	grep -v "^('?'" | paste -sd, -)
# static const char *const basis_names[QB_NBASES] = {NULL, "net", "bulk", "gross"};
bases=$(sed -nE 's/.*basis_names\[QB_NBASES\] = \{NULL, (.*)\};/\1/p' src/basis.c | tr '"' "'" |
	sed -E "s/'([^']+)'/('\1')/g")
# [ROUTE_AIR_CARGO] = {"air_cargo", "air cargo", ...}
routes=$(sed -nE 's/^\s*\[ROUTE_[A-Z_]+\] = \{"([^"]+)",.*/(\x27\1\x27)/p' src/route.c | paste -sd, -)
[ -n "$units" ] && [ -n "$bases" ] && [ -n "$routes" ] || { echo "cannot read the unit, basis or route table"; exit 1; }

# one row's fingerprint: every column's text and send form (NULL apart from '')
fp="concat_ws('|', id"
for c in q:quantity_send t:quantity_tally_send s:quantity_sum_state_send ts:quantity_tally_state_send r:route_send \
	qa:array_send ta:array_send sa:array_send tsa:array_send ra:array_send; do
	send="${c#*:}(${c%%:*})"
	# an array's send form holds its element type's oid, which differs between databases
	[ "${c#*:}" = array_send ] && send="overlay($send PLACING '\\x00000000' FROM 9 FOR 4)"
	fp+=", coalesce(${c%%:*}::text, 'NULL'), coalesce(encode($send, 'hex'), 'NULL')"
done
fp+=")"
cols="q quantity, t quantity_tally, s quantity_sum_state, ts quantity_tally_state, r route,
	qa quantity[], ta quantity_tally[], sa quantity_sum_state[], tsa quantity_tally_state[], ra route[]"

createdb -T template0 -E UTF8 --locale=C.UTF-8 "$src"
psql -qX -v ON_ERROR_STOP=1 -d "$src" <<SQL
CREATE EXTENSION seizure;
CREATE TABLE units (sym text, plural text, kind text);
INSERT INTO units VALUES $units;
CREATE TABLE routes (name text);
INSERT INTO routes VALUES $routes;
CREATE AGGREGATE sum_state(quantity) (SFUNC = quantity_sum_trans, STYPE = quantity_sum_state);
CREATE AGGREGATE tally_state(quantity) (SFUNC = quantity_tally_state_trans, STYPE = quantity_tally_state);

CREATE TABLE forms AS
SELECT row_number() OVER (ORDER BY u.kind, u.sym, e.est, b.basis NULLS FIRST, a.amount) AS n, u.kind, b.basis,
       (e.est || a.amount || ' ' || CASE a.amount WHEN '1' THEN u.sym ELSE u.plural END
        || coalesce(' ' || b.basis, ''))::quantity AS q
FROM units u
CROSS JOIN (VALUES (''), ('~')) e(est)
CROSS JOIN (VALUES ('1'), ('2.5'), ('-0.125')) a(amount)
JOIN (SELECT NULL::text UNION ALL SELECT * FROM (VALUES $bases) v) b(basis) ON b.basis IS NULL OR u.kind = 'MASS';

CREATE TABLE rt (id int PRIMARY KEY, $cols);
-- each form alone
INSERT INTO rt
SELECT n, q, t, s, ts, r, ARRAY[q, NULL, q], ARRAY[t, NULL], ARRAY[s, NULL, s], ARRAY[ts, NULL], ARRAY[r, NULL]
FROM (SELECT n, q, (SELECT tally(x) FROM (VALUES (q)) v(x)) AS t, quantity_sum_trans(NULL, q) AS s, quantity_tally_state_trans(NULL, q) AS ts,
             (SELECT name FROM routes ORDER BY name OFFSET n % (SELECT count(*) FROM routes) LIMIT 1)::route AS r
      FROM forms) f;
-- every group of one kind and basis: several units, estimates and signs in one value
INSERT INTO rt (id, t, s, ts, ta, sa, tsa)
SELECT 100000 + row_number() OVER (ORDER BY kind, basis NULLS FIRST), t, s, ts, ARRAY[t], ARRAY[s], ARRAY[ts]
FROM (SELECT kind, basis, tally(q ORDER BY n) AS t, sum_state(q ORDER BY n) AS s, tally_state(q ORDER BY n) AS ts
      FROM forms GROUP BY kind, basis) g;
-- everything in one tally; every route; the empty values
INSERT INTO rt (id, t, ts, ra)
SELECT 200000, tally(q ORDER BY n), tally_state(q ORDER BY n), (SELECT array_agg(name::route ORDER BY name) FROM routes)
FROM forms;
INSERT INTO rt (id, t, s, ts, qa) VALUES (200001, '', 'n=0 sum=0 units=', NULL, '{}');
SQL

fingerprints() {	# DB TABLE: each row's id and fingerprint, in order of id
	psql -qXAt -v ON_ERROR_STOP=1 -d "$1" -c "SELECT id || ' ' || $fp FROM $2 ORDER BY id"
}
fingerprints "$src" rt > "$work/want"
rows=$(wc -l < "$work/want")
psql -qXAt -d "$src" -c "SELECT count(*) || ' units, ' || (SELECT count(*) FROM forms) || ' quantities' FROM units" |
	sed "s/\$/, $rows rows of ten columns/"
failed=0
check() {	# NAME DB TABLE
	if fingerprints "$2" "$3" > "$work/got" && cmp -s "$work/want" "$work/got"; then
		echo "ok - $1"
	else
		echo "not ok - $1; the first rows that differ (want <, got >):"
		{ diff "$work/want" "$work/got" || true; } | grep '^[<>]' | head -4 | cut -c1-400 || true
		failed=1
	fi
}

# text: each column cast to text and back
psql -qX -v ON_ERROR_STOP=1 -d "$src" -c "CREATE TABLE rt_cast AS
	SELECT id, q::text::quantity AS q, t::text::quantity_tally AS t, s::text::quantity_sum_state AS s,
	       ts::text::quantity_tally_state AS ts, r::text::route AS r, qa::text::quantity[] AS qa,
	       ta::text::quantity_tally[] AS ta, sa::text::quantity_sum_state[] AS sa,
	       tsa::text::quantity_tally_state[] AS tsa,
	       ra::text::route[] AS ra FROM rt" || failed=1
check "text casts" "$src" rt_cast

# COPY out and in: text, CSV, binary
for format in text csv binary; do
	psql -qX -v ON_ERROR_STOP=1 -d "$src" <<SQL || failed=1
\copy rt TO '$work/rt.$format' WITH (FORMAT $format)
CREATE TABLE rt_$format (id int PRIMARY KEY, $cols);
\copy rt_$format FROM '$work/rt.$format' WITH (FORMAT $format)
SQL
	check "COPY $format" "$src" "rt_$format"
done

# pg_dump -Fc and pg_restore into a new database
pg_dump -Fc -d "$src" -f "$work/rt.dump"
createdb -T template0 -E UTF8 --locale=C.UTF-8 "$dst"
pg_restore --exit-on-error -d "$dst" "$work/rt.dump" || failed=1
for t in rt rt_cast rt_text rt_csv rt_binary; do
	check "pg_dump -Fc / pg_restore: $t" "$dst" "$t"
done
[ -n "${ROUNDTRIP_KEEP:-}" ] && { trap - EXIT; echo "kept $src"; }
exit $failed

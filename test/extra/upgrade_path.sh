#!/usr/bin/env bash
# Upgrade path: for every released version A (its install script frozen in
# test/data/released/seizure--A.sql), CREATE EXTENSION seizure VERSION 'A'
# then ALTER EXTENSION seizure UPDATE must give the same catalog as a fresh
# install of the current version: functions and their labels, operators,
# types, casts, operator classes, aggregates, tables, constraints, indexes,
# triggers, privileges, comments and the built-in reference rows.
#
# Also checked: every upgrade script sql/seizure--A--B.sql starts from a
# released version or from the end of another script; every released
# version has a path to the current one; a fresh install of the current
# version, named explicitly, equals the default install; and the catalog
# comparison sees a changed label (so this test can fail).
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/extra/released.bash

# the catalog of the extension in one database, one sorted line per fact
snapshot() {
	psql -qAtX -v ON_ERROR_STOP=1 -d "$1" <<'SQL' | sort
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'seizure'),
members AS (
  SELECT d.classid, d.objid, d.objsubid FROM pg_depend d, ext
  WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e')
SELECT 'member ' || pg_describe_object(classid, objid, objsubid) FROM members
UNION ALL
SELECT format('function %s returns %s kind=%s vol=%s strict=%s parallel=%s secdef=%s leakproof=%s lang=%s src=%s bin=%s config=%s cost=%s rows=%s defaults=%s args=%s',
  p.oid::regprocedure, p.prorettype::regtype, p.prokind, p.provolatile, p.proisstrict, p.proparallel, p.prosecdef,
  p.proleakproof, l.lanname, p.prosrc, p.probin, p.proconfig, p.procost, p.prorows, p.pronargdefaults, p.proargnames)
FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid JOIN pg_language l ON l.oid = p.prolang
UNION ALL
SELECT format('aggregate %s trans=%s final=%s combine=%s serial=%s deserial=%s state=%s init=%s sortop=%s finalmodify=%s',
  a.aggfnoid::regprocedure, a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn,
  a.aggtranstype::regtype, a.agginitval, a.aggsortop::regoperator, a.aggfinalmodify)
FROM members m JOIN pg_aggregate a ON m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid
UNION ALL
SELECT format('operator %s result=%s code=%s commutator=%s negator=%s restrict=%s join=%s hashes=%s merges=%s',
  o.oid::regoperator, o.oprresult::regtype, o.oprcode::regprocedure, o.oprcom::regoperator, o.oprnegate::regoperator,
  o.oprrest, o.oprjoin, o.oprcanhash, o.oprcanmerge)
FROM members m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
UNION ALL
SELECT format('type %s len=%s byval=%s align=%s storage=%s category=%s preferred=%s in=%s out=%s recv=%s send=%s typmodin=%s typmodout=%s',
  t.oid::regtype, t.typlen, t.typbyval, t.typalign, t.typstorage, t.typcategory, t.typispreferred,
  t.typinput, t.typoutput, t.typreceive, t.typsend, t.typmodin, t.typmodout)
FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
UNION ALL
SELECT format('cast %s as %s func=%s context=%s method=%s', c.castsource::regtype, c.casttarget::regtype,
  c.castfunc::regprocedure, c.castcontext, c.castmethod)
FROM members m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
UNION ALL
SELECT format('opclass %s am=%s type=%s default=%s family=%s', oc.opcname, am.amname, oc.opcintype::regtype,
  oc.opcdefault, f.opfname)
FROM members m JOIN pg_opclass oc ON m.classid = 'pg_opclass'::regclass AND oc.oid = m.objid
JOIN pg_am am ON am.oid = oc.opcmethod JOIN pg_opfamily f ON f.oid = oc.opcfamily
UNION ALL
SELECT format('amop %s strategy %s %s', f.opfname, ao.amopstrategy, ao.amopopr::regoperator)
FROM pg_amop ao JOIN pg_opfamily f ON f.oid = ao.amopfamily
WHERE f.oid IN (SELECT oc.opcfamily FROM members m JOIN pg_opclass oc ON m.classid = 'pg_opclass'::regclass AND oc.oid = m.objid)
UNION ALL
SELECT format('amproc %s %s %s %s support %s %s', f.opfname, ap.amproclefttype::regtype, ap.amprocrighttype::regtype,
  'proc', ap.amprocnum, ap.amproc::regprocedure)
FROM pg_amproc ap JOIN pg_opfamily f ON f.oid = ap.amprocfamily
WHERE f.oid IN (SELECT oc.opcfamily FROM members m JOIN pg_opclass oc ON m.classid = 'pg_opclass'::regclass AND oc.oid = m.objid)
UNION ALL
SELECT format('column %s.%s %s notnull=%s default=%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
  a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid))
FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
UNION ALL
SELECT format('constraint %s %s %s', c.relname, co.conname, pg_get_constraintdef(co.oid))
FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
JOIN pg_constraint co ON co.conrelid = c.oid
UNION ALL
SELECT 'index ' || pg_get_indexdef(i.indexrelid)
FROM members m JOIN pg_index i ON m.classid = 'pg_class'::regclass AND i.indrelid = m.objid
UNION ALL
SELECT format('trigger %s %s enabled=%s', c.relname, pg_get_triggerdef(tg.oid), tg.tgenabled)
FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
JOIN pg_trigger tg ON tg.tgrelid = c.oid AND NOT tg.tgisinternal
UNION ALL
SELECT format('acl %s %s', c.relname, c.relacl)
FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
UNION ALL
SELECT format('acl %s %s', p.oid::regprocedure, p.proacl)
FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid WHERE p.proacl IS NOT NULL
UNION ALL
SELECT format('comment %s: %s', pg_describe_object(m.classid, m.objid, m.objsubid), d.description)
FROM members m JOIN pg_description d ON d.classoid = m.classid AND d.objoid = m.objid AND d.objsubid = 0
UNION ALL
SELECT format('config %s where %s', cfg.t::regclass, cond.c)
FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(t, c), LATERAL (SELECT x.t) cfg(t), LATERAL (SELECT x.c) cond(c)
WHERE e.extname = 'seizure'
UNION ALL
SELECT format('rows %s %s %s', c.oid::regclass,
  (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s WHERE builtin', c.oid::regclass), false, true, '')))[1],
  (xpath('/row/h/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text COLLATE "C"), '''')) AS h FROM %s t WHERE builtin', c.oid::regclass), false, true, '')))[1])
FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid AND c.relkind = 'r';
SQL
}

newdb() {
	local d="upgrade_$1_$$"
	dbs+=("$d")
	createdb -T template0 -E UTF8 --locale=C.UTF-8 "$d"
	echo "$d"
}

status=0
fresh=$(newdb fresh)
psql -qX -v ON_ERROR_STOP=1 -d "$fresh" -c "CREATE EXTENSION seizure" >/dev/null
snapshot "$fresh" > "$work/fresh.txt"
echo "current version $current: $(wc -l < "$work/fresh.txt") catalog facts"

# the comparison sees a change of label: this test can fail
scratch=$(newdb scratch)
psql -qX -v ON_ERROR_STOP=1 -d "$scratch" -c "CREATE EXTENSION seizure" \
	-c "ALTER FUNCTION unit(quantity) STABLE" -c "COMMENT ON FUNCTION kind(quantity) IS 'changed'" >/dev/null
snapshot "$scratch" > "$work/scratch.txt"
if [ "$(diff "$work/fresh.txt" "$work/scratch.txt" | grep -c '^[<>]')" -ne 4 ]; then
	echo "not ok - the catalog comparison does not see a changed label and comment"; status=1
fi

# the current version named explicitly, and an update that has nothing to do
explicit=$(newdb explicit)
psql -qX -v ON_ERROR_STOP=1 -d "$explicit" -c "CREATE EXTENSION seizure VERSION '$current'" \
	-c "SET client_min_messages = warning" -c "ALTER EXTENSION seizure UPDATE" >/dev/null
snapshot "$explicit" > "$work/explicit.txt"
if diff -u "$work/fresh.txt" "$work/explicit.txt"; then
	echo "ok - CREATE EXTENSION seizure VERSION '$current' + UPDATE equals a fresh install"
else
	echo "not ok - an explicit install of $current differs"; status=1
fi

# upgrade scripts and released versions
released=()
for f in test/data/released/seizure--*.sql; do
	[ -e "$f" ] || continue
	v=${f##*/seizure--}; released+=("${v%.sql}")
done
starts=" ${released[*]} "
for f in sql/seizure--*--*.sql; do
	[ -e "$f" ] || continue
	b=${f##*/seizure--}; b=${b%.sql}; from=${b%%--*}; to=${b##*--}
	ends=0
	for g in sql/seizure--*--"$from".sql; do [ -e "$g" ] && ends=$((ends + 1)); done
	if [[ "$starts" != *" $from "* ]] && [ "$ends" -eq 0 ]; then
		echo "not ok - $f upgrades from $from, which is neither released (test/data/released/) nor reached by another script"
		status=1
	fi
done
for v in "${released[@]}"; do
	[ "$v" = "$current" ] && continue
	place_released "$v"
	path=$(psql -qAtX -d "$fresh" -c "SELECT path FROM pg_extension_update_paths('seizure') WHERE source = '$v' AND target = '$current'")
	if [ -z "$path" ]; then
		echo "not ok - no upgrade path from released $v to $current: an upgrade script is missing"; status=1; continue
	fi
	d=$(newdb "from_${v//[^0-9a-z]/_}")
	if ! psql -qX -v ON_ERROR_STOP=1 -d "$d" -c "CREATE EXTENSION seizure VERSION '$v'" \
		-c "ALTER EXTENSION seizure UPDATE TO '$current'" >/dev/null; then
		echo "not ok - installing $v and updating along $path failed"; status=1; continue
	fi
	snapshot "$d" > "$work/from_$v.txt"
	if diff -u "$work/fresh.txt" "$work/from_$v.txt"; then
		echo "ok - $v updated along $path equals a fresh $current"
	else
		echo "not ok - $v updated along $path differs from a fresh $current (diff above)"; status=1
	fi
done
echo "upgrade_path: ${#released[@]} released version(s) besides the current one checked"
exit $status

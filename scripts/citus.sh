#!/usr/bin/env bash
# Citus for make test, from the source kept in ../shared/vendor (Debian has
# no Citus package and CI reaches no repository host), for the server of
# $PG_CONFIG (default the host's PostgreSQL 15):
#
#   scripts/citus.sh build     build it once under build/citus-SHA-pgVERSION/
#                              (SHA: the tarball's sha256, first 12 digits);
#                              built again when the tarball, the patch or
#                              the server changes
#   scripts/citus.sh install   build, then install into the server unless
#                              its citus.so is this build's already
#   scripts/citus.sh test      install, then make citus-check; appends
#                              "citus PASSED FAILED SKIPPED checks" to
#                              $SEIZURE_COUNTS when set
#
# Exits 77 (after a line "skip - citus: REASON") when Citus cannot be built
# here: no ../shared/vendor (a fresh clone), or a server Citus 13.2.2 does
# not support (18).  $SEIZURE_VENDOR names another vendor folder;
# $SEIZURE_CITUS_BUILD another folder for the builds (a Debian root keeps
# them outside its copy of the tree, which each run makes afresh).
set -euo pipefail
cd "$(dirname "$0")/.."
. mk/defaults.sh
here=$PWD
PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
export PG_CONFIG
vendor=${SEIZURE_VENDOR:-$here/../shared/vendor}
tarball=$vendor/citus-13.2.2.tar.gz
patchfile=$vendor/citus-13.2.2-pg15-createdb.patch
builds=${SEIZURE_CITUS_BUILD:-$here/build}
mode=${1:-}

count() { [ -z "${SEIZURE_COUNTS:-}" ] || echo "citus $1 $2 $3 checks" >> "$SEIZURE_COUNTS"; }
skip() {
	echo "skip - citus: $*"
	[ "$mode" != test ] || count 0 0 1
	exit 77
}
fail() {
	echo "not ok - citus: $*"
	[ "$mode" != test ] || count 0 1 0
	exit 1
}

case $mode in
	build|install|test) ;;
	*) sed -n '2,20s/^# \{0,1\}//p' "$0"; exit 2 ;;
esac

version=$("$PG_CONFIG" --version) || fail "no server: $PG_CONFIG does not run"
major=$(sed -E 's/^PostgreSQL ([0-9]+).*/\1/' <<<"$version")
[ "$major" -le 17 ] || skip "Citus 13.2.2 supports PostgreSQL 15, 16 and 17, not $major (its configure refuses it)"
[ -f "$tarball" ] || skip "no Citus source: $tarball is missing (../shared/vendor comes with the project's data)"
(cd "$vendor" && sha256sum --quiet -c SHA256SUMS) >/dev/null 2>&1 ||
	fail "$vendor does not match its SHA256SUMS"

sha=$(sha256sum "$tarball" | cut -c1-12)
dir=$builds/citus-$sha-pg$major
# what the build depends on besides the tarball (the dir's name)
want="patch $(sha256sum "$patchfile" | cut -c1-64)
server $version, $("$PG_CONFIG" --includedir-server), $("$PG_CONFIG" --pkglibdir)"
mkdir -p "$builds"
# two runs (make test and a make citus-install) build in turn, not together
exec 7>"$builds/citus-pg$major.lock"
flock 7

build() {
	local start=$SECONDS old
	if [ -f "$dir/.seizure-built" ] && [ "$(cat "$dir/.seizure-built")" = "$want" ]; then
		[ "$mode" = test ] || echo "citus: Citus 13.2.2 for $version built before (${dir#"$here"/})"
		return 0
	fi
	for old in "$builds"/citus-*-pg"$major"; do
		[ "$old" = "$dir" ] || [ ! -d "$old" ] || rm -rf "$old"
	done
	rm -rf "$dir"; mkdir -p "$dir"
	tar -C "$dir" -xzf "$tarball"
	# the patch guards itself (PG_VERSION_NUM >= 150020), so it goes in for
	# every server: a no-op before 15.20 and from 16 on
	command -v patch >/dev/null || fail "patch is not installed (scripts/test-packages.txt names it)"
	(cd "$dir" && patch -s -p1 --forward < "$patchfile") || fail "$patchfile does not apply to the tarball"
	# with_llvm=no: no JIT bitcode, most of a full build's half hour
	if ! (cd "$dir" && ./configure --without-libcurl PG_CONFIG="$PG_CONFIG" &&
			make -j"${SEIZURE_CITUS_JOBS:-2}" with_llvm=no) > "$dir/build.log" 2>&1; then
		{ grep -m 10 -E 'error|Error|No such' "$dir/build.log" || tail -10 "$dir/build.log"; } | cut -c1-300
		fail "the build failed for $version (${dir#"$here"/}/build.log)"
	fi
	echo "$want" > "$dir/.seizure-built"
	echo "citus: built Citus 13.2.2 for $version in $((SECONDS - start)) s (${dir#"$here"/})"
}

install() {
	local libdir sharedir
	libdir=$("$PG_CONFIG" --pkglibdir); sharedir=$("$PG_CONFIG" --sharedir)
	if cmp -s "$dir/src/backend/distributed/citus.so" "$libdir/citus.so" &&
		[ -f "$sharedir/extension/citus.control" ]; then
		return 0
	fi
	(cd "$dir" && make install with_llvm=no) > "$dir/install.log" 2>&1 ||
		{ tail -20 "$dir/install.log"; fail "make install failed for $version"; }
	echo "citus: installed into $libdir"
}

build
[ "$mode" = build ] && exit 0
install
[ "$mode" = install ] && exit 0
exec 7>&-
if make -s --no-print-directory PG_CONFIG="$PG_CONFIG" citus-check; then
	echo "ok - citus-check"; count 1 0 0
else
	echo "not ok - citus-check"; count 0 1 0; exit 1
fi

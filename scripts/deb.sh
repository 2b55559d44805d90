#!/usr/bin/env bash
# make deb: Debian packages postgresql-NN-seizure built with pg_buildext from
# debian/, for the host's PostgreSQL on the host and for the others in their
# Debian roots (scripts/root.sh).  The packages land in build/deb/.
#
#   scripts/deb.sh build VERSION ...   build the packages
#   scripts/deb.sh check VERSION ...   install each package with apt into a
#                                      fresh root of its Debian release, then
#                                      CREATE EXTENSION and a smoke query there
set -uo pipefail
cd "$(dirname "$0")/.."
here=$PWD
out=$here/build/deb
roots=${SEIZURE_ROOTS:-$here/build/roots}
extversion=$(sed -nE 's/^EXTVERSION *= *//p' Makefile)
host=$(/usr/lib/postgresql/*/bin/pg_config --version 2>/dev/null | sed -E 's/^PostgreSQL ([0-9]+).*/\1/' | head -1)

# build from a copy of the tree (what git does not ignore) in DIR/seizure-VERSION;
# the .deb files land in DIR
build_here() {
	local dir=$1 src
	src="$dir/seizure-$extversion"
	rm -rf "$dir"; mkdir -p "$src"
	(git ls-files -z -co --exclude-standard 2>/dev/null | tar --null -T - -cf -) | tar -C "$src" -xf - ||
		tar --exclude=./build -cf - . | tar -C "$src" -xf -
	(cd "$src" && pg_buildext updatecontrol && dpkg-buildpackage -us -uc -b) > "$dir/build.log" 2>&1 ||
		{ tail -40 "$dir/build.log"; return 1; }
}

case ${1:-} in
	--inside)	# in a root: the copy of the tree is the current folder
		ver=$2
		apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
			build-essential debhelper dpkg-dev fakeroot postgresql-server-dev-all >/dev/null || exit 1
		build_here /work/deb
		exit $?
		;;
	build)
		shift; status=0
		mkdir -p "$out"
		for ver in "$@"; do
			rm -f "$out"/postgresql-"$ver"-seizure_*.deb
			if [ "$ver" = "$host" ]; then
				bash scripts/deps.sh build-essential debhelper dpkg-dev fakeroot postgresql-server-dev-all >/dev/null &&
					build_here "$out/host" && cp "$out"/host/postgresql-"$ver"-seizure_*.deb "$out"/ || status=1
			else
				bash scripts/root.sh run "$ver" bash scripts/deb.sh --inside "$ver" &&
					cp "$roots/pg$ver"/work/deb/postgresql-"$ver"-seizure_*.deb "$out"/ || status=1
			fi
			ls "$out"/postgresql-"$ver"-seizure_*.deb 2>/dev/null || { echo "deb: no package for PostgreSQL $ver"; status=1; }
		done
		exit $status
		;;
	check)
		shift; status=0
		for ver in "$@"; do
			deb=$(ls "$out"/postgresql-"$ver"-seizure_"$extversion"*.deb 2>/dev/null | head -1)
			if [ -z "$deb" ]; then echo "not ok - no package for PostgreSQL $ver (make deb first)"; status=1; continue; fi
			suite=$(bash scripts/root.sh suite "$ver")
			fresh="$out/fresh-pg$ver"
			bash scripts/root.sh base "$suite" "$fresh" || { status=1; continue; }
			cp "$deb" "$fresh/tmp/"
			# downloads are kept between runs (the root itself is thrown away)
			mkdir -p "$roots/apt-archives-$suite/partial"
			SEIZURE_BIND="$roots/apt-archives-$suite:/var/cache/apt/archives" \
				bash scripts/root.sh enter "$fresh" sh -c '
				apt-get -qq update >/dev/null &&
				apt-get install -y -qq --no-install-recommends /tmp/'"${deb##*/}"' >/tmp/apt.log 2>&1 ||
					{ tail -20 /tmp/apt.log >&2; exit 1; }
				PGPORT='"$(bash scripts/root.sh port $((6050 + ver * 100)))"' pg_virtualenv -v '"$ver"' psql -qAtX -v ON_ERROR_STOP=1 -o /tmp/smoke.out \
					-c "CREATE EXTENSION seizure" \
					-c "SELECT extversion FROM pg_extension WHERE extname = '\''seizure'\''" \
					-c "SELECT tally(q) FROM (VALUES ('\''18.5 kg'\''::quantity), ('\''2,782정'\''), ('\''~7.2 kg'\''), ('\''4.7 kg'\'')) v(q)" \
					-c "SELECT normalize_substance('\''필로폰'\''), classify_route('\''EMS EE876543216CA'\'')"' >"$out/check-pg$ver.log" 2>&1
			rc=$?
			result=$(cat "$fresh/tmp/smoke.out" 2>/dev/null)
			rm -rf --one-file-system "$fresh"
			expected="$extversion
23.2 kg + ~7.2 kg + 2782 tablets
methamphetamine|international_mail"
			if [ "$rc" -eq 0 ] && [ "$result" = "$expected" ]; then
				echo "ok - ${deb##*/} installs with apt into a fresh $suite root and creates the extension"
			else
				printf '%s\n' "$result"; tail -20 "$out/check-pg$ver.log"
				echo "not ok - ${deb##*/} in a fresh $suite root"; status=1
			fi
		done
		exit $status
		;;
	*) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 2 ;;
esac

#!/usr/bin/env bash
# Debian roots for testing on other PostgreSQL versions than the host's:
# PostgreSQL 17 in Debian 13 (trixie), 18 in Debian unstable (sid), made
# with debootstrap from the host's Debian mirror under build/roots/ (ignored
# by git), once, and reused.  A root whose stamp does not match the package
# list, or that fails a sanity command, is made again; one whose list has
# only gained packages gets them added in place.
#
#   scripts/root.sh ensure VERSION         make or repair build/roots/pgVERSION
#   scripts/root.sh run VERSION CMD ...    run CMD as root inside it, in a copy
#                                          of this tree at /work/seizure
#   scripts/root.sh base SUITE DIR         a fresh minimal root of SUITE in DIR
#                                          (from a cached tarball), for packages
#   scripts/root.sh enter DIR CMD ...      run CMD in the root DIR, mounted
#   scripts/root.sh suite VERSION          the Debian release of VERSION's root
#   scripts/root.sh port BASE              the first TCP port from BASE that
#                                          nothing answers on
#
# A root shares the host's network: a cluster in it must not take the
# ports (5432 and up) that the host's throwaway clusters use, so it runs on
# a port from scripts/root.sh port (PGPORT=... pg_virtualenv).
#
# /proc and /dev are mounted for the command and unmounted when it ends,
# however it ends.  ../shared (the real data) is bound read-only at
# /work/shared when it exists.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
roots=${SEIZURE_ROOTS:-$here/build/roots}
mirror=${SEIZURE_MIRROR:-$({ cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null || true; } |
	sed -nE 's/^URIs: *(http[^ ]*debian)$/\1/p; s/^deb +(http[^ ]*debian) .*/\1/p' | head -1)}
mirror=${mirror:-http://deb.debian.org/debian}

suite_of() {
	case $1 in
		15) echo bookworm ;;
		17) echo trixie ;;
		18) echo sid ;;
		*) echo "root.sh: no Debian suite known for PostgreSQL $1" >&2; exit 2 ;;
	esac
}

packages() {
	sed -e 's/#.*//' -e '/^host:/d' -e "s/@V@/$1/g" -e '/^[[:space:]]*$/d' "$here/scripts/test-packages.txt"
}

# the minimal system of a suite, made by debootstrap once and kept as a tarball
base_tarball() {
	local suite=$1 tarball="$roots/$1-base.tar" tmp
	if [ ! -s "$tarball" ]; then
		command -v debootstrap >/dev/null || bash "$here/scripts/deps.sh" debootstrap >&2 || return 1
		tmp="$roots/.$suite-base.$$"
		rm -rf "$tmp"; mkdir -p "$tmp"
		echo "root.sh: debootstrap $suite from $mirror" >&2
		debootstrap --variant=minbase --include=ca-certificates,apt-utils "$suite" "$tmp" "$mirror" >"$roots/$suite-debootstrap.log" 2>&1 ||
			{ tail -20 "$roots/$suite-debootstrap.log" >&2; rm -rf "$tmp"; return 1; }
		# sid's Release file may have expired; no daemons start in a root;
		# no default cluster; keep downloaded packages for the next root
		echo 'Acquire::Check-Valid-Until "false";' > "$tmp/etc/apt/apt.conf.d/90seizure"
		printf '#!/bin/sh\nexit 101\n' > "$tmp/usr/sbin/policy-rc.d"; chmod +x "$tmp/usr/sbin/policy-rc.d"
		mkdir -p "$tmp/etc/postgresql-common"
		echo "create_main_cluster = false" > "$tmp/etc/postgresql-common/createcluster.conf"
		rm -f "$tmp/etc/apt/apt.conf.d/docker-clean"
		# a stable release's fixes come from -updates and -security (the
		# host's PostgreSQL 15 does): a package built there needs them
		if [ "$suite" != sid ]; then
			echo "deb $mirror $suite-updates main" >> "$tmp/etc/apt/sources.list"
			echo "deb ${mirror%/debian}/debian-security $suite-security main" >> "$tmp/etc/apt/sources.list"
		fi
		tar -C "$tmp" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
		rm -rf "$tmp"
	fi
	echo "$tarball"
}

# run a command in root DIR with /proc and /dev mounted; unmount however it ends
enter() {
	local dir=$1; shift
	local mounted=()
	# shellcheck disable=SC2317
	cleanup() {
		local m
		for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
			m=${mounted[i]}
			umount -R "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
		done
	}
	trap cleanup EXIT INT TERM
	mount -t proc proc "$dir/proc" && mounted+=("$dir/proc")
	mount --rbind /dev "$dir/dev" && mount --make-rslave "$dir/dev" && mounted+=("$dir/dev")
	if [ -d "$here/../shared" ]; then
		mkdir -p "$dir/work/shared"
		mount --bind "$here/../shared" "$dir/work/shared" &&
			mount -o remount,bind,ro "$dir/work/shared" && mounted+=("$dir/work/shared")
	fi
	# SEIZURE_BIND=HOSTDIR:ROOTDIR binds one more folder (e.g. an apt cache)
	if [ -n "${SEIZURE_BIND:-}" ]; then
		mkdir -p "$dir${SEIZURE_BIND#*:}"
		mount --bind "${SEIZURE_BIND%%:*}" "$dir${SEIZURE_BIND#*:}" && mounted+=("$dir${SEIZURE_BIND#*:}")
	fi
	cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
	local rc=0
	chroot "$dir" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@" || rc=$?
	cleanup
	trap - EXIT INT TERM
	return $rc
}

# the root runs its PostgreSQL and the tools of a test run
works() {
	local ver=$1 dir="$roots/pg$1"
	chroot "$dir" /usr/lib/postgresql/"$ver"/bin/postgres --version >/dev/null 2>&1 &&
		chroot "$dir" /usr/lib/postgresql/"$ver"/bin/pg_config --pgxs >/dev/null 2>&1 &&
		chroot "$dir" sh -c 'command -v pg_prove && command -v pg_virtualenv && command -v make' >/dev/null 2>&1
}

sane() {
	local ver=$1 dir="$roots/pg$1"
	[ -f "$dir/.seizure-stamp" ] && [ "$(cat "$dir/.seizure-stamp")" = "$(packages "$ver" | sha256sum)" ] && works "$ver"
}

install_packages() {
	local ver=$1 dir="$roots/pg$1"
	mapfile -t pkgs < <(packages "$ver")
	if ! enter "$dir" sh -c 'apt-get -qq update && apt-get -y -qq --no-install-recommends install "$@"' sh "${pkgs[@]}" \
			>"$roots/pg$ver-install.log" 2>&1; then
		tail -30 "$roots/pg$ver-install.log" >&2; echo "root.sh: installing into the $ver root failed" >&2; return 1
	fi
	packages "$ver" > "$dir/.seizure-packages"
	packages "$ver" | sha256sum > "$dir/.seizure-stamp"
}

# A working root whose list has only gained packages since it was made gets
# them in place (seconds, where a new root takes minutes and downloads
# everything again).  A package taken off the list needs a new root: it
# would stay installed.  A root made before .seizure-packages was kept is
# taken as made from a shorter list.
add_packages() {
	local ver=$1 dir="$roots/pg$1" gone
	works "$ver" || return 1
	if [ -f "$dir/.seizure-packages" ]; then
		gone=$(comm -23 <(sort -u "$dir/.seizure-packages") <(packages "$ver" | sort -u))
		[ -z "$gone" ] || return 1
	fi
	echo "root.sh: adding the new packages to the PostgreSQL $ver root in $dir" >&2
	install_packages "$ver" && sane "$ver"
}

ensure() {
	local ver=$1 suite dir="$roots/pg$1" tarball
	suite=$(suite_of "$ver")
	mkdir -p "$roots"
	sane "$ver" && return 0
	[ -d "$dir" ] && add_packages "$ver" && return 0
	echo "root.sh: making the PostgreSQL $ver root ($suite) in $dir" >&2
	tarball=$(base_tarball "$suite")
	# a root left mounted by a killed run must not be deleted through its mounts
	umount -R "$dir/proc" "$dir/dev" "$dir/work/shared" 2>/dev/null || true
	rm -rf --one-file-system "$dir"; mkdir -p "$dir"
	tar -C "$dir" -xf "$tarball"
	install_packages "$ver" || return 1
	sane "$ver" || { echo "root.sh: the PostgreSQL $ver root fails its sanity check" >&2; return 1; }
}

# copy the tree (tracked and untracked files that git does not ignore) into the root
copy_tree() {
	local dest=$1
	rm -rf "$dest"; mkdir -p "$dest"
	if git -C "$here" rev-parse --git-dir >/dev/null 2>&1; then
		(cd "$here" && git ls-files -z -co --exclude-standard | tar --null -T - -cf -) | tar -C "$dest" -xf -
	else
		tar -C "$here" --exclude=./build --exclude='*.o' --exclude='*.so' -cf - . | tar -C "$dest" -xf -
	fi
}

cmd=${1:-}; shift || true
case $cmd in
	ensure) ensure "$1" ;;
	run)
		ver=$1; shift
		# the group keeps stderr: "exec 8>F 2>/dev/null" silenced the whole run
		{ exec 8>"$roots/pg$ver.lock"; } 2>/dev/null || { mkdir -p "$roots"; exec 8>"$roots/pg$ver.lock"; }
		flock 8
		ensure "$ver"
		copy_tree "$roots/pg$ver/work/seizure"
		enter "$roots/pg$ver" sh -c 'cd /work/seizure && exec "$@"' sh "$@"
		;;
	base)
		mkdir -p "$roots"
		tarball=$(base_tarball "$1")
		rm -rf --one-file-system "$2"; mkdir -p "$2"; tar -C "$2" -xf "$tarball"
		;;
	enter) dir=$1; shift; enter "$dir" "$@" ;;
	suite) suite_of "$1" ;;
	port)
		port=$1
		while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
		echo "$port"
		;;
	*) sed -n '2,25s/^# \{0,1\}//p' "$0"; exit 2 ;;
esac

#!/usr/bin/env bash
# Install the Debian packages a build and test run need, when missing:
# those of scripts/test-packages.txt for PostgreSQL VERSION (default 15),
# and any named on the command line.
# Usage: scripts/deps.sh [-v VERSION] [extra-package ...]
set -euo pipefail
ver=15
if [ "${1:-}" = -v ]; then ver=$2; shift 2; fi
mapfile -t pkgs < <(sed -e 's/#.*//' -e 's/^host: *//' -e "s/@V@/$ver/g" -e '/^[[:space:]]*$/d' \
	"$(dirname "$0")/test-packages.txt")
pkgs+=("$@")
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]})) || exit 0
echo "installing: ${missing[*]}"
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
# Debian's postgresql-common creates a default cluster on install; we want none.
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
	$sudo mkdir -p /etc/postgresql-common
	echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
fi
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

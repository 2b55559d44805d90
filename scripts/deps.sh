#!/usr/bin/env bash
# Install the Debian packages a build and test run need, when missing.
# Usage: scripts/deps.sh [extra-package ...]
set -euo pipefail
pkgs=(make gcc postgresql-15 postgresql-server-dev-15 postgresql-common
      postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl "$@")
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
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

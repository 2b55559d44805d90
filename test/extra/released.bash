# Sourced by upgrade_path.sh and upgrade_data.sh (not a check itself: only
# *.sh files are run).  Sets work (a temporary directory), sharedir (the
# server's extension directory) and current (the control file's version);
# the databases named in dbs and the install scripts placed by
# place_released are removed on exit.
export LC_ALL=C
work=$(mktemp -d)
sharedir=$("${PG_CONFIG:-pg_config}" --sharedir)/extension
placed=()
dbs=()
cleanup() {
	for d in "${dbs[@]}"; do dropdb --if-exists "$d" >/dev/null 2>&1 || true; done
	for f in "${placed[@]}"; do rm -f "$f"; done
	rm -rf "$work"
}
trap cleanup EXIT
current=$(sed -nE "s/^default_version *= *'([^']+)'.*/\1/p" seizure.control)

# place_released V: the frozen install script of released version V, where
# CREATE EXTENSION seizure VERSION 'V' finds it (unless a package put it there)
place_released() {
	local target="$sharedir/seizure--$1.sql"
	if [ ! -e "$target" ]; then
		cp "test/data/released/seizure--$1.sql" "$target"
		placed+=("$target")
	fi
}

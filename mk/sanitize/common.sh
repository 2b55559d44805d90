# Shared by asan.sh and valgrind.sh: build and install a special build, put
# the normal one back, find the throwaway cluster's files.
. mk/defaults.sh
export PG_CONFIG=${PG_CONFIG:-$SEIZURE_PG_CONFIG}
pg_version=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')

# build_install COPT: the extension built with extra compiler options, without
# LLVM bitcode (JIT inlining would bypass the instrumented code), installed
# (the Makefile rebuilds every object when the flags change: no make clean;
# install is given the same flags, or it would rebuild with others)
build_install() {
	make -s PG_CONFIG="$PG_CONFIG" with_llvm=no COPT="$1" >/dev/null
	make -s PG_CONFIG="$PG_CONFIG" with_llvm=no COPT="$1" install >/dev/null
}

# the normal build, as make test builds it
restore_normal() {
	make -s PG_CONFIG="$PG_CONFIG" COPT="$SEIZURE_STRICT_COPT" >/dev/null &&
		make -s PG_CONFIG="$PG_CONFIG" COPT="$SEIZURE_STRICT_COPT" install >/dev/null
}

# inside pg_virtualenv: the cluster's configuration folder and data folder
cluster_conf() { echo "$PG_CLUSTER_CONF_ROOT/$PGVERSION/$(pg_lsclusters -h | awk '{print $2; exit}')"; }
cluster_name() { pg_lsclusters -h | awk '{print $2; exit}'; }
cluster_data() { pg_lsclusters -h | awk '{print $6; exit}'; }
cluster_log() { pg_lsclusters -h | awk '{print $7; exit}'; }

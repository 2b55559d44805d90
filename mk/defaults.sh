# The defaults that every build, test and benchmark script shares, in one
# place (sourced by bash from the top of the tree: . mk/defaults.sh).
# The host's PostgreSQL, unless PG_CONFIG names another:
SEIZURE_PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
# the warnings make test builds with, as errors:
SEIZURE_STRICT_COPT="-Wall -Wextra -Wno-unused-parameter -Werror"

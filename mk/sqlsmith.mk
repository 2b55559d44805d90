# Random queries from sqlsmith against a database with the extension and
# data of every type loaded: the server must never crash.  Not run by make
# test (time); docs/hardening.md records the runs.
#
#   flock -o /tmp/seizure-install.lock make sqlsmith [SQLSMITH_QUERIES=10000] [SQLSMITH_SEED=1]
#
# (the lock keeps the installed build the one of this tree for the run)
SQLSMITH_QUERIES ?= 10000
SQLSMITH_SEED ?= 1

.PHONY: sqlsmith
sqlsmith:
	bash mk/sqlsmith.sh $(SQLSMITH_QUERIES) $(SQLSMITH_SEED)

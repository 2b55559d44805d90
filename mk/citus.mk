# A throwaway Citus cluster (a coordinator and two workers, unix sockets
# only) against one plain server: every query of mk/citus-check.sql must
# print the same bytes on both, errors included.  It needs Citus and this
# extension installed (docs/citus.md); without Citus it says so and
# succeeds as skipped.  make test builds Citus from ../shared/vendor and
# runs it on PostgreSQL 15 and 17 (scripts/citus.sh).
#
#   make install && make citus-install && make citus-check
#
# citus-install builds Citus 13.2.2 from ../shared/vendor once, under
# build/, and installs it into $(PG_CONFIG)'s server.

.PHONY: citus-check citus-install
citus-check:
	PG_CONFIG="$(PG_CONFIG)" bash mk/citus-check.sh

citus-install:
	PG_CONFIG="$(PG_CONFIG)" bash scripts/citus.sh install

# A throwaway Citus cluster (a coordinator and two workers, unix sockets
# only) against one plain server: every query of mk/citus-check.sql must
# print the same bytes on both, errors included.  Builds nothing: it needs
# Citus and this extension installed (docs/citus.md); without Citus it says
# so and succeeds as skipped.  Not run by make test.
#
#   make install && make citus-check

.PHONY: citus-check
citus-check:
	bash mk/citus-check.sh

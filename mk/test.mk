# Test entry points.  The first three need a running server (PG* set, the
# extension installed), as PGXS's installcheck does:
#
#   make installcheck          pg_regress: test/sql/*.sql against expected/
#   make pgtap-check           pgTAP: test/pgtap/*.sql with pg_prove (PGTAP=NAME:
#                              one suite, test/pgtap/NAME.sql)
#   make extra-check           test/extra/*.sh: one check each (drivers, loaders,
#                              dump/restore, upgrade path, bad input, fuzzing)
#   make outside-check         test/outside/*.sh: checks that start their own
#                              servers (ASan + UBSan, libFuzzer)
#   make versions-check        the three above on PostgreSQL 17 and 18, each in
#                              a Debian root (scripts/root.sh, scripts/versions.sh)
#   make crossversion-check    test/crossversion/*.sh: a PostgreSQL 15 database
#                              moved to 17 and 18 by pg_dump and by logical
#                              replication (as root; needs the roots and the
#                              extension installed in $(PG_CONFIG)'s server)
#   make test                  everything: build with -Werror, install, a
#                              throwaway cluster, every part above; one summary
#                              line "N passed, M failed" (scripts/test.sh)
#
# A check exits 0 when it passes and 77 when it cannot run here (missing
# data): it is then reported as skipped, never as passed.

PG_VERSIONS ?= 17 18
PGTAP_SUITES = $(if $(PGTAP),$(addprefix test/pgtap/,$(addsuffix .sql,$(PGTAP))),$(sort $(wildcard test/pgtap/*.sql)))

.PHONY: test pgtap-check extra-check outside-check versions-check crossversion-check regress-list regress-skipped
test:
	bash scripts/test.sh

# not PGXS's prove_installcheck, which means Perl TAP tests (t/*.pl)
pgtap-check:
	psql -qX -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS pgtap" \
		-c "CREATE EXTENSION IF NOT EXISTS $(EXTENSION)" >/dev/null
	pg_prove --ext .sql $(PGTAP_SUITES)

extra-check:
	bash scripts/run-checks.sh test/extra

outside-check:
	bash scripts/run-checks.sh test/outside

versions-check:
	bash scripts/versions.sh $(PG_VERSIONS)

crossversion-check:
	PG_CONFIG=$(PG_CONFIG) PG_VERSIONS="$(PG_VERSIONS)" bash scripts/run-checks.sh test/crossversion

# for scripts: the pg_regress tests this run has, and those it leaves out
regress-list:
	@echo $(REGRESS)
regress-skipped:
	@echo $(REGRESS_SKIPPED)

# seizure: exact drug-seizure analytics for PostgreSQL (PGXS build)

EXTENSION = seizure
EXTVERSION = 0.2.0

MODULE_big = seizure
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# The install script is assembled from one SQL file per concept, in
# dependency order (quantity first: everything else builds on it).
SQL_PARTS = $(wildcard $(addprefix sql/parts/,$(addsuffix .sql, \
	head quantity aggregates substance route party bi)))
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(wildcard sql/$(EXTENSION)--*--*.sql))

REGRESS = $(sort $(basename $(notdir $(wildcard test/sql/*.sql))))
REGRESS_OPTS = --inputdir=test --outputdir=. --load-extension=$(EXTENSION)

EXTRA_CLEAN = results regression.diffs regression.out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# every object is rebuilt when a header changes (PGXS tracks no header
# dependencies unless the server was configured with --enable-depend)
$(OBJS): $(wildcard src/*.h)

sql/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS)
	cat $^ > $@

# extra targets (fuzzing, sanitizers, random queries) live in mk/*.mk
-include $(sort $(wildcard mk/*.mk))

.PHONY: test demo
test:
	bash scripts/test.sh

demo:
	bash scripts/demo.sh

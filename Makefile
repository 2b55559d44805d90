# seizure: exact drug-seizure analytics for PostgreSQL (PGXS build)

EXTENSION = seizure
EXTVERSION = 0.3.0

MODULE_big = seizure
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))
# the library reports its version (PG_MODULE_MAGIC_EXT, PostgreSQL 18+)
PG_CPPFLAGS += -DSEIZURE_VERSION=\"$(EXTVERSION)\"

# The install script is assembled from one SQL file per concept, in
# dependency order (quantity first: everything else builds on it).
SQL_PARTS = $(wildcard $(addprefix sql/parts/,$(addsuffix .sql, \
	head quantity tally aggregates substance route identifiers party linked_groups screening bi \
	substance_data catalog_sync)))
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(wildcard sql/$(EXTENSION)--*--*.sql))

# setup creates the helpers the other tests share, so it runs first.
# substance_data reads the real CBP and UNODC files: without them it is
# left out and reported as skipped (make regress-skipped), never passed.
SEIZURE_DATA ?= test/data/real
# Tests of what an older server lacks are left out there and reported as
# skipped too: soft input errors need 16, COPY ... ON_ERROR 17.
REGRESS_NEEDS_16 = soft_errors
REGRESS_NEEDS_17 = copy_on_error
SUBSTANCE_DATA_FILES = cbp/nationwide-drugs-fy19-fy22.csv cbp/nationwide-drugs-fy23-fy26-dec.csv \
	cbp/amo-drug-seizures-fy19-fy22.csv cbp/amo-drug-seizures-fy23-fy26-dec.csv unodc/drug_seizures_2018_2022.csv
REGRESS_SKIPPED = $(if $(filter-out $(wildcard $(addprefix $(SEIZURE_DATA)/,$(SUBSTANCE_DATA_FILES))), \
		$(addprefix $(SEIZURE_DATA)/,$(SUBSTANCE_DATA_FILES))),substance_data) \
	$(if $(filter 15,$(MAJORVERSION)),$(REGRESS_NEEDS_16) $(REGRESS_NEEDS_17)) \
	$(if $(filter 16,$(MAJORVERSION)),$(REGRESS_NEEDS_17))
REGRESS = setup $(filter-out setup $(REGRESS_SKIPPED),$(sort $(basename $(notdir $(wildcard test/sql/*.sql)))))
REGRESS_OPTS = --inputdir=test --outputdir=. --load-extension=$(EXTENSION)

EXTRA_CLEAN = results regression.diffs regression.out build/flags

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# every object is rebuilt when a header changes (PGXS tracks no header
# dependencies unless the server was configured with --enable-depend)
$(OBJS): $(wildcard src/*.h)

sql/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS)
	cat $^ > $@

# objects are rebuilt when the compiler flags change (make test builds with
# -Werror, make asan-check with sanitizers) or a header changes, without a
# make clean: build/flags holds the flags of the last build
BUILD_FLAGS := $(CC) $(CFLAGS) $(COPT) $(CPPFLAGS)
$(shell mkdir -p build && [ "$$(cat build/flags 2>/dev/null)" = '$(BUILD_FLAGS)' ] || printf '%s\n' '$(BUILD_FLAGS)' > build/flags)
$(OBJS): build/flags $(wildcard src/*.h)

# test targets (make test and its parts), packages and release, fuzzing,
# sanitizers, random queries live in mk/*.mk
-include $(sort $(wildcard mk/*.mk))

.PHONY: demo
demo:
	bash scripts/demo.sh

# the install script, built and as committed, is the parts as they are (a
# merge can leave it behind them, with times that tell make nothing)
.PHONY: install-script-check
install-script-check:
	@cat $(SQL_PARTS) | cmp -s - $(DATA_built) || { echo "$(DATA_built) is not the concatenation of sql/parts: run make -B $(DATA_built)"; exit 1; }
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && git ls-files --error-unmatch $(DATA_built) >/dev/null 2>&1; then \
		git show HEAD:$(DATA_built) | cmp -s - $(DATA_built) || \
		{ echo "$(DATA_built) as committed is not the concatenation of sql/parts"; exit 1; }; fi
	@echo "$(DATA_built): the concatenation of $(words $(SQL_PARTS)) parts"

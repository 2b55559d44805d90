# libFuzzer targets for the plain-C parsers, with AddressSanitizer and
# UndefinedBehaviorSanitizer.
#
#   make fuzz                  build every target and run each for FUZZ_SECONDS
#   make fuzz-build            build only (fuzz/bin/<target>)
#   make fuzz FUZZ_SECONDS=600 FUZZ_TARGETS=quantity   a longer run of one target
#
# A target is fuzz/targets/<name>.c; its seeds are fuzz/corpus/<name>/ and an
# optional dictionary fuzz/<name>.dict.  Every src/*.c that includes only
# "c.h" (plain C, no backend calls) is linked into every target.  New inputs
# found during a run go to fuzz/out/<name>/ (not committed); a crash leaves
# its input in fuzz/out/crash-* and fails the run.

FUZZ_CC ?= clang-14
FUZZ_SECONDS ?= 25
FUZZ_ALL_TARGETS = $(sort $(basename $(notdir $(wildcard fuzz/targets/*.c))))
FUZZ_TARGETS ?= $(FUZZ_ALL_TARGETS)
FUZZ_PLAIN_SRCS = $(sort $(shell grep -L '^\#include "postgres.h"' $(shell grep -l '^\#include "c.h"' src/*.c)))
FUZZ_CFLAGS = -g -O1 -fno-omit-frame-pointer \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Wno-ignored-attributes \
	-DUSE_ASSERT_CHECKING -Isrc -Ifuzz -I$(shell $(PG_CONFIG) --includedir-server)

fuzz/bin/%: fuzz/targets/%.c fuzz/fuzz_common.h $(FUZZ_PLAIN_SRCS) $(wildcard src/*.h)
	@mkdir -p fuzz/bin
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $< $(FUZZ_PLAIN_SRCS)

.PHONY: fuzz fuzz-build
fuzz-build: $(addprefix fuzz/bin/,$(FUZZ_TARGETS))

fuzz: fuzz-build
	@set -e; total=0; \
	for t in $(FUZZ_TARGETS); do \
		mkdir -p fuzz/out/$$t fuzz/corpus/$$t; \
		dict=""; [ -f fuzz/$$t.dict ] && dict="-dict=fuzz/$$t.dict"; \
		echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
		if ! fuzz/bin/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
				-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=fuzz/out/ $$dict \
				fuzz/out/$$t fuzz/corpus/$$t > fuzz/out/$$t.log 2>&1; then \
			tail -60 fuzz/out/$$t.log; echo "fuzz: $$t FAILED (input in fuzz/out/)"; exit 1; \
		fi; \
		runs=$$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' fuzz/out/$$t.log); \
		echo "fuzz: $$t ok, $$runs executions"; total=$$((total + runs)); \
	done; \
	echo "fuzz: $$total executions in all"

#!/usr/bin/env bash
# libFuzzer targets (ASan + UBSan) over the plain-C parsers, each for a
# bounded time; a crash or a failed round trip fails the test.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/deps.sh clang-14 libclang-rt-14-dev >/dev/null
make -s fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-20}" PG_CONFIG="${PG_CONFIG:-pg_config}" 2>&1 | grep -v '^clang'

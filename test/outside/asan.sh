#!/usr/bin/env bash
# The whole regression suite with the extension built with AddressSanitizer
# and UBSan, in the stock server (make asan-check); make test holds the
# install lock, and asan-check reinstalls the normal build when done.
set -euo pipefail
cd "$(dirname "$0")/../.."
. mk/defaults.sh
make -s asan-check PG_CONFIG="${PG_CONFIG:-$SEIZURE_PG_CONFIG}"

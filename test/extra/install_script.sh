#!/usr/bin/env bash
# The install script, as built and as committed, is the concatenation of
# sql/parts in the Makefile's order.
set -euo pipefail
cd "$(dirname "$0")/../.."
make -s --no-print-directory install-script-check

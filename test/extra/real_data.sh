#!/usr/bin/env bash
# The real CBP and UNODC files in test/data/real are the published ones,
# byte for byte (their checksums, from test/data/real/README.md's sources).
set -euo pipefail
cd "$(dirname "$0")/../data/real"
sha256sum --quiet -c SHA256SUMS
echo "$(wc -l < SHA256SUMS) files as published"

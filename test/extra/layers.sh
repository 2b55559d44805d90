#!/usr/bin/env bash
# The layers of src/ (docs/architecture.md): the plain-C core includes no
# server header, no include cycle, each extern lives in the file its header
# is named after and is used outside it.  Reads the sources; needs no server.
set -euo pipefail
cd "$(dirname "$0")/../.."
/usr/bin/python3 test/extra/layers.py src fuzz
# docs/architecture.md lists the module graph the sources give
diff <(sed -n '/^## The module graph/,/^## /p' docs/architecture.md | sed -n '/^```$/,/^```$/p' | sed '1d;$d') \
	<(/usr/bin/python3 test/extra/layers.py --graph src) ||
	{ echo "docs/architecture.md's module graph differs from the sources (< docs, > sources)"; exit 1; }

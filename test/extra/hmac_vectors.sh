#!/usr/bin/env bash
# SHA-256 and HMAC-SHA-256 of the plain-C core (src/sha256.c, src/hmac.c),
# compiled on their own with a small C program (hmac_vectors.c): the FIPS
# 180-4 and RFC 4231 vectors, every split of each message, and then 2,000
# random keys (0 to 200 bytes, across the block size) and messages (0 to
# 300 bytes) against Python's hmac module.  Twice: as built (with the x86
# SHA extensions where the CPU has them) and with the portable code only
# (-DSEIZURE_SHA256_PORTABLE).  Needs a C compiler and pg_config's server
# headers (for c.h), no server.
set -euo pipefail
cd "$(dirname "$0")/../.."
. mk/defaults.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for build in default portable; do
	${CC:-gcc} -O2 $SEIZURE_STRICT_COPT -Isrc -I"$(${PG_CONFIG:-pg_config} --includedir-server)" \
		$([ $build = portable ] && echo -DSEIZURE_SHA256_PORTABLE) \
		-o "$tmp/hmac_vectors_$build" test/extra/hmac_vectors.c src/sha256.c src/hmac.c
done
/usr/bin/python3 - "$tmp" <<'PY'
import hashlib, hmac, os, random, sys
rng = random.Random(4231)
with open(os.path.join(sys.argv[1], "in"), "w") as f, open(os.path.join(sys.argv[1], "want"), "w") as w:
    for i in range(2000):
        key = rng.randbytes(rng.choice([0, 1, 16, 32, 63, 64, 65, 128, 200, rng.randrange(201)]))
        msg = rng.randbytes(rng.choice([0, 1, 55, 56, 63, 64, 65, 119, 120, 128, rng.randrange(301)]))
        f.write(f"{key.hex() or '-'} {msg.hex() or '-'}\n")
        w.write(hmac.new(key, msg, hashlib.sha256).hexdigest() + "\n")
PY
for build in default portable; do
	"$tmp/hmac_vectors_$build" --stdin < "$tmp/in" > "$tmp/got"
	if ! cmp -s "$tmp/got" "$tmp/want"; then
		echo "$build build: HMAC-SHA-256 differs from Python's hmac on $(diff "$tmp/got" "$tmp/want" | grep -c '^<') of 2000 random pairs"
		exit 1
	fi
	echo "hmac_vectors, $build build: FIPS 180-4 and RFC 4231 vectors pass; 2000 random pairs agree with Python's hmac"
done

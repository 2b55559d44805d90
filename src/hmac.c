/*
 * hmac.c
 *	  HMAC-SHA-256 (RFC 2104) with the key-dependent states computed once
 *	  (hmac.h).  Checked against RFC 4231's test cases by
 *	  test/extra/hmac_vectors.sh.
 */
#include "c.h"

#include <string.h>

#include "hmac.h"
#include "sha256.h"

void
hmac_sha256_key(HmacSha256Key *key, const uint8 *secret, size_t len)
{
	uint8		k[SHA256_BLOCK] = {0};
	uint8		pad[SHA256_BLOCK];
	int			i;

	if (len > SHA256_BLOCK)
	{
		Sha256		h;

		sha256_init(&h);
		sha256_update(&h, secret, len);
		sha256_final(&h, k);
	}
	else
		memcpy(k, secret, len);

	for (i = 0; i < SHA256_BLOCK; i++)
		pad[i] = k[i] ^ 0x36;
	sha256_init(&key->inner);
	sha256_update(&key->inner, pad, SHA256_BLOCK);
	for (i = 0; i < SHA256_BLOCK; i++)
		pad[i] = k[i] ^ 0x5c;
	sha256_init(&key->outer);
	sha256_update(&key->outer, pad, SHA256_BLOCK);
}

void
hmac_sha256_begin(const HmacSha256Key *key, Sha256 *ctx)
{
	*ctx = key->inner;
}

void
hmac_sha256_end(const HmacSha256Key *key, Sha256 *ctx, uint8 out[SHA256_DIGEST])
{
	uint8		inner[SHA256_DIGEST];
	Sha256		outer = key->outer;

	sha256_final(ctx, inner);
	sha256_update(&outer, inner, SHA256_DIGEST);
	sha256_final(&outer, out);
}

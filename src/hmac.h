/*
 * hmac.h
 *	  HMAC-SHA-256 (RFC 2104) with the key absorbed once.
 *
 * Plain C with no backend calls.  hmac_sha256_key does the key-dependent
 * half of HMAC: the inner and outer SHA-256 states after the key's padded
 * block.  A message then costs its own blocks plus one for the outer hash,
 * however long the key.  A caller that hashes many messages with one key
 * (party_pseudonym, per call site) keeps an HmacSha256Key and starts every
 * message from it:
 *
 *		Sha256		ctx;
 *
 *		hmac_sha256_begin(&key, &ctx);
 *		sha256_update(&ctx, part, len);		(as many parts as the message has)
 *		hmac_sha256_end(&key, &ctx, mac);
 */
#ifndef SEIZURE_HMAC_H
#define SEIZURE_HMAC_H

#include "sha256.h"

typedef struct HmacSha256Key
{
	Sha256		inner;			/* after (key ^ ipad) */
	Sha256		outer;			/* after (key ^ opad) */
} HmacSha256Key;

/* A key longer than a block is hashed first, as RFC 2104 says. */
extern void hmac_sha256_key(HmacSha256Key *key, const uint8 *secret, size_t len);
extern void hmac_sha256_begin(const HmacSha256Key *key, Sha256 *ctx);
/* Writes the 32-byte MAC of what ctx absorbed since hmac_sha256_begin. */
extern void hmac_sha256_end(const HmacSha256Key *key, Sha256 *ctx,
							uint8 out[SHA256_DIGEST]);

#endif							/* SEIZURE_HMAC_H */

/*
 * sha256.h
 *	  SHA-256 (FIPS 180-4), incremental: a state that can be copied.
 *
 * Plain C with no backend calls.  The state is a plain struct so that
 * hmac.c can keep one that has absorbed a key's padded block and start
 * every message from a copy of it.
 */
#ifndef SEIZURE_SHA256_H
#define SEIZURE_SHA256_H

#include "c.h"

#define SHA256_BLOCK 64
#define SHA256_DIGEST 32

typedef struct Sha256
{
	uint32		h[8];			/* chaining value */
	uint64		bytes;			/* message length so far */
	uint8		block[SHA256_BLOCK];	/* bytes % 64 bytes not yet absorbed */
} Sha256;

extern void sha256_init(Sha256 *ctx);
extern void sha256_update(Sha256 *ctx, const void *data, size_t len);
/* Writes the digest; ctx is spent. */
extern void sha256_final(Sha256 *ctx, uint8 out[SHA256_DIGEST]);

#endif							/* SEIZURE_SHA256_H */

/*
 * sha256.c
 *	  SHA-256 (FIPS 180-4), in plain C.
 *
 * PostgreSQL's common/cryptohash would do the hashing from server glue,
 * but built with OpenSSL it allocates a context per call and cannot start
 * from a copied state; party_pseudonym keeps HMAC's keyed states per call
 * site (hmac.c), which needs the state to be ours.
 *
 * On x86-64 a CPU with the SHA extensions (Intel since Goldmont and Ice
 * Lake, AMD since Zen) compresses a block with them, about five times as
 * fast as the portable code, chosen at the first block (as PostgreSQL
 * chooses its CRC-32C); -DSEIZURE_SHA256_PORTABLE leaves them out, so the
 * vectors test both.
 */
#include "c.h"

#include <string.h>

#include "sha256.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && \
	!defined(SEIZURE_SHA256_PORTABLE)
#define SHA256_X86_SHA 1
#include <cpuid.h>
#include <immintrin.h>
#endif

static const uint32 K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROTR(x, n)	(((x) >> (n)) | ((x) << (32 - (n))))
#define CH(x, y, z)	((z) ^ ((x) & ((y) ^ (z))))
#define MAJ(x, y, z) (((x) & (y)) | ((z) & ((x) | (y))))
#define S0(x)		(ROTR(x, 2) ^ ROTR(x, 13) ^ ROTR(x, 22))
#define S1(x)		(ROTR(x, 6) ^ ROTR(x, 11) ^ ROTR(x, 25))
#define s0(x)		(ROTR(x, 7) ^ ROTR(x, 18) ^ ((x) >> 3))
#define s1(x)		(ROTR(x, 17) ^ ROTR(x, 19) ^ ((x) >> 10))

static inline uint32
load_be32(const uint8 *p)
{
	return ((uint32) p[0] << 24) | ((uint32) p[1] << 16) | ((uint32) p[2] << 8) | p[3];
}

static inline void
store_be32(uint8 *p, uint32 v)
{
	p[0] = (uint8) (v >> 24);
	p[1] = (uint8) (v >> 16);
	p[2] = (uint8) (v >> 8);
	p[3] = (uint8) v;
}

/* One round, with the eight working variables renamed instead of moved. */
#define ROUND(a, b, c, d, e, f, g, h, i) \
	do { \
		uint32		t1 = h + S1(e) + CH(e, f, g) + K[i] + w[i]; \
		d += t1; \
		h = t1 + S0(a) + MAJ(a, b, c); \
	} while (0)

static void
compress_portable(uint32 h[8], const uint8 *block)
{
	uint32		w[64];
	uint32		a = h[0], b = h[1], c = h[2], d = h[3],
				e = h[4], f = h[5], g = h[6], hh = h[7];
	int			i;

	for (i = 0; i < 16; i++)
		w[i] = load_be32(block + 4 * i);
	for (i = 16; i < 64; i++)
		w[i] = s1(w[i - 2]) + w[i - 7] + s0(w[i - 15]) + w[i - 16];
	for (i = 0; i < 64; i += 8)
	{
		ROUND(a, b, c, d, e, f, g, hh, i);
		ROUND(hh, a, b, c, d, e, f, g, i + 1);
		ROUND(g, hh, a, b, c, d, e, f, i + 2);
		ROUND(f, g, hh, a, b, c, d, e, i + 3);
		ROUND(e, f, g, hh, a, b, c, d, i + 4);
		ROUND(d, e, f, g, hh, a, b, c, i + 5);
		ROUND(c, d, e, f, g, hh, a, b, i + 6);
		ROUND(b, c, d, e, f, g, hh, a, i + 7);
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
	h[5] += f;
	h[6] += g;
	h[7] += hh;
}

#ifdef SHA256_X86_SHA
/*
 * Four rounds of the SHA extensions, and the message schedule: the words
 * of the group after next get sha256msg1 of two groups, those of the next
 * group sha256msg2 (Intel's "SHA Extensions" white paper, 2013).
 */
#define RNDS4(g, cur) \
	do { \
		msg = _mm_add_epi32(cur, _mm_loadu_si128((const __m128i *) &K[4 * (g)])); \
		state1 = _mm_sha256rnds2_epu32(state1, state0, msg); \
		msg = _mm_shuffle_epi32(msg, 0x0E); \
		state0 = _mm_sha256rnds2_epu32(state0, state1, msg); \
	} while (0)
#define MSG2(cur, prev, next) \
	(next = _mm_sha256msg2_epu32(_mm_add_epi32(next, _mm_alignr_epi8(cur, prev, 4)), cur))
#define MSG1(prev, cur) (prev = _mm_sha256msg1_epu32(prev, cur))

__attribute__((target("sha,sse4.1,ssse3")))
static void
compress_x86_sha(uint32 h[8], const uint8 *block)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
	__m128i		state0,
				state1,
				abef,
				cdgh,
				msg,
				m0,
				m1,
				m2,
				m3,
				t;

	/* h[0..7] = a..h as the instructions want them: abef and cdgh */
	t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *) &h[0]), 0xB1);
	state1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *) &h[4]), 0x1B);
	state0 = _mm_alignr_epi8(t, state1, 8);
	state1 = _mm_blend_epi16(state1, t, 0xF0);
	abef = state0;
	cdgh = state1;

	m0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *) (block + 0)), bswap);
	m1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *) (block + 16)), bswap);
	m2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *) (block + 32)), bswap);
	m3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *) (block + 48)), bswap);

	RNDS4(0, m0);
	RNDS4(1, m1);
	MSG1(m0, m1);
	RNDS4(2, m2);
	MSG1(m1, m2);
	RNDS4(3, m3);
	MSG2(m3, m2, m0);
	MSG1(m2, m3);
	RNDS4(4, m0);
	MSG2(m0, m3, m1);
	MSG1(m3, m0);
	RNDS4(5, m1);
	MSG2(m1, m0, m2);
	MSG1(m0, m1);
	RNDS4(6, m2);
	MSG2(m2, m1, m3);
	MSG1(m1, m2);
	RNDS4(7, m3);
	MSG2(m3, m2, m0);
	MSG1(m2, m3);
	RNDS4(8, m0);
	MSG2(m0, m3, m1);
	MSG1(m3, m0);
	RNDS4(9, m1);
	MSG2(m1, m0, m2);
	MSG1(m0, m1);
	RNDS4(10, m2);
	MSG2(m2, m1, m3);
	MSG1(m1, m2);
	RNDS4(11, m3);
	MSG2(m3, m2, m0);
	MSG1(m2, m3);
	RNDS4(12, m0);
	MSG2(m0, m3, m1);
	MSG1(m3, m0);
	RNDS4(13, m1);
	MSG2(m1, m0, m2);
	RNDS4(14, m2);
	MSG2(m2, m1, m3);
	RNDS4(15, m3);

	state0 = _mm_add_epi32(state0, abef);
	state1 = _mm_add_epi32(state1, cdgh);
	/* back to a..h */
	t = _mm_shuffle_epi32(state0, 0x1B);
	state1 = _mm_shuffle_epi32(state1, 0xB1);
	_mm_storeu_si128((__m128i *) &h[0], _mm_blend_epi16(t, state1, 0xF0));
	_mm_storeu_si128((__m128i *) &h[4], _mm_alignr_epi8(state1, t, 8));
}

static void compress_choose(uint32 h[8], const uint8 *block);
static void (*compress) (uint32 h[8], const uint8 *block) = compress_choose;

/* The first block: SHA, SSSE3 and SSE4.1 in CPUID, or the portable code. */
static void
compress_choose(uint32 h[8], const uint8 *block)
{
	unsigned int a,
				b,
				c,
				d;
	bool		sha = false;

	if (__get_cpuid(1, &a, &b, &c, &d) && (c & bit_SSSE3) && (c & bit_SSE4_1) &&
		__get_cpuid_max(0, NULL) >= 7)
	{
		__cpuid_count(7, 0, a, b, c, d);
		sha = (b & bit_SHA) != 0;
	}
	compress = sha ? compress_x86_sha : compress_portable;
	compress(h, block);
}
#else
#define compress compress_portable
#endif

void
sha256_init(Sha256 *ctx)
{
	static const uint32 iv[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	};

	memcpy(ctx->h, iv, sizeof(iv));
	ctx->bytes = 0;
}

void
sha256_update(Sha256 *ctx, const void *data, size_t len)
{
	const uint8 *p = data;
	size_t		fill = ctx->bytes % SHA256_BLOCK;

	ctx->bytes += len;
	if (fill > 0)
	{
		size_t		take = Min(len, SHA256_BLOCK - fill);

		memcpy(ctx->block + fill, p, take);
		p += take;
		len -= take;
		if (fill + take < SHA256_BLOCK)
			return;
		compress(ctx->h, ctx->block);
	}
	for (; len >= SHA256_BLOCK; p += SHA256_BLOCK, len -= SHA256_BLOCK)
		compress(ctx->h, p);
	if (len > 0)
		memcpy(ctx->block, p, len);
}

void
sha256_final(Sha256 *ctx, uint8 out[SHA256_DIGEST])
{
	uint64		bits = ctx->bytes * 8;
	size_t		fill = ctx->bytes % SHA256_BLOCK;
	int			i;

	/* 0x80, zeros to 56 mod 64, the length in bits big-endian */
	ctx->block[fill++] = 0x80;
	if (fill > SHA256_BLOCK - 8)
	{
		memset(ctx->block + fill, 0, SHA256_BLOCK - fill);
		compress(ctx->h, ctx->block);
		fill = 0;
	}
	memset(ctx->block + fill, 0, SHA256_BLOCK - 8 - fill);
	store_be32(ctx->block + 56, (uint32) (bits >> 32));
	store_be32(ctx->block + 60, (uint32) bits);
	compress(ctx->h, ctx->block);
	for (i = 0; i < 8; i++)
		store_be32(out + 4 * i, ctx->h[i]);
}

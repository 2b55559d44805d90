/*
 * hmac_vectors.c
 *	  The core's SHA-256 and HMAC-SHA-256 (src/sha256.c, src/hmac.c) against
 *	  published vectors: FIPS 180-4's examples, the million a's, and all
 *	  seven test cases of RFC 4231 (case 5 compares the first 128 bits, as
 *	  the RFC truncates it).  Every message is also fed in every split into
 *	  two updates and byte by byte.  With --stdin it then reads lines
 *	  "KEYHEX MSGHEX" (- for none) and prints each one's MAC in hex, for the
 *	  script to compare with another implementation.  Run by
 *	  test/extra/hmac_vectors.sh.
 */
#include "c.h"

#include <stdio.h>
#include <string.h>

#include "hmac.h"
#include "sha256.h"

/* port.h routes these to libpgport's versions; the libc ones do here */
#undef printf
#undef fprintf
#undef sprintf
#undef snprintf

static int	failures = 0;

static void
to_hex(const uint8 *b, int n, char *out)
{
	int			i;

	for (i = 0; i < n; i++)
		sprintf(out + 2 * i, "%02x", b[i]);
}

static int
from_hex(const char *s, uint8 *out, int max)
{
	int			n = 0;
	unsigned int v;

	if (s[0] == '-')			/* empty */
		return 0;
	while (s[0] && s[1] && s[0] != ' ' && s[0] != '\n' && n < max && sscanf(s, "%2x", &v) == 1)
	{
		out[n++] = (uint8) v;
		s += 2;
	}
	return n;
}

static void
check(const char *what, const uint8 *got, int bytes, const char *want)
{
	char		hex[2 * SHA256_DIGEST + 1];

	to_hex(got, bytes, hex);
	if (strcmp(hex, want) != 0)
	{
		printf("FAIL %s: got %s, want %s\n", what, hex, want);
		failures++;
	}
}

static void
mac_split(const uint8 *key, int klen, const uint8 *msg, int mlen, int split,
		  uint8 out[SHA256_DIGEST])
{
	HmacSha256Key k;
	Sha256		ctx;
	int			i;

	hmac_sha256_key(&k, key, klen);
	hmac_sha256_begin(&k, &ctx);
	if (split < 0)
		for (i = 0; i < mlen; i++)
			sha256_update(&ctx, msg + i, 1);
	else
	{
		sha256_update(&ctx, msg, split);
		sha256_update(&ctx, msg + split, mlen - split);
	}
	hmac_sha256_end(&k, &ctx, out);
}

static void
check_hmac(const char *name, const uint8 *key, int klen, const char *msg, int mlen,
		   const char *want)
{
	uint8		out[SHA256_DIGEST];
	int			bytes = strlen(want) / 2;
	int			split;
	char		what[64];

	for (split = -1; split <= mlen; split++)
	{
		mac_split(key, klen, (const uint8 *) msg, mlen, split, out);
		snprintf(what, sizeof(what), "%s, split at %d", name, split);
		check(what, out, bytes, want);
	}
}

static void
check_sha256(const char *name, const char *msg, size_t len, const char *want)
{
	uint8		out[SHA256_DIGEST];
	Sha256		ctx;
	size_t		split;
	char		what[64];

	for (split = 0; split <= len && split <= 200; split++)
	{
		sha256_init(&ctx);
		sha256_update(&ctx, msg, split);
		sha256_update(&ctx, msg + split, len - split);
		sha256_final(&ctx, out);
		snprintf(what, sizeof(what), "%s, split at %zu", name, split);
		check(what, out, SHA256_DIGEST, want);
	}
}

int
main(int argc, char **argv)
{
	static char million[1000000];
	uint8		key[131];
	char		data[50];
	int			i;
	const char *abc448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

	check_sha256("sha256 empty", "", 0,
				 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	check_sha256("sha256 abc", "abc", 3,
				 "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	check_sha256("sha256 448 bits", abc448, strlen(abc448),
				 "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	memset(million, 'a', sizeof(million));
	check_sha256("sha256 a million a's", million, sizeof(million),
				 "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");

	memset(key, 0x0b, 20);
	check_hmac("RFC 4231 case 1", key, 20, "Hi There", 8,
			   "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
	check_hmac("RFC 4231 case 2", (const uint8 *) "Jefe", 4, "what do ya want for nothing?", 28,
			   "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	memset(key, 0xaa, 20);
	memset(data, 0xdd, 50);
	check_hmac("RFC 4231 case 3", key, 20, data, 50,
			   "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
	for (i = 0; i < 25; i++)
		key[i] = i + 1;
	memset(data, 0xcd, 50);
	check_hmac("RFC 4231 case 4", key, 25, data, 50,
			   "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
	memset(key, 0x0c, 20);
	check_hmac("RFC 4231 case 5", key, 20, "Test With Truncation", 20,
			   "a3b6167473100ee06e0c796c2955552b");
	memset(key, 0xaa, 131);
	check_hmac("RFC 4231 case 6", key, 131,
			   "Test Using Larger Than Block-Size Key - Hash Key First", 54,
			   "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
	check_hmac("RFC 4231 case 7", key, 131,
			   "This is a test using a larger than block-size key and a larger "
			   "than block-size data. The key needs to be hashed before being "
			   "used by the HMAC algorithm.", 152,
			   "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");

	if (argc > 1 && strcmp(argv[1], "--stdin") == 0)
	{
		static char line[8192];
		static uint8 k[2048],
					m[2048];

		while (fgets(line, sizeof(line), stdin))
		{
			char	   *sp = strchr(line, ' ');
			int			klen,
						mlen;
			uint8		out[SHA256_DIGEST];
			char		hex[2 * SHA256_DIGEST + 1];

			if (sp == NULL)
				return 2;
			klen = from_hex(line, k, sizeof(k));
			mlen = from_hex(sp + 1, m, sizeof(m));
			mac_split(k, klen, m, mlen, mlen / 3, out);
			to_hex(out, SHA256_DIGEST, hex);
			printf("%s\n", hex);
		}
	}
	if (failures > 0)
		fprintf(stderr, "%d checks failed\n", failures);
	return failures > 0;
}

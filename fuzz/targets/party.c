/*
 * party: normalize_party's cores.  Telephone numbers: a result is "+" and
 * up to 15 digits, and reads back to itself.  Names, e-mails, addresses:
 * the key fits PARTY_TEXT_GROWTH times the input's length and is its own
 * key.
 *
 * Input: one byte choosing the kind, the home country and UTF-8 or not,
 * then the text (valid UTF-8 when UTF-8, as the server guarantees).
 */
#include "fuzz_common.h"
#include "party_phone.h"
#include "party_text.h"
#include "textkit.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int			mode;
	bool		utf8;
	size_t		len;
	char	   *s;

	if (size < 1)
		return 0;
	mode = data[0] & 3;
	utf8 = (data[0] & 4) == 0;
	len = size - 1;
	/* a UTF8 database holds only valid UTF-8; other encodings any bytes */
	if (utf8 && !tk_utf8_valid((const char *) data + 1, (int) len))
		return 0;
	s = malloc(len ? len : 1);
	memcpy(s, data + 1, len);
	if (mode == 0)
	{
		const PhonePlan *home = NULL;
		char		out[PARTY_PHONE_MAXLEN];
		char		again[PARTY_PHONE_MAXLEN];

		if (data[0] >> 3 != 0)
			home = &party_phone_plans[(data[0] >> 3) % party_phone_nplans];
		if (party_phone_normalize(s, (int) len, home, utf8, out))
		{
			size_t		n = strnlen(out, PARTY_PHONE_MAXLEN);
			size_t		i;

			FUZZ_CHECK(n < PARTY_PHONE_MAXLEN && n >= 2 && out[0] == '+', "phone \"%.*s\"", (int) n, out);
			for (i = 1; i < n; i++)
				FUZZ_CHECK(out[i] >= '0' && out[i] <= '9', "phone \"%s\"", out);
			FUZZ_CHECK(party_phone_normalize(out, (int) n, home, utf8, again) && strcmp(out, again) == 0,
					   "\"%s\" does not read back", out);
		}
	}
	else
	{
		PartyTextKind kind = mode == 1 ? PARTY_NAME : mode == 2 ? PARTY_EMAIL : PARTY_ADDRESS;
		char	   *out = malloc(len ? PARTY_TEXT_GROWTH * len : 1);
		int			n = party_text_normalize(s, (int) len, kind, utf8, out);

		FUZZ_CHECK(n >= 0 && (size_t) n <= PARTY_TEXT_GROWTH * len, "key length %d of %zu", n, len);
		if (n > 0)
		{
			char	   *again = malloc(PARTY_TEXT_GROWTH * n);
			int			m = party_text_normalize(out, n, kind, utf8, again);

			FUZZ_CHECK(m == n && memcmp(out, again, n) == 0, "key \"%.*s\" is not its own key (\"%.*s\")",
					   n, out, m, again);
			free(again);
		}
		free(out);
	}
	free(s);
	return 0;
}

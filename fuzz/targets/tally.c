/*
 * tally: text input of quantity_tally through the grammar the server uses
 * (src/tally_text.c).  Accepted input prints as text that reads back to the
 * same parts and prints the same again.
 */
#include "fuzz_common.h"
#include "tally_text.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static TallyParseCode
fuzz_tally_parse(const char *str, TallyPart *parts, int *n)
{
	QtyParseCode code;
	QtyParsed	part;
	char	   *work = malloc(TALLY_PARSE_WORK(strlen(str)));
	TallyParseCode r = tally_parse(str, parts, n, &code, &part, work);

	free(work);
	FUZZ_CHECK(*n >= 0 && *n <= TALLY_MAX_PARTS, "%d parts", *n);
	FUZZ_CHECK((r == TPC_PART) == (code != QPC_OK), "part code %d with result %d", (int) code, (int) r);
	for (int i = 1; r == TPC_OK && i < *n; i++)
		FUZZ_CHECK(tally_part_order(parts[i - 1].kind, parts[i - 1].flags) <
				   tally_part_order(parts[i].kind, parts[i].flags), "parts out of order");
	return r;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_cstring(data, size);
	TallyPart	parts[TALLY_MAX_PARTS],
				back[TALLY_MAX_PARTS];
	int			n,
				nback;

	if (fuzz_tally_parse(s, parts, &n) == TPC_OK)
	{
		char	   *text = malloc(TALLY_TEXT_MAX(n));
		char	   *again = malloc(TALLY_TEXT_MAX(n));

		tally_format(parts, n, text);
		FUZZ_CHECK(fuzz_tally_parse(text, back, &nback) == TPC_OK,
				   "output \"%s\" of \"%s\" does not parse", text, s);
		FUZZ_CHECK(nback == n && memcmp(parts, back, sizeof(TallyPart) * n) == 0,
				   "output \"%s\" of \"%s\" reads back differently", text, s);
		tally_format(back, nback, again);
		FUZZ_CHECK(strcmp(text, again) == 0, "\"%s\" prints as \"%s\"", text, again);
		free(again);
		free(text);
	}
	free(s);
	return 0;
}

/*
 * tally_state: text input of quantity_tally_state through the grammar the
 * server uses (src/state_text.c).  Accepted input has valid parts, prints
 * as text that reads back to the same parts and prints the same again.
 */
#include "fuzz_common.h"
#include "state_text.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_cstring(data, size);
	TallyPart	parts[TALLY_MAX_PARTS],
				back[TALLY_MAX_PARTS];
	int			n,
				nback;
	StateProblem p = tally_state_parse(s, parts, &n);

	FUZZ_CHECK(n >= 0 && n <= TALLY_MAX_PARTS, "%d parts", n);
	FUZZ_CHECK(state_problem_detail(p)[0] != '\0' || p == SPC_OK, "problem %d has no detail", (int) p);
	if (p == SPC_OK)
	{
		char	   *text = malloc(TALLY_STATE_TEXT_MAX(n));
		char	   *again = malloc(TALLY_STATE_TEXT_MAX(n));

		FUZZ_CHECK(tally_parts_problem(parts, n, false) == SPC_OK, "\"%s\" reads as invalid parts", s);
		tally_state_format(parts, n, text);
		FUZZ_CHECK(tally_state_parse(text, back, &nback) == SPC_OK,
				   "output \"%s\" of \"%s\" does not parse", text, s);
		FUZZ_CHECK(nback == n && memcmp(parts, back, sizeof(TallyPart) * n) == 0,
				   "output \"%s\" of \"%s\" reads back differently", text, s);
		tally_state_format(back, nback, again);
		FUZZ_CHECK(strcmp(text, again) == 0, "\"%s\" prints as \"%s\"", text, again);
		free(again);
		free(text);
	}
	free(s);
	return 0;
}

/*
 * sum_state: text input of quantity_sum_state through the grammar the
 * server uses (src/state_text.c).  Accepted input is a valid state, prints
 * as text that reads back to the same bytes and prints the same again.
 */
#include "fuzz_common.h"
#include "state_text.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_cstring(data, size);
	QtySumState state,
				back;
	char		text[QSS_TEXT_MAX],
				again[QSS_TEXT_MAX];
	StateProblem p;

	memset(&state, 0, sizeof(state));
	p = qss_parse(s, &state);
	FUZZ_CHECK(state_problem_detail(p)[0] != '\0' || p == SPC_OK, "problem %d has no detail", (int) p);
	if (p == SPC_OK)
	{
		FUZZ_CHECK(qss_problem(&state) == SPC_OK, "\"%s\" reads as an invalid state", s);
		qss_format(&state, text);
		FUZZ_CHECK(strlen(text) < QSS_TEXT_MAX, "output of \"%s\" too long", s);
		memset(&back, 0, sizeof(back));
		FUZZ_CHECK(qss_parse(text, &back) == SPC_OK, "output \"%s\" of \"%s\" does not parse", text, s);
		FUZZ_CHECK(memcmp(&state, &back, sizeof(state)) == 0,
				   "output \"%s\" of \"%s\" reads back differently", text, s);
		qss_format(&back, again);
		FUZZ_CHECK(strcmp(text, again) == 0, "\"%s\" prints as \"%s\"", text, again);
	}
	free(s);
	return 0;
}

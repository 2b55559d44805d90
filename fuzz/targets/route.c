/*
 * route: text input of the route type (route_parse).  Every accepted text
 * gives a route whose canonical, English and Korean labels read back to it.
 */
#include "fuzz_common.h"
#include "route.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_label(const char *label, int r, const char *input)
{
	FUZZ_CHECK(label != NULL, "no label for %d", r);
	FUZZ_CHECK(route_parse(label, (int) strlen(label)) == r,
			   "label \"%s\" of \"%s\" does not read back", label, input);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* exactly the bytes given: the server passes a length, not a C string */
	char	   *s = malloc(size ? size : 1);
	int			r;

	memcpy(s, data, size);
	r = route_parse(s, (int) size);
	FUZZ_CHECK(r == ROUTE_NONE || (r >= 0 && r < ROUTE_NVALUES), "route %d", r);
	if (r != ROUTE_NONE)
	{
		char	   *in = fuzz_cstring(data, size);

		check_label(route_canonical_label(r), r, in);
		check_label(route_english_label(r), r, in);
		check_label(route_korean_label(r), r, in);
		FUZZ_CHECK(route_transport_mode(r) >= 0 && route_transport_mode(r) <= 9, "mode");
		free(in);
	}
	free(s);
	return 0;
}

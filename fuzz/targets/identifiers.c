/*
 * identifiers: identifier_kind / is_valid_identifier / route_of_identifier.
 * The normalised form fits its buffer exactly; a text has at most one
 * valid kind (the grammars do not overlap, docs/routes.md), and that kind
 * is the one identifier_kind reports; kind names read back.
 */
#include "fuzz_common.h"
#include "identifiers.h"
#include "route.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size ? size : 1);
	char	   *norm = malloc(ID_MAX_LEN + 1);
	int			n;
	IdKind		kind;
	int			k;
	int			valid = 0;

	memcpy(s, data, size);
	n = id_normalise(s, (int) size, norm);
	FUZZ_CHECK(n >= -1 && n <= ID_MAX_LEN, "normalised length %d", n);
	FUZZ_CHECK(n < 0 || (int) strlen(norm) == n, "normalised text not terminated");
	kind = id_kind_of(s, (int) size);
	FUZZ_CHECK(kind >= IDK_NONE && kind < IDK_NKINDS, "kind %d", (int) kind);
	FUZZ_CHECK(kind == IDK_NONE || n > 0, "a kind without a normalised form");
	for (k = IDK_NONE + 1; k < IDK_NKINDS; k++)
	{
		const char *name = id_kind_name((IdKind) k);

		FUZZ_CHECK(name && id_kind_lookup(name, (int) strlen(name)) == k, "kind name %d", k);
		if (id_is_valid(s, (int) size, (IdKind) k))
		{
			valid++;
			FUZZ_CHECK(k == kind, "valid as %s but reported as %s", name,
					   kind == IDK_NONE ? "none" : id_kind_name(kind));
			FUZZ_CHECK(id_kind_route((IdKind) k) >= 0 && id_kind_route((IdKind) k) < ROUTE_NVALUES,
					   "route of %s", name);
		}
	}
	FUZZ_CHECK(valid == (kind != IDK_NONE), "%d kinds valid at once", valid);
	/* the text as a kind name, and as an MRZ field */
	(void) id_kind_lookup(s, (int) size);
	if (size > 0 && size <= 64)
		(void) id_icao9303_check(s, (int) size);
	free(norm);
	free(s);
	return 0;
}

/*
 * classify: classify_route / classify_route_explain over any remark.  The
 * result is a route or none, the confidence in 0..99, and every piece of
 * evidence lies inside the text, in order of position, with its identifier
 * valid for its kind.
 */
#include "fuzz_common.h"
#include "classify.h"
#include "route.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* every allocation of one run, freed at its end (the server uses palloc) */
static void *allocs[4096];
static int	nallocs;

static void *
track_alloc(size_t size)
{
	void	   *p = malloc(size);

	FUZZ_CHECK(nallocs < (int) lengthof(allocs), "more than %d allocations", nallocs);
	allocs[nallocs++] = p;
	return p;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size ? size : 1);
	RouteClassifier rc;
	int			i;
	int			counted = 0;

	memcpy(s, data, size);
	nallocs = 0;
	route_classify(&rc, s, (int) size, track_alloc);
	FUZZ_CHECK(rc.route == ROUTE_NONE || (rc.route >= 0 && rc.route < ROUTE_NVALUES), "route %d", rc.route);
	FUZZ_CHECK(rc.confidence >= 0 && rc.confidence <= 99, "confidence %d", rc.confidence);
	FUZZ_CHECK(rc.nevidence >= 0, "evidence count %d", rc.nevidence);
	for (i = 0; i < rc.nevidence; i++)
	{
		const RouteEvidence *e = &rc.evidence[i];

		FUZZ_CHECK(e->start >= 0 && e->len > 0 && e->start + e->len <= (int) size,
				   "evidence %d at %d+%d of %zu bytes", i, e->start, e->len, size);
		FUZZ_CHECK(e->cpos >= 1 && e->clen >= 1 && e->clen <= e->len, "characters %d+%d", e->cpos, e->clen);
		FUZZ_CHECK(i == 0 || e->start >= rc.evidence[i - 1].start, "evidence out of order");
		FUZZ_CHECK(e->route == ROUTE_NONE || (e->route >= 0 && e->route < ROUTE_NVALUES), "evidence route");
		FUZZ_CHECK(e->weight >= 0 && e->weight <= 1000, "weight %d", e->weight);
		if (e->kind != EV_KEYWORD)
		{
			FUZZ_CHECK(e->kind > IDK_NONE && e->kind < IDK_NKINDS, "evidence kind %d", e->kind);
			FUZZ_CHECK(id_valid_normalised(e->ident, (int) strlen(e->ident), (IdKind) e->kind),
					   "evidence \"%s\" is not a valid %s", e->ident, id_kind_name((IdKind) e->kind));
		}
		if (e->counted)
			counted++;
	}
	FUZZ_CHECK(rc.route == ROUTE_NONE || counted > 0 || rc.nomitted > 0, "a route without counted evidence");
	FUZZ_CHECK(rc.nevidence <= CLASSIFY_MAX_EVIDENCE && rc.nomitted >= 0, "%d listed, %d omitted", rc.nevidence, rc.nomitted);
	for (i = 0; i < nallocs; i++)
		free(allocs[i]);
	free(s);
	return 0;
}

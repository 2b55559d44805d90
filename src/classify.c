/*
 * classify.c
 *	  The route of a free-text remark.  Plain C: shared with the fuzz
 *	  targets.
 *
 * One pass over the text finds keywords (route_keywords.c) and tokens (runs
 * of ASCII letters, digits and '<').  Identifiers are then tried on every
 * run of up to six tokens joined by a single space or hyphen ("176 1234567
 * 5"), the most trustworthy first; a digit-only identifier other than a
 * hyphenated air waybill, an MRZ number or a flight number counts only with
 * its keyword within CLASSIFY_CONTEXT_CHARS characters.  The decision:
 * checked identifiers (tier 2) outweigh keywords and flight numbers
 * (tier 1); within the deciding tier the route with the largest sum of
 * weights wins, then the largest sum over all tiers, then the earliest.
 * docs/routes.md has the details.
 *
 * Every step is linear in the text: the candidates are ordered by a
 * counting sort (their keys are small), the keyword near an identifier is
 * found by binary search, identifiers and keywords are merged in one pass,
 * and the decision is summed as the evidence goes by, so only the first
 * CLASSIFY_MAX_EVIDENCE pieces are kept for the explanation.
 */
#include "c.h"

#include "cancel.h"
#include "classify.h"
#include "route.h"
#include "route_keywords.h"
#include "textkit.h"

#define MAX_JOIN 6

struct ClassifyToken
{
	int			start;
	int			end;			/* bytes, exclusive */
	int			cstart;
	int			cend;			/* characters, 0-based, exclusive */
	int			chosen;			/* candidate chosen starting here, or -1 */
	bool		digit;			/* has a digit */
	bool		lower;			/* has a lower-case letter */
	bool		used;			/* part of a chosen identifier */
};

struct ClassifyKeyword
{
	int			start;
	int			end;			/* bytes, exclusive */
	int			cstart;
	int			cend;			/* characters, 0-based, exclusive */
	int16		weight;
	int8		route;			/* RouteValue, or ROUTE_NONE: context only */
	uint8		ctx;			/* KW_CTX_* it vouches for */
};

struct ClassifyCandidate
{
	int			first;			/* token index */
	uint8		ntok;			/* tokens, 1..MAX_JOIN */
	uint8		kind;			/* IdKind */
	uint8		prio;			/* 3 self-evident, 2 needs context, 1 flight */
	uint8		nlen;			/* normalised length */
	int16		weight;
	bool		counted;		/* chosen: has its context, or needs none */
};

/* candidate order: prio 3..1, then nlen ID_MAX_LEN..1, then position */
#define CAND_KEY(cd) ((3 - (cd)->prio) * (ID_MAX_LEN + 1) + ID_MAX_LEN - (cd)->nlen)
#define CAND_NKEYS (3 * (ID_MAX_LEN + 1))

/* The decision, summed over the evidence in position order. */
typedef struct Tally
{
	int			tier2[ROUTE_NVALUES];
	int			total[ROUTE_NVALUES];
	int			first[3][ROUTE_NVALUES];	/* by tier: earliest start */
	double		miss[ROUTE_NVALUES];
	int			top;
	int			all;
} Tally;

static bool
is_token_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9') || c == '<';
}

/*
 * An ASCII word starts here: not after a letter or digit, nor inside an
 * e-mail address or a domain ("foo@mail.com", "www.post.kr").
 */
static bool
ascii_word_start(const unsigned char *s, int i)
{
	if (i == 0)
		return true;
	if (tk_is_ascii_alnum(s[i - 1]) || s[i - 1] == '@')
		return false;
	return !(s[i - 1] == '.' && i >= 2 && tk_is_ascii_alnum(s[i - 2]));
}

/* Room for one more element: doubles the array (amortised linear). */
static void *
grow(RouteClassifier *rc, void *old, int n, int *max, size_t elem)
{
	void	   *p;

	if (n < *max)
		return old;
	*max = *max < 64 ? 64 : *max * 2;
	p = rc->alloc((size_t) (*max) * elem);
	if (n > 0)
		memcpy(p, old, (size_t) n * elem);
	return p;
}

static int
char_count(const unsigned char *s, int from, int to)
{
	int			n = 0;
	uint32		ticks = 0;

	for (; from < to; from++)
	{
		CANCEL_TICK(ticks);
		if (!tk_utf8_is_continuation(s[from]))
			n++;
	}
	return n;
}

/* Pass 1: tokens and keywords (leftmost longest, not overlapping). */
static void
scan(RouteClassifier *rc, const unsigned char *s, int len)
{
	int			i = 0;
	int			cpos = 0;
	int			kw_resume = 0;
	uint32		ticks = 0;
	ClassifyToken *tok = NULL;

	while (i < len)
	{
		unsigned char c = s[i];

		CANCEL_TICK(ticks);
		if (c < 0x80 && is_token_byte(c) && (tok != NULL || c != '<'))
		{
			if (tok == NULL)
			{
				rc->tokens = grow(rc, rc->tokens, rc->ntokens, &rc->maxtokens,
								  sizeof(ClassifyToken));
				tok = &rc->tokens[rc->ntokens++];
				tok->start = i;
				tok->cstart = cpos;
				tok->chosen = -1;
				tok->digit = tok->lower = tok->used = false;
			}
			if (c >= '0' && c <= '9')
				tok->digit = true;
			else if (c >= 'a' && c <= 'z')
				tok->lower = true;
		}
		else if (tok != NULL)
		{
			tok->end = i;
			tok->cend = cpos;
			tok = NULL;
		}

		/* keywords start at ASCII word starts and at any Hangul syllable */
		if (i >= kw_resume &&
			((c < 0x80 && tk_is_ascii_alnum(c) && ascii_word_start(s, i)) ||
			 KW_HANGUL_LEAD(c)))
		{
			int			end;
			const RouteKeyword *kw = route_keyword_match((const char *) s, len, i, &end);

			if (kw != NULL)
			{
				kw_resume = end;
				if (!(kw->flags & KW_STOP))
				{
					ClassifyKeyword *k;

					rc->keywords = grow(rc, rc->keywords, rc->nkeywords, &rc->maxkeywords,
										sizeof(ClassifyKeyword));
					k = &rc->keywords[rc->nkeywords++];
					k->start = i;
					k->end = end;
					k->cstart = cpos;
					k->cend = cpos + char_count(s, i, end);
					k->route = kw->route;
					k->weight = kw->route == ROUTE_NONE ? 0 : kw->weight;
					k->ctx = kw->ctx;
				}
			}
		}

		if (!tk_utf8_is_continuation(c))
			cpos++;
		i++;
	}
	if (tok != NULL)
	{
		tok->end = len;
		tok->cend = cpos;
	}
}

/* joinable: exactly one space or hyphen between tokens a and a + 1 */
static bool
joinable(const RouteClassifier *rc, const unsigned char *s, int a)
{
	int			gap = rc->tokens[a + 1].start - rc->tokens[a].end;

	return gap == 1 && (s[rc->tokens[a].end] == ' ' || s[rc->tokens[a].end] == '-');
}

static void
add_candidate(RouteClassifier *rc, int first, int last, IdKind kind, int prio,
			  int weight, int nlen)
{
	ClassifyCandidate *cd;

	rc->cands = grow(rc, rc->cands, rc->ncands, &rc->maxcands, sizeof(ClassifyCandidate));
	cd = &rc->cands[rc->ncands++];
	cd->first = first;
	cd->ntok = (uint8) (last - first + 1);
	cd->kind = (uint8) kind;
	cd->prio = (uint8) prio;
	cd->weight = (int16) weight;
	cd->nlen = (uint8) nlen;
	cd->counted = false;
}

/* The normalised identifier of a candidate: its tokens, upper-cased. */
static int
cand_ident(const RouteClassifier *rc, const unsigned char *s,
		   const ClassifyCandidate *cd, char *buf)
{
	int			n = 0;
	int			j;

	for (j = cd->first; j < cd->first + cd->ntok; j++)
	{
		const ClassifyToken *tk = &rc->tokens[j];
		int			k;

		for (k = tk->start; k < tk->end; k++)
			buf[n++] = tk_ascii_upper((char) s[k]);
	}
	buf[n] = '\0';
	return n;
}

/* Pass 2: every run of tokens that reads as an identifier. */
static void
find_candidates(RouteClassifier *rc, const unsigned char *s)
{
	int			t;
	uint32		ticks = 0;

	for (t = 0; t < rc->ntokens; t++)
	{
		char		buf[ID_MAX_LEN + 1];
		int			n = 0;
		bool		digit = false;
		bool		lower = false;
		int			j;

		CANCEL_TICK(ticks);
		for (j = t; j < rc->ntokens && j < t + MAX_JOIN; j++)
		{
			const ClassifyToken *tk = &rc->tokens[j];
			int			k;
			IdKind		kind;

			if (j > t && !joinable(rc, s, j - 1))
				break;
			if (n + (tk->end - tk->start) > ID_MAX_LEN)
				break;
			for (k = tk->start; k < tk->end; k++)
			{
				unsigned char c = s[k];

				buf[n++] = tk_ascii_upper((char) c);
			}
			buf[n] = '\0';
			digit |= tk->digit;
			lower |= tk->lower;
			if (!digit)
				continue;
			kind = id_kind_normalised(buf, n);
			switch (kind)
			{
				case IDK_NONE:
					break;
				case IDK_UPU_S10:
				case IDK_ISO6346:
				case IDK_UPS:
					add_candidate(rc, t, j, kind, 3, 950, n);
					break;
				case IDK_IATA_AWB:
					/* written NNN-NNNNNNNN or NNN NNNNNNN N: no keyword needed */
					if ((j == t + 1 && rc->tokens[t].end - rc->tokens[t].start == 3) ||
						(j == t + 2 && rc->tokens[t].end - rc->tokens[t].start == 3 &&
						 rc->tokens[t + 1].end - rc->tokens[t + 1].start == 7))
						add_candidate(rc, t, j, kind, 3, 850, n);
					else
						add_candidate(rc, t, j, kind, 2, 850, n);
					break;
				case IDK_FLIGHT:
					/* "KE086" or "KE 86", written in capitals */
					if (!lower && (j == t ||
								   (j == t + 1 && rc->tokens[t].end - rc->tokens[t].start == 2)))
						add_candidate(rc, t, j, kind, 1, 600, n);
					break;
				default:
					add_candidate(rc, t, j, kind, 2, 850, n);
					break;
			}
		}
	}
}

static int
needed_context(IdKind kind)
{
	switch (kind)
	{
		case IDK_DHL_EXPRESS:
			return KW_CTX_DHL;
		case IDK_FEDEX_EXPRESS:
		case IDK_FEDEX_GROUND:
			return KW_CTX_FEDEX;
		case IDK_IATA_AWB:
			return KW_CTX_AWB;
		case IDK_FLIGHT:
			return KW_CTX_FLIGHT;
		case IDK_MRZ_DOCUMENT:
			return KW_CTX_MRZ;
		default:
			return 0;
	}
}

static const char *
missing_context_note(IdKind kind)
{
	switch (kind)
	{
		case IDK_DHL_EXPRESS:
			return "digits only: no DHL keyword within 40 characters";
		case IDK_FEDEX_EXPRESS:
		case IDK_FEDEX_GROUND:
			return "digits only: no FedEx keyword within 40 characters";
		case IDK_IATA_AWB:
			return "digits only: no air waybill keyword within 40 characters";
		case IDK_MRZ_DOCUMENT:
			return "no passport keyword within 40 characters";
		default:
			return NULL;
	}
}

/*
 * Whether a keyword that vouches for ctx lies within CLASSIFY_CONTEXT_CHARS
 * characters of [cstart, cend).  Keywords do not overlap, so their starts
 * and ends both increase: a binary search finds the first that ends close
 * enough, and the ones after it are tried while they start close enough (a
 * window of a few dozen characters).
 */
static bool
has_context(const RouteClassifier *rc, int cstart, int cend, int ctx)
{
	int			lo = 0;
	int			hi = rc->nkeywords;
	int			k;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (rc->keywords[mid].cend < cstart - CLASSIFY_CONTEXT_CHARS)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < rc->nkeywords; k++)
	{
		const ClassifyKeyword *kw = &rc->keywords[k];

		if (kw->cstart > cend + CLASSIFY_CONTEXT_CHARS)
			break;
		if (kw->ctx & ctx)
			return true;
	}
	return false;
}

/*
 * Pass 3: choose identifiers, most trustworthy first, without overlap.
 * Returns the chosen candidates' indexes in position order (workspace).
 */
static int *
choose_identifiers(RouteClassifier *rc, int *nchosen)
{
	int			count[CAND_NKEYS + 1] = {0};
	int		   *order;
	int			c;
	int			t;
	int			n = 0;
	uint32		ticks = 0;

	if (rc->ncands == 0)
	{
		*nchosen = 0;
		return NULL;
	}
	/* a stable counting sort: candidates come in position order */
	order = rc->alloc(sizeof(int) * rc->ncands);
	for (c = 0; c < rc->ncands; c++)
		count[CAND_KEY(&rc->cands[c]) + 1]++;
	for (c = 0; c < CAND_NKEYS; c++)
		count[c + 1] += count[c];
	for (c = 0; c < rc->ncands; c++)
		order[count[CAND_KEY(&rc->cands[c])]++] = c;

	for (c = 0; c < rc->ncands; c++)
	{
		ClassifyCandidate *cd = &rc->cands[order[c]];
		int			last = cd->first + cd->ntok - 1;
		bool		avail = true;

		CANCEL_TICK(ticks);
		for (t = cd->first; t <= last; t++)
			if (rc->tokens[t].used)
				avail = false;
		if (!avail)
			continue;
		cd->counted = true;
		if (cd->prio < 3 &&
			!has_context(rc, rc->tokens[cd->first].cstart, rc->tokens[last].cend,
						 needed_context((IdKind) cd->kind)))
		{
			/* a flight-like token alone is no evidence at all ("A380") */
			if (cd->kind == IDK_FLIGHT)
				continue;
			cd->counted = false;
		}
		for (t = cd->first; t <= last; t++)
			rc->tokens[t].used = true;
		rc->tokens[cd->first].chosen = order[c];
	}

	/* the chosen ones in position order, reusing the order array */
	for (t = 0; t < rc->ntokens; t++)
	{
		CANCEL_TICK(ticks);
		if (rc->tokens[t].chosen >= 0)
			order[n++] = rc->tokens[t].chosen;
	}
	*nchosen = n;
	return order;
}

/* One piece of evidence, in position order: summed, and listed if room. */
static void
take_evidence(RouteClassifier *rc, Tally *ty, const RouteEvidence *ev)
{
	if (ev->counted && ev->route != ROUTE_NONE)
	{
		if (ev->tier == 2)
			ty->tier2[ev->route] += ev->weight;
		ty->total[ev->route] += ev->weight;
		ty->all += ev->weight;
		ty->miss[ev->route] *= 1.0 - ev->weight / 1000.0;
		ty->top = Max(ty->top, ev->tier);
		if (ty->first[ev->tier][ev->route] == PG_INT32_MAX)
			ty->first[ev->tier][ev->route] = ev->start;
	}
	if (rc->nevidence == CLASSIFY_MAX_EVIDENCE)
	{
		rc->nomitted++;
		return;
	}
	if (rc->nevidence == rc->maxevidence)
	{
		RouteEvidence *p = rc->alloc(sizeof(RouteEvidence) * rc->maxevidence * 2);

		memcpy(p, rc->evidence, sizeof(RouteEvidence) * rc->nevidence);
		rc->evidence = p;
		rc->maxevidence *= 2;
	}
	rc->evidence[rc->nevidence++] = *ev;
}

static void
identifier_evidence(const RouteClassifier *rc, const unsigned char *s,
					const ClassifyCandidate *cd, RouteEvidence *ev)
{
	const ClassifyToken *first = &rc->tokens[cd->first];
	const ClassifyToken *last = &rc->tokens[cd->first + cd->ntok - 1];

	ev->kind = cd->kind;
	ev->start = first->start;
	ev->len = last->end - first->start;
	ev->cpos = first->cstart + 1;
	ev->clen = last->cend - first->cstart;
	ev->route = id_kind_route((IdKind) cd->kind);
	ev->counted = cd->counted;
	ev->weight = cd->counted ? cd->weight : 0;
	ev->note = cd->counted ? NULL : missing_context_note((IdKind) cd->kind);
	ev->tier = cd->kind == IDK_FLIGHT ? 1 : 2;
	ev->ctx = 0;
	cand_ident(rc, s, cd, ev->ident);
}

static void
keyword_evidence(const ClassifyKeyword *kw, RouteEvidence *ev)
{
	ev->kind = EV_KEYWORD;
	ev->start = kw->start;
	ev->len = kw->end - kw->start;
	ev->cpos = kw->cstart + 1;
	ev->clen = kw->cend - kw->cstart;
	ev->route = kw->route;
	ev->weight = kw->weight;
	ev->counted = kw->route != ROUTE_NONE;
	ev->tier = 1;
	ev->ctx = kw->ctx;
	ev->note = NULL;
	ev->ident[0] = '\0';
}

/*
 * Pass 4: identifiers and the keywords they do not cover, merged in
 * position order (both lists are sorted and neither overlaps itself).
 */
static void
merge_evidence(RouteClassifier *rc, const unsigned char *s, const int *ids,
			   int nids, Tally *ty)
{
	int			i = 0;			/* next identifier to take */
	int			k = 0;			/* next keyword */
	int			cover = 0;		/* first identifier that ends after keyword k starts */
	uint32		ticks = 0;

	while (i < nids || k < rc->nkeywords)
	{
		RouteEvidence ev;

		CANCEL_TICK(ticks);
		if (k == rc->nkeywords ||
			(i < nids &&
			 rc->tokens[rc->cands[ids[i]].first].start < rc->keywords[k].start))
		{
			identifier_evidence(rc, s, &rc->cands[ids[i++]], &ev);
			take_evidence(rc, ty, &ev);
			continue;
		}
		while (cover < nids &&
			   rc->tokens[rc->cands[ids[cover]].first + rc->cands[ids[cover]].ntok - 1].end <=
			   rc->keywords[k].start)
			cover++;
		if (cover < nids &&
			rc->tokens[rc->cands[ids[cover]].first].start < rc->keywords[k].end)
		{
			k++;				/* covered by an identifier */
			continue;
		}
		keyword_evidence(&rc->keywords[k++], &ev);
		take_evidence(rc, ty, &ev);
	}
}

/* Pass 5: the decision and its confidence. */
static void
decide(RouteClassifier *rc, const Tally *ty)
{
	int			top = ty->top;
	int			best = ROUTE_NONE;
	int			r;
	double		conf;

	if (top == 0)
	{
		rc->route = ROUTE_NONE;
		rc->confidence = 0;
		return;
	}
	for (r = 0; r < ROUTE_NVALUES; r++)
	{
		int			score = top == 2 ? ty->tier2[r] : ty->total[r];
		int			bscore;

		if (score == 0)
			continue;
		if (best == ROUTE_NONE)
		{
			best = r;
			continue;
		}
		bscore = top == 2 ? ty->tier2[best] : ty->total[best];
		if (score > bscore ||
			(score == bscore && ty->total[r] > ty->total[best]) ||
			(score == bscore && ty->total[r] == ty->total[best] &&
			 ty->first[top][r] < ty->first[top][best]))
			best = r;
	}
	rc->route = best;
	conf = (1.0 - ty->miss[best]) * ty->total[best] / ty->all;
	rc->confidence = (int) (conf * 100.0 + 0.5);
	rc->confidence = Max(1, Min(99, rc->confidence));
}

void
route_classify(RouteClassifier *rc, const char *s, int len, ClassifyAllocFn alloc)
{
	const unsigned char *u = (const unsigned char *) s;
	Tally		ty;
	int		   *ids;
	int			nids;
	int			r;

	rc->alloc = alloc;
	rc->ntokens = rc->nkeywords = rc->ncands = rc->nevidence = rc->nomitted = 0;
	rc->maxtokens = rc->maxkeywords = rc->maxcands = 0;
	rc->tokens = NULL;
	rc->keywords = NULL;
	rc->cands = NULL;
	rc->maxevidence = lengthof(rc->inline_evidence);
	rc->evidence = rc->inline_evidence;

	memset(&ty, 0, sizeof(ty));
	for (r = 0; r < ROUTE_NVALUES; r++)
	{
		ty.first[1][r] = ty.first[2][r] = PG_INT32_MAX;
		ty.miss[r] = 1.0;
	}

	scan(rc, u, len);
	find_candidates(rc, u);
	ids = choose_identifiers(rc, &nids);
	merge_evidence(rc, u, ids, nids, &ty);
	decide(rc, &ty);
}

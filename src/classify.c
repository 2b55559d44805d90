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
 */
#include "c.h"

#include "classify.h"
#include "route.h"
#include "route_keywords.h"
#include "textkit.h"

#define MAX_JOIN 6

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

/* Doubles an array, moving it off the inline buffer on first growth. */
static void *
grow(RouteClassifier *rc, void *old, int *max, size_t elem)
{
	void	   *p = rc->alloc((size_t) (*max) * 2 * elem);

	memcpy(p, old, (size_t) (*max) * elem);
	*max *= 2;
	return p;
}

static int
char_count(const unsigned char *s, int from, int to)
{
	int			n = 0;

	for (; from < to; from++)
		if (!tk_utf8_is_continuation(s[from]))
			n++;
	return n;
}

/* Pass 1: tokens and keywords (leftmost longest, not overlapping). */
static void
scan(RouteClassifier *rc, const unsigned char *s, int len)
{
	int			i = 0;
	int			cpos = 0;
	int			kw_resume = 0;
	ClassifyToken *tok = NULL;

	while (i < len)
	{
		unsigned char c = s[i];

		if (c < 0x80 && is_token_byte(c) && (tok != NULL || c != '<'))
		{
			if (tok == NULL)
			{
				if (rc->ntokens == rc->maxtokens)
					rc->tokens = grow(rc, rc->tokens, &rc->maxtokens, sizeof(ClassifyToken));
				tok = &rc->tokens[rc->ntokens++];
				tok->start = i;
				tok->cstart = cpos;
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
					RouteEvidence *ev;

					if (rc->nkeywords == rc->maxkeywords)
						rc->keywords = grow(rc, rc->keywords, &rc->maxkeywords, sizeof(RouteEvidence));
					ev = &rc->keywords[rc->nkeywords++];
					ev->kind = EV_KEYWORD;
					ev->start = i;
					ev->len = end - i;
					ev->cpos = cpos + 1;
					ev->clen = char_count(s, i, end);
					ev->route = kw->route;
					ev->weight = kw->route == ROUTE_NONE ? 0 : kw->weight;
					ev->counted = kw->route != ROUTE_NONE;
					ev->tier = 1;
					ev->ctx = kw->ctx;
					ev->note = NULL;
					ev->ident[0] = '\0';
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
			  int weight, const char *ident, int nlen)
{
	ClassifyCandidate *cd;

	if (rc->ncands == rc->maxcands)
		rc->cands = grow(rc, rc->cands, &rc->maxcands, sizeof(ClassifyCandidate));
	cd = &rc->cands[rc->ncands++];
	cd->first = first;
	cd->last = last;
	cd->kind = kind;
	cd->prio = prio;
	cd->weight = weight;
	cd->nlen = nlen;
	memcpy(cd->ident, ident, nlen + 1);
}

/* Pass 2: every run of tokens that reads as an identifier. */
static void
find_candidates(RouteClassifier *rc, const unsigned char *s)
{
	int			t;

	for (t = 0; t < rc->ntokens; t++)
	{
		char		buf[ID_MAX_LEN + 1];
		int			n = 0;
		bool		digit = false;
		bool		lower = false;
		int			j;

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
					add_candidate(rc, t, j, kind, 3, 950, buf, n);
					break;
				case IDK_IATA_AWB:
					/* written NNN-NNNNNNNN or NNN NNNNNNN N: no keyword needed */
					if ((j == t + 1 && rc->tokens[t].end - rc->tokens[t].start == 3) ||
						(j == t + 2 && rc->tokens[t].end - rc->tokens[t].start == 3 &&
						 rc->tokens[t + 1].end - rc->tokens[t + 1].start == 7))
						add_candidate(rc, t, j, kind, 3, 850, buf, n);
					else
						add_candidate(rc, t, j, kind, 2, 850, buf, n);
					break;
				case IDK_FLIGHT:
					/* "KE086" or "KE 86", written in capitals */
					if (!lower && (j == t ||
								   (j == t + 1 && rc->tokens[t].end - rc->tokens[t].start == 2)))
						add_candidate(rc, t, j, kind, 1, 600, buf, n);
					break;
				default:
					add_candidate(rc, t, j, kind, 2, 850, buf, n);
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

static bool
has_context(const RouteClassifier *rc, int cstart, int cend, int ctx)
{
	int			k;

	for (k = 0; k < rc->nkeywords; k++)
	{
		const RouteEvidence *kw = &rc->keywords[k];
		int			kstart = kw->cpos - 1;
		int			kend = kstart + kw->clen;
		int			gap;

		if ((kw->ctx & ctx) == 0)
			continue;
		gap = kstart >= cend ? kstart - cend : cstart >= kend ? cstart - kend : 0;
		if (gap <= CLASSIFY_CONTEXT_CHARS)
			return true;
	}
	return false;
}

static int
cand_cmp(const ClassifyCandidate *a, const ClassifyCandidate *b)
{
	if (a->prio != b->prio)
		return b->prio - a->prio;
	if (a->nlen != b->nlen)
		return b->nlen - a->nlen;
	return a->first - b->first;
}

/* insertion sort: candidates are few */
static void
sort_candidates(RouteClassifier *rc)
{
	int			i;

	for (i = 1; i < rc->ncands; i++)
	{
		ClassifyCandidate c = rc->cands[i];
		int			j = i;

		while (j > 0 && cand_cmp(&c, &rc->cands[j - 1]) < 0)
		{
			rc->cands[j] = rc->cands[j - 1];
			j--;
		}
		rc->cands[j] = c;
	}
}

static void
add_evidence(RouteClassifier *rc, const RouteEvidence *ev)
{
	int			i;

	if (rc->nevidence == rc->maxevidence)
		rc->evidence = grow(rc, rc->evidence, &rc->maxevidence, sizeof(RouteEvidence));
	/* keep position order: evidence mostly arrives in order */
	i = rc->nevidence++;
	while (i > 0 && rc->evidence[i - 1].start > ev->start)
	{
		rc->evidence[i] = rc->evidence[i - 1];
		i--;
	}
	rc->evidence[i] = *ev;
}

/* Pass 3: choose identifiers, most trustworthy first, without overlap. */
static void
choose_identifiers(RouteClassifier *rc)
{
	int			c;

	sort_candidates(rc);
	for (c = 0; c < rc->ncands; c++)
	{
		const ClassifyCandidate *cd = &rc->cands[c];
		const ClassifyToken *first = &rc->tokens[cd->first];
		const ClassifyToken *last = &rc->tokens[cd->last];
		RouteEvidence ev;
		int			t;
		bool		avail = true;

		for (t = cd->first; t <= cd->last; t++)
			if (rc->tokens[t].used)
				avail = false;
		if (!avail)
			continue;

		ev.kind = cd->kind;
		ev.start = first->start;
		ev.len = last->end - first->start;
		ev.cpos = first->cstart + 1;
		ev.clen = last->cend - first->cstart;
		ev.route = id_kind_route(cd->kind);
		ev.counted = true;
		ev.note = NULL;
		ev.tier = cd->kind == IDK_FLIGHT ? 1 : 2;
		ev.weight = cd->weight;
		ev.ctx = 0;
		memcpy(ev.ident, cd->ident, cd->nlen + 1);
		if (cd->prio < 3 &&
			!has_context(rc, first->cstart, last->cend, needed_context(cd->kind)))
		{
			/* a flight-like token alone is no evidence at all ("A380") */
			if (cd->kind == IDK_FLIGHT)
				continue;
			ev.counted = false;
			ev.weight = 0;
			ev.note = missing_context_note(cd->kind);
		}
		for (t = cd->first; t <= cd->last; t++)
			rc->tokens[t].used = true;
		add_evidence(rc, &ev);
	}
}

/* Keywords join the evidence unless an identifier covers them. */
static void
add_keywords(RouteClassifier *rc)
{
	int			nid = rc->nevidence;
	int			k;

	for (k = 0; k < rc->nkeywords; k++)
	{
		RouteEvidence ev = rc->keywords[k];
		bool		covered = false;
		int			i;

		for (i = 0; i < nid && !covered; i++)
		{
			const RouteEvidence *id = &rc->evidence[i];

			if (id->kind != EV_KEYWORD &&
				ev.start < id->start + id->len && id->start < ev.start + ev.len)
				covered = true;
		}
		if (covered)
			continue;
		add_evidence(rc, &ev);
	}
}

/* Pass 4: the decision and its confidence. */
static void
decide(RouteClassifier *rc)
{
	int			tier2[ROUTE_NVALUES] = {0};
	int			total[ROUTE_NVALUES] = {0};
	int			first[ROUTE_NVALUES];
	double		miss[ROUTE_NVALUES];
	int			top = 0;
	int			all = 0;
	int			best = ROUTE_NONE;
	int			r;
	int			i;
	double		conf;

	for (r = 0; r < ROUTE_NVALUES; r++)
	{
		first[r] = PG_INT32_MAX;
		miss[r] = 1.0;
	}
	for (i = 0; i < rc->nevidence; i++)
	{
		const RouteEvidence *ev = &rc->evidence[i];

		if (!ev->counted || ev->route == ROUTE_NONE)
			continue;
		if (ev->tier == 2)
			tier2[ev->route] += ev->weight;
		total[ev->route] += ev->weight;
		all += ev->weight;
		miss[ev->route] *= 1.0 - ev->weight / 1000.0;
		top = Max(top, ev->tier);
	}
	if (top == 0)
	{
		rc->route = ROUTE_NONE;
		rc->confidence = 0;
		return;
	}
	/* earliest evidence of the deciding tier, per route */
	for (i = rc->nevidence - 1; i >= 0; i--)
	{
		const RouteEvidence *ev = &rc->evidence[i];

		if (ev->counted && ev->route != ROUTE_NONE && ev->tier == top)
			first[ev->route] = ev->start;
	}
	for (r = 0; r < ROUTE_NVALUES; r++)
	{
		int			score = top == 2 ? tier2[r] : total[r];
		int			bscore;

		if (score == 0)
			continue;
		if (best == ROUTE_NONE)
		{
			best = r;
			continue;
		}
		bscore = top == 2 ? tier2[best] : total[best];
		if (score > bscore ||
			(score == bscore && total[r] > total[best]) ||
			(score == bscore && total[r] == total[best] && first[r] < first[best]))
			best = r;
	}
	rc->route = best;
	conf = (1.0 - miss[best]) * total[best] / all;
	rc->confidence = (int) (conf * 100.0 + 0.5);
	rc->confidence = Max(1, Min(99, rc->confidence));
}

void
route_classify(RouteClassifier *rc, const char *s, int len, ClassifyAllocFn alloc)
{
	const unsigned char *u = (const unsigned char *) s;

	rc->alloc = alloc;
	rc->ntokens = rc->nkeywords = rc->ncands = rc->nevidence = 0;
	rc->maxtokens = lengthof(rc->inline_tokens);
	rc->tokens = rc->inline_tokens;
	rc->maxkeywords = lengthof(rc->inline_keywords);
	rc->keywords = rc->inline_keywords;
	rc->maxcands = lengthof(rc->inline_cands);
	rc->cands = rc->inline_cands;
	rc->maxevidence = lengthof(rc->inline_evidence);
	rc->evidence = rc->inline_evidence;

	scan(rc, u, len);
	find_candidates(rc, u);
	choose_identifiers(rc);
	add_keywords(rc);
	decide(rc);
}

/*
 * classify.h
 *	  The route of a free-text remark, from the identifiers and the English
 *	  and Korean keywords found in it.  Rules: docs/routes.md.
 *
 * Plain C with no backend calls (input is UTF-8; memory beyond the inline
 * buffers comes from the caller's allocator), so it can be fuzzed outside
 * the server.
 */
#ifndef SEIZURE_CLASSIFY_H
#define SEIZURE_CLASSIFY_H

#include "c.h"

#include "identifiers.h"

/* evidence kinds: an IdKind, or a keyword */
#define EV_KEYWORD IDK_NKINDS

/* a bare-digit identifier, MRZ number or flight counts only this close to its keyword */
#define CLASSIFY_CONTEXT_CHARS 40

typedef struct RouteEvidence
{
	int			kind;			/* IdKind or EV_KEYWORD */
	int			start;			/* bytes into the input */
	int			len;			/* bytes */
	int			cpos;			/* characters, 1-based */
	int			clen;			/* characters */
	int			route;			/* RouteValue, or ROUTE_NONE: context only */
	int			weight;			/* thousandths; 0 unless counted */
	bool		counted;		/* takes part in the decision */
	int			tier;			/* 2 checked identifier, 1 keyword or flight */
	int			ctx;			/* keywords: KW_CTX_* they vouch for */
	const char *note;			/* why not counted, or NULL */
	char		ident[ID_MAX_LEN + 1];	/* normalised identifier, "" for keywords */
} RouteEvidence;

/*
 * The explanation lists at most this many pieces of evidence, the first in
 * position order; the decision counts them all.
 */
#define CLASSIFY_MAX_EVIDENCE 1000

/* workspace; classify.c defines them */
typedef struct ClassifyToken ClassifyToken;
typedef struct ClassifyKeyword ClassifyKeyword;
typedef struct ClassifyCandidate ClassifyCandidate;

typedef void *(*ClassifyAllocFn) (size_t size);

#define CLASSIFY_INLINE 16

/*
 * Workspace and result.  Declare one (fine on the stack), call
 * route_classify(), read route, confidence and evidence.  Time and memory
 * grow linearly with the text (about 60 bytes per token or keyword found).
 */
typedef struct RouteClassifier
{
	/* result */
	int			route;			/* RouteValue, or ROUTE_NONE: no evidence */
	int			confidence;		/* hundredths, 0..99 */
	int			nevidence;		/* listed, at most CLASSIFY_MAX_EVIDENCE */
	int			nomitted;		/* found and counted but not listed */
	RouteEvidence *evidence;	/* in order of position */

	/* workspace */
	ClassifyAllocFn alloc;
	int			ntokens;
	int			maxtokens;
	ClassifyToken *tokens;
	int			nkeywords;
	int			maxkeywords;
	ClassifyKeyword *keywords;
	int			ncands;
	int			maxcands;
	ClassifyCandidate *cands;
	int			maxevidence;
	RouteEvidence inline_evidence[CLASSIFY_INLINE];
} RouteClassifier;

extern void route_classify(RouteClassifier *rc, const char *s, int len,
						   ClassifyAllocFn alloc);

#endif							/* SEIZURE_CLASSIFY_H */

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

typedef struct ClassifyToken
{
	int			start;
	int			end;			/* bytes, exclusive */
	int			cstart;
	int			cend;			/* characters, 0-based, exclusive */
	bool		digit;			/* has a digit */
	bool		lower;			/* has a lower-case letter */
	bool		used;			/* part of a chosen identifier */
} ClassifyToken;

typedef struct ClassifyCandidate
{
	int			first;			/* token indexes, inclusive */
	int			last;
	IdKind		kind;
	int			prio;			/* 3 self-evident, 2 needs context, 1 flight */
	int			weight;
	int			nlen;
	char		ident[ID_MAX_LEN + 1];
} ClassifyCandidate;

typedef void *(*ClassifyAllocFn) (size_t size);

#define CLASSIFY_INLINE 32

/*
 * Workspace and result.  Declare one (it is a few kilobytes: fine on the
 * stack), call route_classify(), read route, confidence and evidence.
 */
typedef struct RouteClassifier
{
	/* result */
	int			route;			/* RouteValue, or ROUTE_NONE: no evidence */
	int			confidence;		/* hundredths, 0..99 */
	int			nevidence;
	RouteEvidence *evidence;	/* in order of position */

	/* workspace */
	ClassifyAllocFn alloc;
	int			ntokens;
	int			maxtokens;
	ClassifyToken *tokens;
	int			nkeywords;
	int			maxkeywords;
	RouteEvidence *keywords;
	int			ncands;
	int			maxcands;
	ClassifyCandidate *cands;
	int			maxevidence;
	ClassifyToken inline_tokens[CLASSIFY_INLINE];
	RouteEvidence inline_keywords[CLASSIFY_INLINE / 2];
	ClassifyCandidate inline_cands[CLASSIFY_INLINE];
	RouteEvidence inline_evidence[CLASSIFY_INLINE / 2];
} RouteClassifier;

extern void route_classify(RouteClassifier *rc, const char *s, int len,
						   ClassifyAllocFn alloc);

#endif							/* SEIZURE_CLASSIFY_H */

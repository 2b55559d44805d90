/*
 * route_keywords.h
 *	  English and Korean words that point to a route in a free-text remark,
 *	  and the words that make a bare identifier believable.
 *
 * Plain C with no backend calls; text is UTF-8.
 */
#ifndef SEIZURE_ROUTE_KEYWORDS_H
#define SEIZURE_ROUTE_KEYWORDS_H

#include "c.h"

/* what a keyword vouches for, near a bare identifier (see classify.c) */
#define KW_CTX_DHL		0x01
#define KW_CTX_FEDEX	0x02
#define KW_CTX_AWB		0x04
#define KW_CTX_FLIGHT	0x08
#define KW_CTX_MRZ		0x10

/* flags */
#define KW_CASE		0x01		/* ASCII case matters ("UPS", not "ups") */
#define KW_STOP		0x02		/* swallows a false friend ("e-mail"); never reported */

typedef struct RouteKeyword
{
	const char *text;			/* lower-case ASCII or Hangul; ' ' is a separator */
	int8		route;			/* RouteValue, or ROUTE_NONE */
	int16		weight;			/* thousandths */
	uint8		ctx;			/* KW_CTX_* */
	uint8		flags;			/* KW_* */
} RouteKeyword;

/*
 * The longest keyword starting at byte pos of s, or NULL; *end is set to the
 * byte after it.  The caller calls it at ASCII word starts and at Hangul
 * syllables only.  ASCII keywords must end at a word boundary (the next
 * character is not an ASCII letter or digit); a ' ' in a keyword matches one
 * or more spaces, hyphens or underscores in ASCII keywords, and zero or more
 * spaces between Hangul syllables.
 */
extern const RouteKeyword *route_keyword_match(const char *s, int len, int pos,
												int *end);

/* true if byte c starts a Hangul syllable or jamo in UTF-8 (U+A000..U+DFFF) */
#define KW_HANGUL_LEAD(c) ((unsigned char) (c) >= 0xEA && (unsigned char) (c) <= 0xED)

#endif							/* SEIZURE_ROUTE_KEYWORDS_H */

/*
 * party_text.h
 *	  Names, e-mail addresses and postal addresses as matching keys.
 *
 * Plain C with no backend calls (fuzzable outside the server).  Case
 * mapping is built in, from Unicode's simple case mappings for the scripts
 * listed in party_text.c, so a key never depends on the database's locale
 * or collation: the functions using it can be IMMUTABLE.
 */
#ifndef SEIZURE_PARTY_TEXT_H
#define SEIZURE_PARTY_TEXT_H

#include "c.h"

typedef enum PartyTextKind
{
	PARTY_NAME,					/* case-folded, base letters, punctuation
								 * out, words sorted */
	PARTY_EMAIL,				/* trimmed, case-folded */
	PARTY_ADDRESS				/* upper-cased, punctuation and spaces to one
								 * space, words abbreviated */
} PartyTextKind;

/*
 * Writes the key for s (len bytes) to out, which must have room for
 * PARTY_TEXT_GROWTH * len bytes (a romanized Korean name becomes Hangul,
 * up to three times as long; an address up to 3/2 as long, AV AVE; other
 * keys are never longer than their input).  Returns the key's length; 0
 * means nothing is left to match on.
 */
#define PARTY_TEXT_GROWTH 3

extern int	party_text_normalize(const char *s, int len, PartyTextKind kind,
								 bool utf8, char *out);

#endif							/* SEIZURE_PARTY_TEXT_H */

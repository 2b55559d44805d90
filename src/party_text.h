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
	PARTY_NAME,					/* case-folded, punctuation out, one space */
	PARTY_EMAIL,				/* trimmed, case-folded */
	PARTY_ADDRESS				/* upper-cased, punctuation and spaces to one
								 * space */
} PartyTextKind;

/*
 * Reads one character at s (len > 0 bytes left) into *cp and returns its
 * length in bytes.  A byte that is not read as a character is returned as
 * cp = -byte, to be copied through untouched: outside UTF-8 (utf8 false)
 * that is every byte >= 0x80 (part of a character in the database's
 * encoding, which is not decoded), in UTF-8 the first byte of a malformed
 * sequence.
 */
extern int	party_next_char(const char *s, int len, bool utf8, int *cp);

/* party_next_char, reading fullwidth ASCII as ASCII; advances *pos. */
extern int	party_read_char(const char *s, int len, int *pos, bool utf8);

/* Unicode simple case mappings for the scripts handled; others unchanged. */
extern int	party_fold_case(int cp);

/*
 * Writes the key for s (len bytes) to out, which must have room for
 * PARTY_TEXT_GROWTH * len bytes (a romanized Korean name becomes Hangul,
 * up to three times as long; other keys are never longer than their
 * input).  Returns the key's length; 0 means nothing is left to match on.
 */
#define PARTY_TEXT_GROWTH 3

extern int	party_text_normalize(const char *s, int len, PartyTextKind kind,
								 bool utf8, char *out);

#endif							/* SEIZURE_PARTY_TEXT_H */

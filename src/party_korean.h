/*
 * party_korean.h
 *	  Korean personal names as one key across Hangul and Latin letters.
 *
 * Plain C with no backend calls (fuzzable outside the server).
 */
#ifndef SEIZURE_PARTY_KOREAN_H
#define SEIZURE_PARTY_KOREAN_H

#include "c.h"

/*
 * Writes the key of a Korean personal name, written in Hangul or in
 * Latin letters (Revised Romanization, McCune-Reischauer, the usual
 * passport spellings), to out and returns its length: the name in Hangul
 * syllables, surname first, without spaces.  s is UTF-8 (len bytes); out
 * has room for PARTY_TEXT_GROWTH * len bytes (party_text.h).  Returns -1
 * when s is not read as a Korean name.
 */
extern int	party_korean_name(const char *s, int len, char *out);

#endif							/* SEIZURE_PARTY_KOREAN_H */

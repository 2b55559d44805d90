/*
 * party_address.h
 *	  The standard abbreviations of address words, for address keys.
 *
 * Plain C with no backend calls (fuzzable outside the server).
 */
#ifndef SEIZURE_PARTY_ADDRESS_H
#define SEIZURE_PARTY_ADDRESS_H

#include "c.h"

/* Longest word replaced, in bytes (강원특별자치도: seven syllables). */
#define PARTY_ADDRESS_WORD_MAX 21

/*
 * The standard form of the address word w (len bytes, upper-case as in an
 * address key), its length in *outlen; NULL when w is already standard or
 * not a word of the tables.  A standard form is its own standard form.
 */
extern const char *party_address_word(const char *w, int len, int *outlen);

#endif							/* SEIZURE_PARTY_ADDRESS_H */

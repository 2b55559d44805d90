/*
 * party_phone.h
 *	  Telephone numbers to E.164 ("+<country code><national number>").
 *
 * Plain C with no backend calls, so the parser can be fuzzed outside the
 * server.  The numbering-plan table covers the countries that show up in
 * seizure records most; see party_phone.c for the rules and their limits,
 * docs/networks.md for the sources of the tables.
 */
#ifndef SEIZURE_PARTY_PHONE_H
#define SEIZURE_PARTY_PHONE_H

#include "c.h"

/* E.164 allows 15 digits; with the '+' and a terminator. */
#define PARTY_PHONE_MAXLEN 17

/* How a country's numbers are written at home and dialled abroad. */
typedef struct PhonePlan
{
	const char *country;		/* ISO 3166-1 alpha-2 */
	const char *cc;				/* ITU-T E.164 country calling code */
	const char *const *trunk;	/* national (trunk) prefixes, longest first */
	const char *const *intl;	/* international call prefixes besides "00" */
	const char *const *carrier; /* international prefixes that select a
								 * carrier */
	uint64		lengths;		/* bit n set: a national significant number
								 * may have n digits */
	bool		nsn_zero;		/* a national number may start with 0 */
	bool		nanp;			/* North American plan: NXX-NXX-XXXX */
} PhonePlan;

extern const PhonePlan party_phone_plans[];
extern const int party_phone_nplans;

/* Plan for an ISO 3166-1 alpha-2 code, any case; NULL if not known. */
extern const PhonePlan *party_phone_country(const char *code, int len);

/*
 * Normalises s (len bytes) to E.164 into out (PARTY_PHONE_MAXLEN bytes).
 * home is the country national numbers belong to, or NULL: then only
 * numbers written in international form ("+", "00") can be read.  utf8
 * says whether s is UTF-8 (fullwidth digits and Unicode dashes are then
 * read too).  Returns false when the text is not a telephone number.
 */
extern bool party_phone_normalize(const char *s, int len, const PhonePlan *home,
								  bool utf8, char *out);

#endif							/* SEIZURE_PARTY_PHONE_H */

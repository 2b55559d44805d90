/*
 * substance_fold.h
 *	  Folding of substance names for alias lookup.
 *
 * Plain C with no backend calls (fuzzable outside the server).  The rule
 * works on UTF-8 bytes and never consults the database locale:
 *
 *	1. Text in brackets ( ) [ ] { } and their fullwidth forms is dropped,
 *	   nested or not; an unclosed bracket drops the rest of the name.  When
 *	   that leaves nothing, the name is folded again with brackets read as
 *	   separators ("(LSD)" folds like "LSD").
 *	2. ASCII, fullwidth and Latin-1 capitals become lower case; fullwidth
 *	   letters and digits become ASCII; Greek alpha..delta become "alpha"..
 *	   "delta" ("α-PVP" folds like "alpha-PVP").
 *	3. Spaces, punctuation and symbols (ASCII, Latin-1, general and CJK
 *	   punctuation, fullwidth punctuation) are removed: "crystal meth",
 *	   "Crystal-Meth" and "crystalmeth" fold alike.
 *	4. Plurals: a run of at least four ASCII letters ending in "ies" ends
 *	   in "y" instead; one ending in "s" but not "ss", "us" or "is" loses
 *	   the "s" ("tablets" -> "tablet", "cannabis" stays).
 *	5. Every other character (Hangul, other scripts, invalid bytes) is kept
 *	   as written.
 */
#ifndef SEIZURE_SUBSTANCE_FOLD_H
#define SEIZURE_SUBSTANCE_FOLD_H

#include "c.h"

/* Bytes out[] must hold to fold len input bytes (Greek letters expand). */
#define SUBST_FOLD_SIZE(len) ((size_t) (len) * 3 + 1)

/*
 * Folds s[0..len), UTF-8, into out (SUBST_FOLD_SIZE(len) bytes); returns
 * the folded length and NUL-terminates out.  0 means nothing is left.
 */
extern int	subst_fold(const char *s, int len, char *out);

#endif

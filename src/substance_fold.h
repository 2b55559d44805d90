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

/*
 * Salt and form words read around a name (docs/substances.md, "Salts and
 * forms").  A word is a run of characters between spaces, punctuation and
 * bracketed text; it matches a qualifier when both fold alike, so case,
 * plurals and spacing inside "vape cartridge" do not matter.  Salts
 * (hydrochloride, HCl, sulfate, ... 염산염) are read after a name; forms
 * (pills, powder, black tar, ... 분말) before or after it.  A Korean salt or
 * form may also be written onto the name ("케타민염산염").
 */
typedef enum SubstQualifier
{
	SQ_NONE = 0,
	SQ_SALT,
	SQ_FORM
} SubstQualifier;

/*
 * Reads one qualifier at the end of s[*start..*end), else at its start, and
 * narrows the range to the rest, which is never empty.  Returns SQ_NONE and
 * leaves the range alone when there is none.
 */
extern SubstQualifier subst_strip_qualifier(const char *s, int *start, int *end);

#endif

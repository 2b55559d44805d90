/*
 * party_chars.h
 *	  Characters as the party keys read them (party_text.c, party_korean.c,
 *	  party_phone.c): reading, fullwidth ASCII, case, base letters, Hangul
 *	  code points.
 */
#ifndef SEIZURE_PARTY_CHARS_H
#define SEIZURE_PARTY_CHARS_H

#include "c.h"

/* Conjoining jamo and precomposed syllables (Unicode 3.12, Hangul). */
#define JAMO_L_FIRST 0x1100
#define JAMO_L_COUNT 19
#define JAMO_V_FIRST 0x1161
#define JAMO_V_COUNT 21
#define JAMO_T_FIRST 0x11A7		/* one before the first trailing consonant */
#define JAMO_T_COUNT 28
#define HANGUL_FIRST 0xAC00
#define HANGUL_COUNT (JAMO_L_COUNT * JAMO_V_COUNT * JAMO_T_COUNT)
#define HANGUL_LAST (HANGUL_FIRST + HANGUL_COUNT - 1)

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
extern int	party_upper_case(int cp);

typedef enum PartyScript
{
	PARTY_SCRIPT_NONE,			/* neither a Latin letter nor Hangul */
	PARTY_SCRIPT_LATIN,			/* a Latin letter (ASCII or fullwidth), no Hangul */
	PARTY_SCRIPT_HANGUL			/* a Hangul syllable, jamo or compatibility jamo */
} PartyScript;

/*
 * The script a name is written in, for telling a match across scripts.
 * Outside UTF-8 (utf8 false) only ASCII is read: Hangul is never found.
 */
extern PartyScript party_script_of(const char *s, int len, bool utf8);

/*
 * The base letters of a Latin letter with a diacritic or a ligature, one
 * or two lower-case ASCII letters ("e" for É, "ss" for ß, "ae" for æ), or
 * NULL when cp is not one.
 */
extern const char *party_latin_base(int cp);

#endif							/* SEIZURE_PARTY_CHARS_H */

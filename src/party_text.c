/*
 * party_text.c
 *	  Names, e-mail addresses and postal addresses as matching keys.
 *
 * Every kind first reads fullwidth ASCII (U+FF01..U+FF5E, common in text
 * typed with East Asian input methods) as ASCII and composes conjoining
 * Hangul jamo into syllables (macOS and some exports write Korean
 * decomposed), so visually identical input gives one key.  Then:
 *
 *	name	 a Korean personal name, in Hangul or romanized, is the name in
 *			 Hangul (party_korean.c); any other name has its letters
 *			 case-folded; apostrophes, hyphens and periods dropped
 *			 ("O'Brien", "Min-su", "J.R."); other punctuation and white space
 *			 become a single space; trimmed.
 *	email	 white space trimmed at both ends, case-folded.
 *	address  letters upper-cased; punctuation and white space become a
 *			 single space; trimmed.
 *
 * Format characters (zero-width spaces, soft hyphens, byte-order marks,
 * bidi controls) and control characters are dropped everywhere.
 *
 * Case mapping: Unicode simple case folding (lower) and simple upper-case
 * mapping for Latin (Basic Latin, Latin-1, Extended-A, the pinyin,
 * Romanian and Vietnamese letters of Extended-B, Latin Extended
 * Additional), Greek and Cyrillic.  No other script has case; Hangul, kana
 * and Han pass through unchanged.  No Unicode normalisation beyond the
 * Hangul composition: a Latin letter followed by a combining accent stays
 * two characters.
 *
 * In a database whose encoding is not UTF-8, only ASCII is interpreted;
 * every other byte is copied through.
 */
#include "c.h"

#include "cancel.h"
#include "party_chars.h"
#include "party_korean.h"
#include "party_text.h"
#include "textkit.h"

typedef enum CharClass
{
	CC_OTHER,					/* letters, digits, symbols: kept */
	CC_SPACE,
	CC_IGNORE,					/* format and control characters: dropped */
	CC_JOINER,					/* punctuation inside a word: ' - . */
	CC_PUNCT
} CharClass;

static CharClass
classify(int cp)
{
	if (cp < 0)
		return CC_OTHER;
	if (cp < 0x80)
	{
		if (tk_is_space((char) cp))
			return CC_SPACE;
		if (cp < 0x20 || cp == 0x7F)
			return CC_IGNORE;
		if (cp == '\'' || cp == '`' || cp == '-' || cp == '.')
			return CC_JOINER;
		if ((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') ||
			(cp >= 'a' && cp <= 'z'))
			return CC_OTHER;
		return CC_PUNCT;
	}
	if (cp <= 0xBF)
	{
		switch (cp)
		{
			case 0x85:			/* next line */
			case 0xA0:			/* no-break space */
				return CC_SPACE;
			case 0xAD:			/* soft hyphen */
				return CC_IGNORE;
			case 0xB4:			/* acute accent used as apostrophe */
				return CC_JOINER;
			case 0xAA:			/* ª */
			case 0xB2:			/* ² ³ */
			case 0xB3:
			case 0xB5:			/* µ */
			case 0xB9:			/* ¹ º */
			case 0xBA:
			case 0xBC:			/* ¼ ½ ¾ */
			case 0xBD:
			case 0xBE:
				return CC_OTHER;
		}
		return cp < 0xA0 ? CC_IGNORE : CC_PUNCT;
	}
	if (cp == 0xD7 || cp == 0xF7)	/* × ÷ */
		return CC_PUNCT;
	if (cp < 0x1680)
		return cp == 0x02BC ? CC_JOINER : CC_OTHER;	/* ʼ apostrophe */
	if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
		cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000)
		return CC_SPACE;
	if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
		(cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF)
		return CC_IGNORE;
	if (cp == 0x2010 || cp == 0x2011 || cp == 0x2018 || cp == 0x2019)
		return CC_JOINER;		/* hyphens, single quotes */
	if ((cp >= 0x2012 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E))
		return CC_PUNCT;		/* dashes, quotes, bullets, ... */
	if ((cp >= 0x3001 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3011) ||
		(cp >= 0x3014 && cp <= 0x301F) || cp == 0x3030 || cp == 0x303D ||
		cp == 0x30A0 || cp == 0x30FB)
		return CC_PUNCT;		/* CJK brackets, commas, stops, middle dot */
	if ((cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFE50 && cp <= 0xFE6B) ||
		(cp >= 0xFF61 && cp <= 0xFF65))
		return CC_PUNCT;		/* compatibility and halfwidth punctuation */
	return CC_OTHER;
}

static int
put_char(char *out, int cp)
{
	if (cp < 0)
	{
		out[0] = (char) -cp;
		return 1;
	}
	return tk_utf8_put(out, cp);
}

/* The key being written, and its last character for Hangul composition. */
typedef struct KeyWriter
{
	char	   *out;
	int			n;
	int			last_cp;		/* -1 after a space or at the start */
	int			last_pos;
} KeyWriter;

/*
 * Appends cp, composing a leading consonant + vowel jamo, or a syllable
 * without a final consonant + trailing consonant, into one Hangul syllable
 * (Unicode canonical composition for Hangul).  Composing on what is
 * written, not on the input, keeps keys stable: characters dropped between
 * two jamo cannot leave a pair that a second pass would compose.  Jamo and
 * syllables are all three bytes in UTF-8, so the syllable replaces the
 * previous character in place.
 */
static void
write_char(KeyWriter *w, int cp)
{
	int			prev = w->last_cp;

	if (prev >= JAMO_L_FIRST && prev < JAMO_L_FIRST + JAMO_L_COUNT &&
		cp >= JAMO_V_FIRST && cp < JAMO_V_FIRST + JAMO_V_COUNT)
	{
		cp = HANGUL_FIRST + ((prev - JAMO_L_FIRST) * JAMO_V_COUNT +
							 (cp - JAMO_V_FIRST)) * JAMO_T_COUNT;
		w->n = w->last_pos;
	}
	else if (prev >= HANGUL_FIRST && prev < HANGUL_FIRST + HANGUL_COUNT &&
			 (prev - HANGUL_FIRST) % JAMO_T_COUNT == 0 &&
			 cp > JAMO_T_FIRST && cp < JAMO_T_FIRST + JAMO_T_COUNT)
	{
		cp = prev + (cp - JAMO_T_FIRST);
		w->n = w->last_pos;
	}
	w->last_pos = w->n;
	w->last_cp = cp;
	w->n += put_char(w->out + w->n, cp);
}

static void
write_bytes(KeyWriter *w, const char *s, int len)
{
	memcpy(w->out + w->n, s, len);
	w->n += len;
	w->last_cp = -1;
}

/* The key by the rules for every script (all but Korean names). */
static int
text_key(const char *s, int len, PartyTextKind kind, bool utf8, char *out)
{
	KeyWriter	w = {out, 0, -1, 0};
	int			pos = 0;
	int			end = 0;		/* e-mail: length up to the last non-space */
	bool		gap = false;	/* a space is due before the next character */
	uint32		ticks = 0;

	while (pos < len)
	{
		int			start = pos;
		int			cp = party_read_char(s, len, &pos, utf8);
		CharClass	cls = classify(cp);

		CANCEL_TICK(ticks);
		if (cls == CC_IGNORE)
			continue;
		if (kind == PARTY_EMAIL)
		{
			if (cls == CC_SPACE)
			{
				/* kept inside, trimmed at the ends */
				if (w.n > 0)
					write_bytes(&w, s + start, pos - start);
				continue;
			}
			write_char(&w, party_fold_case(cp));
			end = w.n;
			continue;
		}
		if (cls == CC_JOINER && kind == PARTY_NAME)
			continue;
		if (cls != CC_OTHER)
		{
			gap = (w.n > 0);
			continue;
		}
		if (gap)
		{
			write_bytes(&w, " ", 1);
			gap = false;
		}
		write_char(&w, kind == PARTY_NAME ? party_fold_case(cp) :
				   party_upper_case(cp));
	}
	return kind == PARTY_EMAIL ? end : w.n;
}

/* Longer keys are never Korean names (four words of 32 letters at most). */
#define KOREAN_NAME_MAX_BYTES 160

/*
 * A Korean name is read from the text as written, where hyphens mark
 * syllables and apostrophes aspiration, and failing that from its key by
 * the general rules ("KIM, Min-su (seller)"), so that a key is always its
 * own key.
 */
int
party_text_normalize(const char *s, int len, PartyTextKind kind, bool utf8,
					 char *out)
{
	int			n;

	if (kind == PARTY_NAME && utf8)
	{
		n = party_korean_name(s, len, out);
		if (n >= 0)
			return n;
	}
	n = text_key(s, len, kind, utf8, out);
	if (kind == PARTY_NAME && utf8 && n > 0 && n <= KOREAN_NAME_MAX_BYTES)
	{
		char		key[KOREAN_NAME_MAX_BYTES];
		int			k;

		memcpy(key, out, n);
		k = party_korean_name(key, n, out);
		if (k >= 0)
			return k;
		memcpy(out, key, n);
	}
	return n;
}

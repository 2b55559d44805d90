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
 *			 Hangul (party_korean.c).  Any other name has its letters
 *			 case-folded and Latin letters with diacritics read as their base
 *			 letters (José jose, Søren soren, Straße strasse); apostrophes
 *			 and hyphens dropped ("O'Brien", "Min-su"); periods, other
 *			 punctuation and white space end a word ("J.R." is two initials);
 *			 the words of a name in Latin letters sorted, so that word order
 *			 and commas do not matter ("SMITH, John" is "john smith").  An
 *			 initial stays a word of one letter: "J Smith" is not "John
 *			 Smith".  Names with letters of other scripts keep their order.
 *	email	 white space trimmed at both ends, case-folded.
 *	address  letters upper-cased; punctuation and white space become a
 *			 single space; trimmed; a ZIP+4 code read as its ZIP code (12345);
 *			 then whole words replaced by their standard abbreviation
 *			 (party_address.c: STREET ST, APARTMENT APT, 서울특별시 서울).
 *
 * Format characters (zero-width spaces, soft hyphens, byte-order marks,
 * bidi controls) and control characters are dropped everywhere.
 *
 * Case mapping: Unicode simple case folding (lower) and simple upper-case
 * mapping for Latin (Basic Latin, Latin-1, Extended-A, the pinyin,
 * Romanian and Vietnamese letters of Extended-B, Latin Extended
 * Additional), Greek and Cyrillic.  No other script has case; Hangul, kana
 * and Han pass through unchanged.  No Unicode normalisation beyond the
 * Hangul composition and, in names, the base letters: there a combining
 * accent (U+0300..U+036F) after a Latin letter is dropped, elsewhere it
 * stays a character of its own.
 *
 * In a database whose encoding is not UTF-8, only ASCII is interpreted;
 * every other byte is copied through.
 */
#include "c.h"

#include "cancel.h"
#include "party_address.h"
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

static bool
is_hyphen(int cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static bool
all_digits(const char *s, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/*
 * After a word of five digits and a hyphen at pos: the position after the
 * four digits of a ZIP+4 code (12345-6789), so that it is read as its ZIP
 * code; else pos.  The four digits must end the word: 12345-67890 and
 * 12345-6789A are not ZIP+4 codes, and neither is 12345-6789-1.
 */
static int
skip_plus4(const char *s, int len, int pos, bool utf8)
{
	int			p = pos;
	int			i;

	for (i = 0; i < 4; i++)
	{
		int			cp;

		if (p >= len)
			return pos;
		cp = party_read_char(s, len, &p, utf8);
		if (cp < '0' || cp > '9')
			return pos;
	}
	if (p < len)
	{
		int			q = p;
		int			cp = party_read_char(s, len, &q, utf8);
		CharClass	cls = classify(cp);

		if (cls == CC_OTHER || cls == CC_IGNORE || is_hyphen(cp))
			return pos;
	}
	return p;
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
	int			word = 0;		/* where the last word of the key starts */

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
		if (cls == CC_JOINER && kind == PARTY_NAME && cp != '.')
			continue;
		if (cls != CC_OTHER)
		{
			if (kind == PARTY_ADDRESS && is_hyphen(cp) && !gap &&
				w.n - word == 5 && all_digits(w.out + word, 5))
				pos = skip_plus4(s, len, pos, utf8);
			gap = (w.n > 0);
			continue;
		}
		if (gap)
		{
			write_bytes(&w, " ", 1);
			gap = false;
			word = w.n;
		}
		write_char(&w, kind == PARTY_NAME ? party_fold_case(cp) :
				   party_upper_case(cp));
	}
	return kind == PARTY_EMAIL ? end : w.n;
}

/*
 * Latin letters with diacritics as their base letters, and combining
 * accents after a Latin letter dropped, in the key itself (never longer:
 * a two- or three-byte letter becomes at most two ASCII letters).  *latin
 * says whether the key is written in Latin letters only: it has no
 * character of Greek or a later block but Latin Extended Additional.
 */
static int
fold_latin(char *key, int n, bool *latin)
{
	int			r = 0;
	int			o = 0;
	bool		after_latin = false;

	*latin = true;
	while (r < n)
	{
		int			cp;
		int			k;
		const char *base;

		if ((unsigned char) key[r] < 0x80)
		{
			after_latin = (key[r] >= 'a' && key[r] <= 'z');
			key[o++] = key[r++];
			continue;
		}
		k = party_next_char(key + r, n - r, true, &cp);
		/* Latin letters, digits, Latin-1 symbols, combining marks */
		if (cp < 0 || (cp >= 0x0370 && (cp < 0x1E00 || cp > 0x1EFF)))
			*latin = false;
		if (cp >= 0x0300 && cp <= 0x036F && after_latin)
		{
			r += k;
			continue;
		}
		base = party_latin_base(cp);
		if (base != NULL)
		{
			key[o++] = base[0];
			if (base[1])
				key[o++] = base[1];
		}
		else
		{
			memmove(key + o, key + r, k);
			o += k;
		}
		after_latin = (base != NULL);
		r += k;
	}
	return o;
}

/*
 * Sorting is by bytes, so locale-free; a name of more words than this keeps
 * its order (insertion sort: at most MAX_SORTED times the key's length).
 */
#define MAX_SORTED 32

static int
word_cmp(const char *a, int alen, const char *b, int blen)
{
	int			c = memcmp(a, b, Min(alen, blen));

	return c != 0 ? c : alen - blen;
}

/* The words of the key (single spaces between) in order, through tmp. */
static void
sort_words(char *key, int n, char *tmp)
{
	int			start[MAX_SORTED];
	int			wlen[MAX_SORTED];
	int			nw = 0;
	int			i;
	int			o = 0;
	bool		sorted = true;

	for (i = 0; i <= n; i++)
	{
		int			a = i;

		while (i < n && key[i] != ' ')
			i++;
		if (nw == MAX_SORTED)
			return;
		start[nw] = a;
		wlen[nw] = i - a;
		if (nw > 0 && word_cmp(key + start[nw - 1], wlen[nw - 1], key + a, i - a) > 0)
			sorted = false;
		nw++;
	}
	if (sorted)
		return;
	for (i = 1; i < nw; i++)
	{
		int			s = start[i];
		int			l = wlen[i];
		int			j = i - 1;

		while (j >= 0 && word_cmp(key + start[j], wlen[j], key + s, l) > 0)
		{
			start[j + 1] = start[j];
			wlen[j + 1] = wlen[j];
			j--;
		}
		start[j + 1] = s;
		wlen[j + 1] = l;
	}
	for (i = 0; i < nw; i++)
	{
		if (i > 0)
			tmp[o++] = ' ';
		memcpy(tmp + o, key + start[i], wlen[i]);
		o += wlen[i];
	}
	Assert(o == n);
	memcpy(key, tmp, n);
}

/*
 * Address words by their standard abbreviations (party_address.c), through
 * tmp, which has room for 3/2 of the key: a replacement is at most one
 * byte longer than a word of two bytes (AV AVE).  Outside UTF-8 only ASCII
 * words are looked up.
 */
static int
standard_words(char *key, int n, char *tmp, bool utf8)
{
	int			i = 0;
	int			o = 0;
	bool		changed = false;

	while (i < n)
	{
		int			a = i;
		bool		ascii = true;
		const char *std = NULL;
		int			slen = 0;

		while (i < n && key[i] != ' ')
		{
			if ((unsigned char) key[i] >= 0x80)
				ascii = false;
			i++;
		}
		/* no word of the tables starts with a digit */
		if ((utf8 || ascii) && !(key[a] >= '0' && key[a] <= '9'))
			std = party_address_word(key + a, i - a, &slen);
		if (std != NULL)
		{
			memcpy(tmp + o, std, slen);
			o += slen;
			changed = true;
		}
		else
		{
			memcpy(tmp + o, key + a, i - a);
			o += i - a;
		}
		if (i < n)
			tmp[o++] = key[i++];
	}
	if (!changed)
		return n;
	memmove(key, tmp, o);		/* a longer key overlaps tmp */
	return o;
}

/* Longer keys are never Korean names (four words of 32 letters at most). */
#define KOREAN_NAME_MAX_BYTES 160

/*
 * A Korean name is read from the text as written, where hyphens mark
 * syllables and apostrophes aspiration, and failing that from its key by
 * the general rules ("KIM, Min-su (seller)"), before its letters lose their
 * diacritics (McCune-Reischauer's ŏ and ŭ) and its words their order, and
 * last from the finished key, so that a key is always its own key: the key
 * of "Lé Kim" would read as Korean once it is "kim le".
 */
int
party_text_normalize(const char *s, int len, PartyTextKind kind, bool utf8,
					 char *out)
{
	char		key[KOREAN_NAME_MAX_BYTES];
	int			n;
	int			m;
	int			k;
	bool		latin;

	if (kind == PARTY_NAME && utf8)
	{
		n = party_korean_name(s, len, out);
		if (n >= 0)
			return n;
	}
	n = text_key(s, len, kind, utf8, out);
	if (n == 0 || kind == PARTY_EMAIL)
		return n;
	/* out has room for 3 * len bytes, and n <= len */
	if (kind == PARTY_ADDRESS)
		return standard_words(out, n, out + n, utf8);
	if (utf8 && n <= KOREAN_NAME_MAX_BYTES)
	{
		memcpy(key, out, n);
		k = party_korean_name(key, n, out);
		if (k >= 0)
			return k;
		memcpy(out, key, n);
	}
	if (utf8)
		m = fold_latin(out, n, &latin);
	else
	{
		m = n;
		latin = true;
		for (k = 0; k < n; k++)
			if ((unsigned char) out[k] >= 0x80)
				latin = false;
	}
	if (latin)
		sort_words(out, m, out + m);
	if (utf8 && m <= KOREAN_NAME_MAX_BYTES &&
		(n > KOREAN_NAME_MAX_BYTES || m != n || memcmp(out, key, n) != 0))
	{
		memcpy(key, out, m);
		k = party_korean_name(key, m, out);
		if (k >= 0)
			return k;
		memcpy(out, key, m);
	}
	return m;
}

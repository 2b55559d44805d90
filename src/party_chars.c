/*
 * party_chars.c
 *	  Characters as the party keys read them: one character of UTF-8 or of
 *	  another encoding, fullwidth ASCII read as ASCII, the simple case
 *	  mappings of the scripts that have case (see party_text.c), and the
 *	  base letters of Latin letters with diacritics.
 */
#include "c.h"

#include "cancel.h"
#include "party_chars.h"
#include "textkit.h"

int
party_next_char(const char *s, int len, bool utf8, int *cp)
{
	int32		c;
	int			n;

	if (!utf8)
	{
		unsigned char b = (unsigned char) s[0];

		*cp = b < 0x80 ? b : -(int) b;
		return 1;
	}
	n = tk_utf8_next(s, len, &c);
	*cp = c >= 0 ? c : -(int) (unsigned char) s[0];
	return n;
}

/*
 * Upper-case to lower-case pairs: code points first..last, every stride-th,
 * map to cp + delta.  Inverted for upper-casing; the source ranges are
 * disjoint and so are the targets.
 */
typedef struct CaseRange
{
	int32		first;
	int32		last;
	int32		stride;
	int32		delta;
} CaseRange;

static const CaseRange case_ranges[] = {
	{0x0041, 0x005A, 1, 32},	/* A-Z */
	{0x00C0, 0x00D6, 1, 32},	/* À-Ö */
	{0x00D8, 0x00DE, 1, 32},	/* Ø-Þ */
	{0x0100, 0x012E, 2, 1},		/* Ā-Į */
	{0x0132, 0x0136, 2, 1},		/* Ĳ-Ķ */
	{0x0139, 0x0147, 2, 1},		/* Ĺ-Ň */
	{0x014A, 0x0176, 2, 1},		/* Ŋ-Ŷ */
	{0x0178, 0x0178, 1, -121},	/* Ÿ -> ÿ */
	{0x0179, 0x017D, 2, 1},		/* Ź-Ž */
	{0x01A0, 0x01A0, 1, 1},		/* Ơ (Vietnamese) */
	{0x01AF, 0x01AF, 1, 1},		/* Ư (Vietnamese) */
	{0x01CD, 0x01DB, 2, 1},		/* Ǎ-Ǜ (pinyin) */
	{0x0200, 0x021E, 2, 1},		/* Ȁ-Ȟ, incl. Romanian Ș Ț */
	{0x0386, 0x0386, 1, 38},	/* Ά */
	{0x0388, 0x038A, 1, 37},	/* Έ-Ί */
	{0x038C, 0x038C, 1, 64},	/* Ό */
	{0x038E, 0x038F, 1, 63},	/* Ύ-Ώ */
	{0x0391, 0x03A1, 1, 32},	/* Α-Ρ */
	{0x03A3, 0x03AB, 1, 32},	/* Σ-Ϋ */
	{0x0400, 0x040F, 1, 80},	/* Ѐ-Џ */
	{0x0410, 0x042F, 1, 32},	/* А-Я */
	{0x0460, 0x0480, 2, 1},		/* Ѡ-Ҁ */
	{0x048A, 0x04BE, 2, 1},		/* Ҋ-Ҿ, incl. Ukrainian Ґ */
	{0x04C0, 0x04C0, 1, 15},	/* Ӏ */
	{0x04C1, 0x04CD, 2, 1},		/* Ӂ-Ӎ */
	{0x04D0, 0x04FE, 2, 1},		/* Ӑ-Ӿ */
	{0x1E00, 0x1E94, 2, 1},		/* Ḁ-Ẕ */
	{0x1EA0, 0x1EFE, 2, 1},		/* Ạ-Ỿ (Vietnamese) */
};

/*
 * Every range above, and every target, lies below U+0530 or in Latin
 * Extended Additional: Hangul, Han and kana skip the search.
 */
#define HAS_CASE(cp) ((cp) < 0x0530 || ((cp) >= 0x1E00 && (cp) <= 0x1EFF))

int
party_fold_case(int cp)
{
	int			i;

	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	/* one-way foldings (CaseFolding.txt status C and S) */
	switch (cp)
	{
		case 0x00B5:			/* micro sign -> Greek mu */
			return 0x03BC;
		case 0x017F:			/* long s */
			return 's';
		case 0x03C2:			/* final sigma */
			return 0x03C3;
		case 0x1E9E:			/* capital sharp s */
			return 0x00DF;
	}
	if (!HAS_CASE(cp))
		return cp;
	for (i = 0; i < (int) lengthof(case_ranges); i++)
	{
		const CaseRange *r = &case_ranges[i];

		if (cp >= r->first && cp <= r->last && (cp - r->first) % r->stride == 0)
			return cp + r->delta;
	}
	return cp;
}

int
party_upper_case(int cp)
{
	int			i;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
	/* one-way mappings (UnicodeData.txt simple upper-case) */
	switch (cp)
	{
		case 0x00B5:			/* micro sign -> Greek capital mu */
			return 0x039C;
		case 0x0131:			/* dotless i */
			return 'I';
		case 0x017F:			/* long s */
			return 'S';
		case 0x03C2:			/* final sigma */
			return 0x03A3;
	}
	if (!HAS_CASE(cp))
		return cp;
	for (i = 0; i < (int) lengthof(case_ranges); i++)
	{
		const CaseRange *r = &case_ranges[i];
		int			u = cp - r->delta;

		if (u >= r->first && u <= r->last && (u - r->first) % r->stride == 0)
			return u;
	}
	return cp;
}

int
party_read_char(const char *s, int len, int *pos, bool utf8)
{
	int			cp;

	*pos += party_next_char(s + *pos, len - *pos, utf8, &cp);
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFEE0;
	return cp;
}

PartyScript
party_script_of(const char *s, int len, bool utf8)
{
	PartyScript script = PARTY_SCRIPT_NONE;
	int			pos = 0;
	uint32		ticks = 0;

	while (pos < len)
	{
		int			cp = party_read_char(s, len, &pos, utf8);

		CANCEL_TICK(ticks);
		if ((cp >= HANGUL_FIRST && cp <= HANGUL_LAST) ||
			(cp >= JAMO_L_FIRST && cp <= 0x11FF) || (cp >= 0x3131 && cp <= 0x318E))
			return PARTY_SCRIPT_HANGUL;
		if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
			script = PARTY_SCRIPT_LATIN;
	}
	return script;
}

/*
 * Base letters, lower-case ASCII, of the Latin letters of Latin-1, Latin
 * Extended-A/B and Latin Extended Additional: the compatibility
 * decomposition without its combining marks (é e, ǆ dz, ĳ ij), and for
 * letters without one, the letter they are written as when the diacritic
 * is dropped (ø o, ł l, đ d, ı i, æ ae, œ oe, ß ss, þ th).  "" for the
 * others (ŋ, ə, ʒ, ĸ ...), which stay as they are.  Printed by
 * scripts/latin_base.py from Unicode 14.0's UnicodeData.txt.
 */
static const char latin_base_00C0[][3] = {
	"a", "a", "a", "a", "a", "a", "ae", "c",	/* 00C0 */
	"e", "e", "e", "e", "i", "i", "i", "i",	/* 00C8 */
	"d", "n", "o", "o", "o", "o", "o", "",	/* 00D0 */
	"o", "u", "u", "u", "u", "y", "th", "ss",	/* 00D8 */
	"a", "a", "a", "a", "a", "a", "ae", "c",	/* 00E0 */
	"e", "e", "e", "e", "i", "i", "i", "i",	/* 00E8 */
	"d", "n", "o", "o", "o", "o", "o", "",	/* 00F0 */
	"o", "u", "u", "u", "u", "y", "th", "y",	/* 00F8 */
	"a", "a", "a", "a", "a", "a", "c", "c",	/* 0100 */
	"c", "c", "c", "c", "c", "c", "d", "d",	/* 0108 */
	"d", "d", "e", "e", "e", "e", "e", "e",	/* 0110 */
	"e", "e", "e", "e", "g", "g", "g", "g",	/* 0118 */
	"g", "g", "g", "g", "h", "h", "h", "h",	/* 0120 */
	"i", "i", "i", "i", "i", "i", "i", "i",	/* 0128 */
	"i", "i", "ij", "ij", "j", "j", "k", "k",	/* 0130 */
	"", "l", "l", "l", "l", "l", "l", "l",	/* 0138 */
	"l", "l", "l", "n", "n", "n", "n", "n",	/* 0140 */
	"n", "n", "", "", "o", "o", "o", "o",	/* 0148 */
	"o", "o", "oe", "oe", "r", "r", "r", "r",	/* 0150 */
	"r", "r", "s", "s", "s", "s", "s", "s",	/* 0158 */
	"s", "s", "t", "t", "t", "t", "t", "t",	/* 0160 */
	"u", "u", "u", "u", "u", "u", "u", "u",	/* 0168 */
	"u", "u", "u", "u", "w", "w", "y", "y",	/* 0170 */
	"y", "z", "z", "z", "z", "z", "z", "s",	/* 0178 */
	"b", "b", "b", "b", "", "", "", "c",	/* 0180 */
	"c", "", "d", "d", "d", "", "", "",	/* 0188 */
	"", "f", "f", "g", "", "", "", "i",	/* 0190 */
	"k", "k", "l", "", "", "n", "n", "o",	/* 0198 */
	"o", "o", "", "", "p", "p", "", "",	/* 01A0 */
	"", "", "", "", "t", "t", "t", "u",	/* 01A8 */
	"u", "", "", "y", "y", "z", "z", "",	/* 01B0 */
	"", "", "", "", "", "", "", "",	/* 01B8 */
	"", "", "", "", "dz", "dz", "dz", "lj",	/* 01C0 */
	"lj", "lj", "nj", "nj", "nj", "a", "a", "i",	/* 01C8 */
	"i", "o", "o", "u", "u", "u", "u", "u",	/* 01D0 */
	"u", "u", "u", "u", "u", "", "a", "a",	/* 01D8 */
	"a", "a", "ae", "ae", "g", "g", "g", "g",	/* 01E0 */
	"k", "k", "o", "o", "o", "o", "", "",	/* 01E8 */
	"j", "dz", "dz", "dz", "g", "g", "", "",	/* 01F0 */
	"n", "n", "a", "a", "ae", "ae", "o", "o",	/* 01F8 */
	"a", "a", "a", "a", "e", "e", "e", "e",	/* 0200 */
	"i", "i", "i", "i", "o", "o", "o", "o",	/* 0208 */
	"r", "r", "r", "r", "u", "u", "u", "u",	/* 0210 */
	"s", "s", "t", "t", "", "", "h", "h",	/* 0218 */
	"n", "d", "", "", "z", "z", "a", "a",	/* 0220 */
	"e", "e", "o", "o", "o", "o", "o", "o",	/* 0228 */
	"o", "o", "y", "y", "l", "n", "t", "j",	/* 0230 */
	"", "", "a", "c", "c", "l", "t", "s",	/* 0238 */
	"z", "", "", "b", "u", "", "e", "e",	/* 0240 */
	"j", "j", "q", "q", "r", "r", "y", "y",	/* 0248 */
};
static const char latin_base_1E00[][3] = {
	"a", "a", "b", "b", "b", "b", "b", "b",	/* 1E00 */
	"c", "c", "d", "d", "d", "d", "d", "d",	/* 1E08 */
	"d", "d", "d", "d", "e", "e", "e", "e",	/* 1E10 */
	"e", "e", "e", "e", "e", "e", "f", "f",	/* 1E18 */
	"g", "g", "h", "h", "h", "h", "h", "h",	/* 1E20 */
	"h", "h", "h", "h", "i", "i", "i", "i",	/* 1E28 */
	"k", "k", "k", "k", "k", "k", "l", "l",	/* 1E30 */
	"l", "l", "l", "l", "l", "l", "m", "m",	/* 1E38 */
	"m", "m", "m", "m", "n", "n", "n", "n",	/* 1E40 */
	"n", "n", "n", "n", "o", "o", "o", "o",	/* 1E48 */
	"o", "o", "o", "o", "p", "p", "p", "p",	/* 1E50 */
	"r", "r", "r", "r", "r", "r", "r", "r",	/* 1E58 */
	"s", "s", "s", "s", "s", "s", "s", "s",	/* 1E60 */
	"s", "s", "t", "t", "t", "t", "t", "t",	/* 1E68 */
	"t", "t", "u", "u", "u", "u", "u", "u",	/* 1E70 */
	"u", "u", "u", "u", "v", "v", "v", "v",	/* 1E78 */
	"w", "w", "w", "w", "w", "w", "w", "w",	/* 1E80 */
	"w", "w", "x", "x", "x", "x", "y", "y",	/* 1E88 */
	"z", "z", "z", "z", "z", "z", "h", "t",	/* 1E90 */
	"w", "y", "", "s", "s", "s", "ss", "",	/* 1E98 */
	"a", "a", "a", "a", "a", "a", "a", "a",	/* 1EA0 */
	"a", "a", "a", "a", "a", "a", "a", "a",	/* 1EA8 */
	"a", "a", "a", "a", "a", "a", "a", "a",	/* 1EB0 */
	"e", "e", "e", "e", "e", "e", "e", "e",	/* 1EB8 */
	"e", "e", "e", "e", "e", "e", "e", "e",	/* 1EC0 */
	"i", "i", "i", "i", "o", "o", "o", "o",	/* 1EC8 */
	"o", "o", "o", "o", "o", "o", "o", "o",	/* 1ED0 */
	"o", "o", "o", "o", "o", "o", "o", "o",	/* 1ED8 */
	"o", "o", "o", "o", "u", "u", "u", "u",	/* 1EE0 */
	"u", "u", "u", "u", "u", "u", "u", "u",	/* 1EE8 */
	"u", "u", "y", "y", "y", "y", "y", "y",	/* 1EF0 */
	"y", "y", "", "", "", "", "", "",	/* 1EF8 */
};

const char *
party_latin_base(int cp)
{
	const char *b;

	if (cp >= 0x00C0 && cp <= 0x024F)
		b = latin_base_00C0[cp - 0x00C0];
	else if (cp >= 0x1E00 && cp <= 0x1EFF)
		b = latin_base_1E00[cp - 0x1E00];
	else
		return NULL;
	return b[0] ? b : NULL;
}

/*
 * party_chars.c
 *	  Characters as the party keys read them: one character of UTF-8 or of
 *	  another encoding, fullwidth ASCII read as ASCII, and the simple case
 *	  mappings of the scripts that have case (see party_text.c).
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

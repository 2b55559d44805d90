/*
 * party_phone.c
 *	  Telephone numbers to E.164, with an embedded table of numbering plans.
 *
 * A number is read as digits separated by spaces, hyphens, dots, slashes
 * and parentheses, optionally led by "+".  Letters (extensions, vanity
 * numbers, "tel:") make it unreadable: better no key than a wrong one.
 *
 * International form: "+CC...", "00CC..." (the ITU-recommended prefix,
 * recognised everywhere), and the home country's own international
 * prefixes (011 in North America, 010 in Japan, 0011 in Australia, 810 in
 * Russia ...).  Korean carrier prefixes (001, 002, 005, 006, 008, 00700)
 * are read only when written as a group of their own ("001-1-212-...")
 * because "0082..." must stay "00" + 82.  A trunk prefix written after the
 * country code, as in "+44 (0)20 ..." or "+82 010-...", is dropped.
 *
 * National form needs a home country: its trunk prefix is dropped and its
 * calling code put in front.  Lengths are checked against the plan, so a
 * number that cannot be from that country gives no result.
 *
 * Plain C, no backend calls.
 */
#include "c.h"

#include "party_phone.h"
#include "party_text.h"

static const char *const none[] = {NULL};
static const char *const t0[] = {"0", NULL};
static const char *const t1[] = {"1", NULL};
static const char *const t8[] = {"8", NULL};
static const char *const t_mx[] = {"044", "045", "01", "1", NULL};
static const char *const i_nanp[] = {"011", NULL};
static const char *const i_jp[] = {"010", NULL};
static const char *const i_au[] = {"0011", NULL};
static const char *const i_ru[] = {"810", NULL};
static const char *const i_001[] = {"001", NULL};
static const char *const i_id[] = {"001", "007", "008", NULL};
static const char *const i_sg[] = {"000", "001", "002", "008", NULL};
static const char *const i_tw[] = {"002", "005", "006", "007", "009", NULL};
static const char *const c_kr[] = {"00700", "001", "002", "005", "006", "008", NULL};

#define NANP(iso) {iso, "1", t1, i_nanp, none, 10, 10, false, true}
#define PLAN(iso, cc, trunk, intl, lo, hi) {iso, cc, trunk, intl, none, lo, hi, false, false}

/*
 * National significant number lengths are deliberately generous: a number
 * too long or too short for its plan is refused, a rare valid one should
 * not be.  Sorted by country code for reading; searched linearly.
 */
const PhonePlan party_phone_plans[] = {
	NANP("US"), NANP("CA"), NANP("AG"), NANP("AI"), NANP("AS"), NANP("BB"),
	NANP("BM"), NANP("BS"), NANP("DM"), NANP("DO"), NANP("GD"), NANP("GU"),
	NANP("JM"), NANP("KN"), NANP("KY"), NANP("LC"), NANP("MP"), NANP("MS"),
	NANP("PR"), NANP("SX"), NANP("TC"), NANP("TT"), NANP("VC"), NANP("VG"),
	NANP("VI"),
	PLAN("RU", "7", t8, i_ru, 10, 10),
	PLAN("KZ", "7", t8, i_ru, 10, 10),
	PLAN("EG", "20", t0, none, 8, 10),
	PLAN("ZA", "27", t0, none, 9, 9),
	PLAN("GR", "30", none, none, 10, 10),
	PLAN("NL", "31", t0, none, 9, 9),
	PLAN("BE", "32", t0, none, 8, 9),
	PLAN("FR", "33", t0, none, 9, 9),
	PLAN("ES", "34", none, none, 9, 9),
	{"IT", "39", none, none, none, 6, 11, true, false},
	PLAN("CH", "41", t0, none, 9, 9),
	PLAN("AT", "43", t0, none, 4, 13),
	PLAN("GB", "44", t0, none, 9, 10),
	PLAN("DK", "45", none, none, 8, 8),
	PLAN("SE", "46", t0, none, 6, 10),
	PLAN("NO", "47", none, none, 8, 8),
	PLAN("PL", "48", none, none, 9, 9),
	PLAN("DE", "49", t0, none, 5, 13),
	PLAN("PE", "51", t0, none, 8, 9),
	PLAN("MX", "52", t_mx, none, 10, 10),
	PLAN("AR", "54", t0, none, 10, 11),
	PLAN("BR", "55", t0, none, 10, 11),
	PLAN("CL", "56", none, none, 9, 9),
	PLAN("CO", "57", none, none, 8, 10),
	PLAN("MY", "60", t0, none, 8, 10),
	PLAN("AU", "61", t0, i_au, 6, 10),
	PLAN("ID", "62", t0, i_id, 8, 12),
	PLAN("PH", "63", t0, none, 8, 10),
	PLAN("NZ", "64", t0, none, 8, 10),
	PLAN("SG", "65", none, i_sg, 8, 8),
	PLAN("TH", "66", t0, i_001, 8, 9),
	PLAN("JP", "81", t0, i_jp, 9, 10),
	{"KR", "82", t0, none, c_kr, 8, 11, false, false},
	PLAN("VN", "84", t0, none, 9, 10),
	PLAN("CN", "86", t0, none, 8, 11),
	PLAN("TR", "90", t0, none, 10, 10),
	PLAN("IN", "91", t0, none, 10, 10),
	PLAN("PK", "92", t0, none, 9, 10),
	PLAN("LK", "94", t0, none, 9, 9),
	PLAN("MM", "95", t0, none, 7, 10),
	PLAN("NG", "234", t0, none, 8, 10),
	PLAN("PT", "351", none, none, 9, 9),
	PLAN("IE", "353", t0, none, 7, 9),
	PLAN("HK", "852", none, i_001, 8, 8),
	PLAN("MO", "853", none, none, 8, 8),
	PLAN("KH", "855", t0, i_001, 8, 9),
	PLAN("LA", "856", t0, none, 8, 10),
	PLAN("BD", "880", t0, none, 8, 10),
	PLAN("TW", "886", t0, i_tw, 8, 9),
	PLAN("SA", "966", t0, none, 8, 9),
	PLAN("AE", "971", t0, none, 8, 9),
	PLAN("IL", "972", t0, none, 8, 9),
	PLAN("NP", "977", t0, none, 8, 10),
};

const int	party_phone_nplans = lengthof(party_phone_plans);

/*
 * ITU-T E.164 country codes are prefix-free: 1 and 7 are the only one-digit
 * codes, these are the two-digit ones, every other assigned code has three.
 */
static const char *const cc2[] = {
	"20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43",
	"44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56",
	"57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
	"86", "90", "91", "92", "93", "94", "95", "98",
};

/* Assigned three-digit codes (geographic and global services). */
static const short cc3[] = {
	211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229,
	230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244,
	245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 260,
	261, 262, 263, 264, 265, 266, 267, 268, 269, 290, 291, 297, 298, 299,
	350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374,
	375, 376, 377, 378, 379, 380, 381, 382, 383, 385, 386, 387, 389,
	420, 421, 423,
	500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 590, 591, 592, 593, 594,
	595, 596, 597, 598, 599,
	670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686,
	687, 688, 689, 690, 691, 692,
	800, 808, 850, 852, 853, 855, 856, 870, 881, 882, 883, 886, 888,
	960, 961, 962, 963, 964, 965, 966, 967, 968, 970, 971, 972, 973, 974, 975,
	976, 977, 979, 992, 993, 994, 995, 996, 998,
};

#define E164_MAX_DIGITS 15
#define MIN_FOREIGN_NSN 4		/* shortest numbers in use (small islands) */
#define MAX_SCAN_DIGITS 24

const PhonePlan *
party_phone_country(const char *code, int len)
{
	char		up[2];
	int			i;

	while (len > 0 && (*code == ' ' || *code == '\t'))
		code++, len--;
	while (len > 0 && (code[len - 1] == ' ' || code[len - 1] == '\t'))
		len--;
	if (len != 2)
		return NULL;
	for (i = 0; i < 2; i++)
	{
		char		c = code[i];

		if (c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		if (c < 'A' || c > 'Z')
			return NULL;
		up[i] = c;
	}
	for (i = 0; i < party_phone_nplans; i++)
		if (party_phone_plans[i].country[0] == up[0] &&
			party_phone_plans[i].country[1] == up[1])
			return &party_phone_plans[i];
	return NULL;
}

/* Length of the country code at the start of d, or 0 if none is assigned. */
static int
country_code_length(const char *d, int n)
{
	int			i;
	int			v;

	if (n < 1 || d[0] == '0')
		return 0;
	if (d[0] == '1' || d[0] == '7')
		return 1;
	if (n < 2)
		return 0;
	for (i = 0; i < (int) lengthof(cc2); i++)
		if (cc2[i][0] == d[0] && cc2[i][1] == d[1])
			return 2;
	if (n < 3)
		return 0;
	v = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
	for (i = 0; i < (int) lengthof(cc3); i++)
		if (cc3[i] == v)
			return 3;
	return 0;
}

static const PhonePlan *
plan_for_code(const char *cc, int cclen)
{
	int			i;

	for (i = 0; i < party_phone_nplans; i++)
		if ((int) strlen(party_phone_plans[i].cc) == cclen &&
			memcmp(party_phone_plans[i].cc, cc, cclen) == 0)
			return &party_phone_plans[i];
	return NULL;
}

static bool
in_range(const PhonePlan *p, int n)
{
	return n >= p->nsn_min && n <= p->nsn_max;
}

/*
 * Drops a trunk prefix.  Where the prefix is 0, no national number starts
 * with it, so it always goes (if what remains has a valid length); other
 * prefixes (1 in North America, 8 in Russia) can begin a real number, so
 * they go only when the number is too long with them and right without.
 */
static void
strip_trunk(const PhonePlan *p, const char **nsn, int *nl)
{
	const char *const *t;

	for (t = p->trunk; *t; t++)
	{
		int			tl = strlen(*t);

		if (*nl > tl && memcmp(*nsn, *t, tl) == 0 && in_range(p, *nl - tl) &&
			((*t)[0] == '0' || !in_range(p, *nl)))
		{
			*nsn += tl;
			*nl -= tl;
			return;
		}
	}
}

static bool
valid_nsn(const PhonePlan *p, const char *nsn, int nl)
{
	if (!in_range(p, nl))
		return false;
	if (!p->nsn_zero && nsn[0] == '0')
		return false;
	/* NANP: area code and exchange both start with 2-9 */
	if (p->nanp && (nsn[0] < '2' || nsn[3] < '2'))
		return false;
	return true;
}

static bool
emit(const char *cc, int cclen, const char *nsn, int nl, char *out)
{
	if (cclen + nl > E164_MAX_DIGITS)
		return false;
	out[0] = '+';
	memcpy(out + 1, cc, cclen);
	memcpy(out + 1 + cclen, nsn, nl);
	out[1 + cclen + nl] = '\0';
	return true;
}

/* d: digits after the international prefix, country code first. */
static bool
read_international(const char *d, int n, char *out)
{
	int			cclen = country_code_length(d, n);
	const PhonePlan *p;
	const char *nsn;
	int			nl;

	if (cclen == 0)
		return false;
	nsn = d + cclen;
	nl = n - cclen;
	p = plan_for_code(d, cclen);
	if (p)
	{
		strip_trunk(p, &nsn, &nl);
		if (!valid_nsn(p, nsn, nl))
			return false;
	}
	else if (nl < MIN_FOREIGN_NSN)
		return false;
	return emit(d, cclen, nsn, nl, out);
}

static bool
starts_with(const char *d, int n, const char *prefix)
{
	int			pl = strlen(prefix);

	return n > pl && memcmp(d, prefix, pl) == 0;
}

/*
 * Tries each international prefix the home country may have used; the
 * first reading that gives a valid number wins.  Returns false with
 * *matched unset when no prefix matches (the number is national).
 */
static bool
read_with_prefixes(const char *d, int n, int first_group, const PhonePlan *home,
				   bool *matched, char *out)
{
	const char *const *pfx;

	*matched = false;
	if (home)
	{
		for (pfx = home->carrier; *pfx; pfx++)
		{
			int			pl = strlen(*pfx);

			if (first_group == pl && starts_with(d, n, *pfx))
			{
				*matched = true;
				if (read_international(d + pl, n - pl, out))
					return true;
			}
		}
		for (pfx = home->intl; *pfx; pfx++)
		{
			int			pl = strlen(*pfx);

			if (starts_with(d, n, *pfx))
			{
				*matched = true;
				if (read_international(d + pl, n - pl, out))
					return true;
			}
		}
	}
	if (starts_with(d, n, "00"))
	{
		*matched = true;
		return read_international(d + 2, n - 2, out);
	}
	return false;
}

/* Separators accepted between digit groups. */
static bool
is_separator(int cp)
{
	switch (cp)
	{
		case ' ':
		case '\t':
		case '-':
		case '.':
		case '(':
		case ')':
		case '/':
		case 0x00A0:			/* no-break space */
		case 0x2212:			/* minus sign */
		case 0x3000:			/* ideographic space */
		case 0xFF08:			/* fullwidth ( ) - . / */
		case 0xFF09:
		case 0xFF0D:
		case 0xFF0E:
		case 0xFF0F:
			return true;
	}
	return cp >= 0x2010 && cp <= 0x2015;	/* hyphens and dashes */
}

bool
party_phone_normalize(const char *s, int len, const PhonePlan *home, bool utf8,
					  char *out)
{
	char		d[MAX_SCAN_DIGITS];
	int			n = 0;
	int			first_group = -1;
	bool		plus = false;
	int			i = 0;
	bool		matched;

	while (i < len)
	{
		int			cp;

		i += party_next_char(s + i, len - i, utf8, &cp);
		if (cp >= 0xFF10 && cp <= 0xFF19)	/* fullwidth digits */
			cp -= 0xFF10 - '0';
		if (cp >= '0' && cp <= '9')
		{
			if (n == MAX_SCAN_DIGITS)
				return false;
			d[n++] = (char) cp;
		}
		else if (cp == '+' || cp == 0xFF0B)
		{
			if (plus || n > 0)
				return false;
			plus = true;
		}
		else if (is_separator(cp))
		{
			if (n > 0 && first_group < 0)
				first_group = n;
		}
		else
			return false;
	}
	if (n == 0)
		return false;
	if (first_group < 0)
		first_group = n;

	if (plus)
		return read_international(d, n, out);
	if (read_with_prefixes(d, n, first_group, home, &matched, out))
		return true;
	if (matched || home == NULL)
		return false;

	/* national number */
	{
		const char *nsn = d;
		int			nl = n;

		strip_trunk(home, &nsn, &nl);
		if (!valid_nsn(home, nsn, nl))
			return false;
		return emit(home->cc, strlen(home->cc), nsn, nl, out);
	}
}

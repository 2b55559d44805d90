/*
 * identifiers.c
 *	  Identifier grammars and check digits (UPU S10, IATA air waybill,
 *	  ISO 6346, UPS, FedEx, DHL, IATA flight designator, ICAO 9303 document
 *	  number).  Plain C: shared with the fuzz targets.
 */
#include "c.h"

#include "cancel.h"
#include "identifiers.h"
#include "route.h"
#include "textkit.h"

static const char *const kind_names[IDK_NKINDS] = {
	[IDK_NONE] = NULL,
	[IDK_UPU_S10] = "upu_s10",
	[IDK_IATA_AWB] = "iata_awb",
	[IDK_ISO6346] = "iso6346",
	[IDK_UPS] = "ups",
	[IDK_FEDEX_EXPRESS] = "fedex_express",
	[IDK_FEDEX_GROUND] = "fedex_ground",
	[IDK_DHL_EXPRESS] = "dhl_express",
	[IDK_FLIGHT] = "flight",
	[IDK_MRZ_DOCUMENT] = "mrz_document",
};

static const int kind_routes[IDK_NKINDS] = {
	[IDK_NONE] = ROUTE_NONE,
	[IDK_UPU_S10] = ROUTE_INTERNATIONAL_MAIL,
	[IDK_IATA_AWB] = ROUTE_AIR_CARGO,
	[IDK_ISO6346] = ROUTE_SEA_CARGO,
	[IDK_UPS] = ROUTE_EXPRESS_CARGO,
	[IDK_FEDEX_EXPRESS] = ROUTE_EXPRESS_CARGO,
	[IDK_FEDEX_GROUND] = ROUTE_EXPRESS_CARGO,
	[IDK_DHL_EXPRESS] = ROUTE_EXPRESS_CARGO,
	[IDK_FLIGHT] = ROUTE_TRAVELER,
	[IDK_MRZ_DOCUMENT] = ROUTE_TRAVELER,
};

/*
 * ISO 3166-1 alpha-2, the 249 officially assigned codes (as in Debian's
 * iso-codes 4.15): exceptionally or transitionally reserved codes such as
 * UK, EU, XK are not assigned and are rejected.
 */
static const char iso3166[] =
	"AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
	"BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
	"CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
	"DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR "
	"GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
	"HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP "
	"KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY "
	"MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
	"NA NC NE NF NG NI NL NO NP NR NU NZ OM "
	"PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
	"SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
	"TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ "
	"VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

#define IS_UPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define IS_DIGIT(c) tk_is_ascii_digit((char) (c))

const char *
id_kind_name(IdKind kind)
{
	return (kind > IDK_NONE && kind < IDK_NKINDS) ? kind_names[kind] : NULL;
}

IdKind
id_kind_lookup(const char *s, int len)
{
	int			k;

	for (k = IDK_NONE + 1; k < IDK_NKINDS; k++)
		if (tk_ascii_equal_fold(s, len, kind_names[k]))
			return (IdKind) k;
	return IDK_NONE;
}

int
id_kind_route(IdKind kind)
{
	return (kind > IDK_NONE && kind < IDK_NKINDS) ? kind_routes[kind] : ROUTE_NONE;
}

static bool
id_iso3166_assigned(char a, char b)
{
	const char *p;

	for (p = iso3166; *p; p += 3)
	{
		if (p[0] == a && p[1] == b)
			return true;
		if (p[2] == '\0')
			break;
	}
	return false;
}

int
id_normalise(const char *s, int len, char *out)
{
	int			n = 0;
	int			i;
	uint32		ticks = 0;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		CANCEL_TICK(ticks);
		if (tk_is_space((char) c) || c == '-')
			continue;
		c = (unsigned char) tk_ascii_upper((char) c);
		if (!IS_UPPER(c) && !IS_DIGIT(c) && c != '<')
			return -1;
		if (n == ID_MAX_LEN)
			return -1;
		out[n++] = (char) c;
	}
	out[n] = '\0';
	return n;
}

static bool
all_digits(const char *s, int len)
{
	int			i;

	for (i = 0; i < len; i++)
		if (!IS_DIGIT(s[i]))
			return false;
	return true;
}

/* UPU S10: weights 8,6,4,2,3,5,9,7; C = 11 - S mod 11; 10 -> 0, 11 -> 5 */
static int
id_s10_check(const char *serial8)
{
	static const int w[8] = {8, 6, 4, 2, 3, 5, 9, 7};
	int			s = 0;
	int			i;
	int			c;

	for (i = 0; i < 8; i++)
		s += (serial8[i] - '0') * w[i];
	c = 11 - s % 11;
	return c == 10 ? 0 : c == 11 ? 5 : c;
}

static bool
s10_valid(const char *n, int len)
{
	/* J, K, S, T and W are reserved service indicators: never valid */
	if (len != 13 && len != 16)
		return false;
	if (!IS_UPPER(n[0]) || !IS_UPPER(n[1]) || strchr("JKSTW", n[0]) != NULL)
		return false;
	if (!all_digits(n + 2, 9) || !IS_UPPER(n[11]) || !IS_UPPER(n[12]))
		return false;
	/* some issuers append three digits: accepted and ignored */
	if (len == 16 && !all_digits(n + 13, 3))
		return false;
	if (!id_iso3166_assigned(n[11], n[12]))
		return false;
	return id_s10_check(n + 2) == n[10] - '0';
}

/* IATA air waybill: 3-digit prefix, 7-digit serial, serial mod 7 */
static bool
awb_valid(const char *n, int len)
{
	int			serial = 0;
	int			i;

	if (len != 11 || !all_digits(n, 11))
		return false;
	for (i = 3; i < 10; i++)
		serial = serial * 10 + (n[i] - '0');
	return serial % 7 == n[10] - '0';
}

/* ISO 6346 letter values: from A = 10, skipping multiples of 11 */
static const int iso6346_letter[26] = {
	10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24,
	25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38
};

static int
id_iso6346_check(const char *first10)
{
	int			s = 0;
	int			i;

	for (i = 0; i < 10; i++)
	{
		char		c = first10[i];
		int			v = IS_DIGIT(c) ? c - '0' : iso6346_letter[c - 'A'];

		s += v << i;
	}
	return s % 11 % 10;
}

static bool
iso6346_valid(const char *n, int len)
{
	if (len != 11 || !IS_UPPER(n[0]) || !IS_UPPER(n[1]) || !IS_UPPER(n[2]))
		return false;
	if (n[3] != 'U' && n[3] != 'J' && n[3] != 'Z')
		return false;
	if (!all_digits(n + 4, 7))
		return false;
	return id_iso6346_check(n) == n[10] - '0';
}

/* UPS: over the 15 characters after "1Z", odd positions + 2 x even */
static int
id_ups_check(const char *body15)
{
	int			s = 0;
	int			i;

	for (i = 0; i < 15; i++)
	{
		char		c = body15[i];
		int			v = IS_DIGIT(c) ? c - '0' : (c - 63) % 10;

		s += (i % 2 == 0) ? v : 2 * v;
	}
	return (10 - s % 10) % 10;
}

static bool
ups_valid(const char *n, int len)
{
	int			i;

	if (len != 18 || n[0] != '1' || n[1] != 'Z' || !IS_DIGIT(n[17]))
		return false;
	for (i = 2; i < 17; i++)
		if (!IS_UPPER(n[i]) && !IS_DIGIT(n[i]))
			return false;
	return id_ups_check(n + 2) == n[17] - '0';
}

/* FedEx Express, 12 digits: weights 3,1,7 over digits 1-11, mod 11, 10 -> 0 */
static bool
fedex_express_valid(const char *n, int len)
{
	static const int w[3] = {3, 1, 7};
	int			s = 0;
	int			i;

	if (len != 12 || !all_digits(n, 12))
		return false;
	for (i = 0; i < 11; i++)
		s += (n[i] - '0') * w[i % 3];
	return s % 11 % 10 == n[11] - '0';
}

/* FedEx Ground, 15 digits: GS1 mod 10, weight 3 on the rightmost data digit */
static bool
fedex_ground_valid(const char *n, int len)
{
	int			s = 0;
	int			i;

	if (len != 15 || !all_digits(n, 15))
		return false;
	for (i = 0; i < 14; i++)
		s += (n[i] - '0') * ((13 - i) % 2 == 0 ? 3 : 1);
	return (10 - s % 10) % 10 == n[14] - '0';
}

/* DHL Express, 10 digits: the first nine, as a number, mod 7 */
static bool
dhl_valid(const char *n, int len)
{
	int			s = 0;
	int			i;

	if (len != 10 || !all_digits(n, 10))
		return false;
	for (i = 0; i < 9; i++)
		s = (s * 10 + (n[i] - '0')) % 7;
	return s == n[9] - '0';
}

/*
 * IATA flight designator: 2-character airline code (not two digits),
 * optional third letter, 1-4 digit number, optional letter suffix.
 */
static bool
flight_valid(const char *n, int len)
{
	int			i = 2;
	int			d = 0;

	if (len < 3 || len > 8)
		return false;
	if (!(IS_UPPER(n[0]) || IS_DIGIT(n[0])) || !(IS_UPPER(n[1]) || IS_DIGIT(n[1])))
		return false;
	if (IS_DIGIT(n[0]) && IS_DIGIT(n[1]))
		return false;
	if (IS_UPPER(n[i]))
		i++;
	while (i < len && IS_DIGIT(n[i]) && d < 4)
		i++, d++;
	if (d == 0)
		return false;
	if (i < len && IS_UPPER(n[i]))
		i++;
	return i == len;
}

/* ICAO 9303: digits as themselves, A-Z 10-35, '<' 0; weights 7,3,1; mod 10 */
int
id_icao9303_check(const char *s, int len)
{
	static const int w[3] = {7, 3, 1};
	int			sum = 0;
	int			i;

	for (i = 0; i < len; i++)
	{
		char		c = s[i];
		int			v = IS_DIGIT(c) ? c - '0' : IS_UPPER(c) ? c - 'A' + 10 : 0;

		sum += v * w[i % 3];
	}
	return sum % 10;
}

/*
 * MRZ document number: the 9-character field (letters and digits, padded
 * on the right with '<', at least one letter) followed by its check digit.
 * The letter keeps it apart from 10-digit DHL numbers.
 */
static bool
mrz_valid(const char *n, int len)
{
	bool		letter = false;
	bool		filler = false;
	int			i;

	if (len != 10 || !IS_DIGIT(n[9]) || n[0] == '<')
		return false;
	for (i = 0; i < 9; i++)
	{
		char		c = n[i];

		if (c == '<')
			filler = true;
		else if (filler)
			return false;
		else if (IS_UPPER(c))
			letter = true;
		else if (!IS_DIGIT(c))
			return false;
	}
	return letter && id_icao9303_check(n, 9) == n[9] - '0';
}

bool
id_valid_normalised(const char *n, int len, IdKind kind)
{
	switch (kind)
	{
		case IDK_UPU_S10:
			return s10_valid(n, len);
		case IDK_IATA_AWB:
			return awb_valid(n, len);
		case IDK_ISO6346:
			return iso6346_valid(n, len);
		case IDK_UPS:
			return ups_valid(n, len);
		case IDK_FEDEX_EXPRESS:
			return fedex_express_valid(n, len);
		case IDK_FEDEX_GROUND:
			return fedex_ground_valid(n, len);
		case IDK_DHL_EXPRESS:
			return dhl_valid(n, len);
		case IDK_FLIGHT:
			return flight_valid(n, len);
		case IDK_MRZ_DOCUMENT:
			return mrz_valid(n, len);
		default:
			return false;
	}
}

/*
 * Documented order: S10, ISO 6346, UPS, MRZ (formats with letters), then
 * the digit-only air waybill, DHL, FedEx Express, FedEx Ground, then the
 * flight designator.  The grammars are disjoint (by length, letters and
 * '<'), so the order never changes the answer; the length picks the
 * candidates directly.
 */
IdKind
id_kind_normalised(const char *n, int len)
{
	switch (len)
	{
		case 13:
		case 16:
			return s10_valid(n, len) ? IDK_UPU_S10 : IDK_NONE;
		case 11:
			if (IS_DIGIT(n[0]))
				return awb_valid(n, len) ? IDK_IATA_AWB : IDK_NONE;
			return iso6346_valid(n, len) ? IDK_ISO6346 : IDK_NONE;
		case 18:
			return ups_valid(n, len) ? IDK_UPS : IDK_NONE;
		case 10:
			if (all_digits(n, 10))
				return dhl_valid(n, len) ? IDK_DHL_EXPRESS : IDK_NONE;
			return mrz_valid(n, len) ? IDK_MRZ_DOCUMENT : IDK_NONE;
		case 12:
			return fedex_express_valid(n, len) ? IDK_FEDEX_EXPRESS : IDK_NONE;
		case 15:
			return fedex_ground_valid(n, len) ? IDK_FEDEX_GROUND : IDK_NONE;
		default:
			return flight_valid(n, len) ? IDK_FLIGHT : IDK_NONE;
	}
}

IdKind
id_kind_of(const char *s, int len)
{
	char		n[ID_MAX_LEN + 1];
	int			nlen = id_normalise(s, len, n);

	return nlen < 0 ? IDK_NONE : id_kind_normalised(n, nlen);
}

bool
id_is_valid(const char *s, int len, IdKind kind)
{
	char		n[ID_MAX_LEN + 1];
	int			nlen = id_normalise(s, len, n);

	return nlen >= 0 && id_valid_normalised(n, nlen, kind);
}

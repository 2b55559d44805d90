/*
 * units.c
 *	  Unit table, names and aliases (English and Korean), and the rule that
 *	  picks a sum's unit.  Plain C: shared with the fuzz targets.
 */
#include "c.h"

#include "units.h"
#include "textkit.h"

/* base steps: 1 pg (mass), 1 pL (volume), 10^-12 item (counts) */
const QtyUnitInfo qty_units[QU_NUNITS] = {
	[QU_INVALID] = {"?", "?", QK_MASS, 1, 0, 0},
	/* printed "mcg", not "µg": ASCII in every database encoding, and no "mg" misread */
	[QU_MCG] = {"mcg", "mcg", QK_MASS, 1, 6, 1},
	[QU_MG] = {"mg", "mg", QK_MASS, 1, 9, 2},
	[QU_G] = {"g", "g", QK_MASS, 1, 12, 3},
	[QU_KG] = {"kg", "kg", QK_MASS, 1, 15, 4},
	[QU_T] = {"t", "t", QK_MASS, 1, 18, 5},
	/* 1 lb = 0.45359237 kg exactly (international pound, 1959) */
	[QU_LB] = {"lb", "lb", QK_MASS, 45359237, 7, 0},
	/* 1 oz = 1/16 lb = 28.349523125 g exactly */
	[QU_OZ] = {"oz", "oz", QK_MASS, 28349523125LL, 3, 0},
	[QU_ML] = {"mL", "mL", QK_VOLUME, 1, 9, 1},
	[QU_L] = {"L", "L", QK_VOLUME, 1, 12, 2},
	[QU_AMPOULE] = {"ampoule", "ampoules", QK_AMPOULE, 1, 12, 0},
	[QU_BAG] = {"bag", "bags", QK_BAG, 1, 12, 0},
	[QU_BLOTTER] = {"blotter", "blotters", QK_BLOTTER, 1, 12, 0},
	[QU_BOTTLE] = {"bottle", "bottles", QK_BOTTLE, 1, 12, 0},
	[QU_CAPSULE] = {"capsule", "capsules", QK_CAPSULE, 1, 12, 0},
	[QU_CARTRIDGE] = {"cartridge", "cartridges", QK_CARTRIDGE, 1, 12, 0},
	[QU_CIGARETTE] = {"cigarette", "cigarettes", QK_CIGARETTE, 1, 12, 0},
	[QU_DOSAGE_UNIT] = {"dosage unit", "dosage units", QK_DOSAGE_UNIT, 1, 12, 0},
	[QU_DOSE] = {"dose", "doses", QK_DOSE, 1, 12, 0},
	[QU_PACKET] = {"packet", "packets", QK_PACKET, 1, 12, 0},
	[QU_PATCH] = {"patch", "patches", QK_PATCH, 1, 12, 0},
	[QU_PIECE] = {"piece", "pieces", QK_PIECE, 1, 12, 0},
	[QU_PLANT] = {"plant", "plants", QK_PLANT, 1, 12, 0},
	[QU_SEED] = {"seed", "seeds", QK_SEED, 1, 12, 0},
	[QU_TABLET] = {"tablet", "tablets", QK_TABLET, 1, 12, 0},
	[QU_VIAL] = {"vial", "vials", QK_VIAL, 1, 12, 0},
	/* added in 0.3.0: packages that press releases count */
	[QU_BRICK] = {"brick", "bricks", QK_BRICK, 1, 12, 0},
	[QU_BUNDLE] = {"bundle", "bundles", QK_BUNDLE, 1, 12, 0},
	[QU_PELLET] = {"pellet", "pellets", QK_PELLET, 1, 12, 0},
	[QU_SYRINGE] = {"syringe", "syringes", QK_SYRINGE, 1, 12, 0},
	/* 1 US gal = 231 cubic inches = 3.785411784 L exactly */
	[QU_US_GAL] = {"US gal", "US gal", QK_VOLUME, 3785411784LL, 3, 0},
};

const uint8 qty_kind_rank[QK_NKINDS] = {
	[QK_MASS] = 0, [QK_VOLUME] = 1, [QK_AMPOULE] = 2, [QK_BAG] = 3, [QK_BLOTTER] = 4,
	[QK_BOTTLE] = 5, [QK_BRICK] = 6, [QK_BUNDLE] = 7, [QK_CAPSULE] = 8,
	[QK_CARTRIDGE] = 9, [QK_CIGARETTE] = 10, [QK_DOSAGE_UNIT] = 11, [QK_DOSE] = 12,
	[QK_PACKET] = 13, [QK_PATCH] = 14, [QK_PELLET] = 15, [QK_PIECE] = 16,
	[QK_PLANT] = 17, [QK_SEED] = 18, [QK_SYRINGE] = 19, [QK_TABLET] = 20, [QK_VIAL] = 21
};

typedef struct UnitAlias
{
	const char *name;			/* lower-case, single spaces */
	QtyUnit		unit;
} UnitAlias;

/*
 * Singular forms; a final "s" is also accepted ("kgs", "lbs", "tablets"),
 * "es" only where listed ("patches"), and so is a final period ("oz.",
 * "lbs.").  Korean counters as the Korea Customs
 * Service writes them; sources of each in docs/quantity.md.  Deliberately
 * absent: see qty_unit_rejection.
 */
static const UnitAlias aliases[] = {
	/* micro sign U+00B5 and Greek mu U+03BC look alike: both are read */
	{"mcg", QU_MCG}, {"µg", QU_MCG}, {"μg", QU_MCG}, {"ug", QU_MCG},
	{"microgram", QU_MCG}, {"microgramme", QU_MCG}, {"마이크로그램", QU_MCG},
	{"mg", QU_MG}, {"milligram", QU_MG}, {"milligramme", QU_MG}, {"밀리그램", QU_MG},
	{"g", QU_G}, {"gm", QU_G}, {"gram", QU_G}, {"gramme", QU_G}, {"그램", QU_G},
	{"kg", QU_KG}, {"kilogram", QU_KG}, {"kilogramme", QU_KG}, {"kilo", QU_KG},
	{"킬로그램", QU_KG}, {"킬로", QU_KG},
	{"t", QU_T}, {"tonne", QU_T}, {"metric ton", QU_T}, {"metric tonne", QU_T}, {"톤", QU_T},
	{"lb", QU_LB}, {"pound", QU_LB}, {"파운드", QU_LB},
	{"oz", QU_OZ}, {"ounce", QU_OZ}, {"온스", QU_OZ},
	{"ml", QU_ML}, {"millilitre", QU_ML}, {"milliliter", QU_ML}, {"cc", QU_ML},
	{"밀리리터", QU_ML},
	{"l", QU_L}, {"litre", QU_L}, {"liter", QU_L}, {"리터", QU_L},
	{"ampoule", QU_AMPOULE}, {"ampule", QU_AMPOULE}, {"amp", QU_AMPOULE}, {"앰플", QU_AMPOULE},
	{"bag", QU_BAG}, {"baggie", QU_BAG}, {"봉지", QU_BAG},
	{"blotter", QU_BLOTTER}, {"blotter paper", QU_BLOTTER}, {"매", QU_BLOTTER}, {"장", QU_BLOTTER},
	{"bottle", QU_BOTTLE}, {"병", QU_BOTTLE},
	{"capsule", QU_CAPSULE}, {"cap", QU_CAPSULE}, {"캡슐", QU_CAPSULE},
	{"cartridge", QU_CARTRIDGE}, {"cart", QU_CARTRIDGE}, {"vape cartridge", QU_CARTRIDGE},
	{"카트리지", QU_CARTRIDGE},
	{"cigarette", QU_CIGARETTE}, {"joint", QU_CIGARETTE}, {"개비", QU_CIGARETTE},
	{"dosage unit", QU_DOSAGE_UNIT},
	{"dose", QU_DOSE},
	{"packet", QU_PACKET}, {"sachet", QU_PACKET}, {"포", QU_PACKET},
	{"patch", QU_PATCH}, {"patches", QU_PATCH}, {"패치", QU_PATCH},
	{"piece", QU_PIECE}, {"pc", QU_PIECE}, {"개", QU_PIECE},
	{"plant", QU_PLANT}, {"주", QU_PLANT},
	{"seed", QU_SEED},
	{"tablet", QU_TABLET}, {"tab", QU_TABLET}, {"pill", QU_TABLET}, {"정", QU_TABLET},
	{"알", QU_TABLET},
	{"vial", QU_VIAL}, {"바이알", QU_VIAL},
	{"brick", QU_BRICK},
	{"bundle", QU_BUNDLE}, {"묶음", QU_BUNDLE},
	{"pellet", QU_PELLET},
	{"syringe", QU_SYRINGE},
	{"us gal", QU_US_GAL}, {"u.s. gal", QU_US_GAL}, {"us gallon", QU_US_GAL},
	{"u.s. gallon", QU_US_GAL},
};

#define NALIASES lengthof(aliases)

#define TON_WHY "\"ton\" is ambiguous: a metric ton is 1000 kg, a short ton 907.18474 kg, a long ton 1016.0469088 kg."
#define TON_HINT "Write a unit that has one meaning, such as \"t\" (1000 kg) or \"g\"."
#define GR_WHY "\"gr\" is ambiguous: it can mean grams or grains (64.79891 mg)."
#define GR_HINT TON_HINT
#define SHEET_WHY "\"sheet\" is ambiguous: a sheet of blotter paper holds many doses, and Korean 매 and 장 count single blotters."
#define SHEET_HINT "Count the blotters, as in \"100 blotters\" or \"100매\"."
#define UNIT_WHY "\"unit\" does not say what was counted."
#define UNIT_HINT "Name the unit, as in \"tablets\", \"doses\" or \"dosage units\"."
#define GALLON_WHY "\"gallon\" is ambiguous: a US gallon is 3.785411784 L, an imperial gallon 4.54609 L."
#define GALLON_HINT "Write \"US gal\" for US gallons, or convert to litres and write \"L\"."
#define FLOZ_WHY "\"fl oz\" is ambiguous: a US fluid ounce is 29.5735295625 mL, an imperial one 28.4130625 mL."
#define FLOZ_HINT "Convert to millilitres first, and write \"mL\"."
#define USFLOZ_WHY "A US fluid ounce (29.5735295625 mL) is not a whole number of picolitres, the steps a volume is kept in."
#define USFLOZ_HINT "Convert to millilitres first (1 US fl oz = 29.5735295625 mL), and write \"mL\"."
#define DL_WHY "\"dL\" (decilitre, 100 mL) is not one of the volume units."
#define DL_HINT "Write the volume in mL or L, as in \"100 mL\" for 1 dL."
#define MAX_UNIT_NAME 64

/*
 * Compatibility and full-width characters that Korean and Japanese
 * documents write units and numbers with, and the ASCII they stand for.
 * A table, not the locale: a quantity reads the same on every server.
 */
typedef struct CompatChar
{
	int32		cp;
	const char *ascii;
} CompatChar;

static const CompatChar compat_chars[] = {
	{0x00A0, " "},				/* no-break space */
	{0x2113, "L"},				/* ℓ script small l, for litres */
	{0x202F, " "},				/* narrow no-break space */
	{0x205F, " "},				/* medium mathematical space */
	{0x3000, " "},				/* ideographic space */
	{0x338D, "mcg"},			/* ㎍ */
	{0x338E, "mg"},				/* ㎎ */
	{0x338F, "kg"},				/* ㎏ */
	{0x3396, "mL"},				/* ㎖ */
	{0x3397, "dL"},				/* ㎗: refused, with the reason */
	{0x33C4, "cc"},				/* ㏄ */
};

/*
 * The compatibility or full-width character at s[0..len), len > 0, as
 * ASCII: writes at most 3 bytes, never more than it reads, to rep and
 * returns their number, or 0 when the character stands for itself; *adv
 * is the character's length either way.
 */
static int
qty_compat_char(const char *s, int len, char *rep, int *adv)
{
	int32		cp;
	size_t		i;

	*adv = 1;
	if ((unsigned char) s[0] < 0x80)
		return 0;
	*adv = tk_utf8_next(s, len, &cp);
	if (cp >= 0x2000 && cp <= 0x200A)	/* en quad to hair space */
		cp = 0x3000;
	if (cp >= 0xFF01 && cp <= 0xFF5E)	/* full-width ASCII */
	{
		rep[0] = (char) (cp - 0xFEE0);
		return 1;
	}
	for (i = 0; i < lengthof(compat_chars); i++)
		if (compat_chars[i].cp == cp)
		{
			size_t		n = strlen(compat_chars[i].ascii);

			memcpy(rep, compat_chars[i].ascii, n);
			return (int) n;
		}
	return 0;
}

int
qty_fold_compat(const char *s, int len, char *out)
{
	int			i = 0;
	int			n = 0;
	uint32		ticks = 0;

	while (i < len)
	{
		int			adv;
		int			r;

		CANCEL_TICK(ticks);
		r = qty_compat_char(s + i, len - i, out + n, &adv);
		if (r == 0)
		{
			memcpy(out + n, s + i, adv);
			r = adv;
		}
		Assert(r <= adv);
		n += r;
		i += adv;
	}
	out[n] = '\0';
	return n;
}

/*
 * s[0..len) as a name to look up: compatibility characters folded, ASCII
 * lower-cased, each run of white space one space, none at either end;
 * false if too long or s holds a NUL.  tk_fold_name, after qty_compat_char.
 */
static bool
fold_name(const char *s, int len, char *out, int *outlen)
{
	int			n = 0;
	bool		sep = false;
	int			i = 0;
	uint32		ticks = 0;

	while (i < len)
	{
		char		rep[4];
		int			adv;
		int			r = qty_compat_char(s + i, len - i, rep, &adv);
		const char *c = r > 0 ? rep : s + i;

		CANCEL_TICK(ticks);
		if (r == 0)
			r = adv;
		for (int k = 0; k < r; k++)
		{
			if (c[k] == '\0')
				return false;
			if (tk_is_space(c[k]))
			{
				sep = n > 0;
				continue;
			}
			if (n + 2 >= MAX_UNIT_NAME)
				return false;
			if (sep)
				out[n++] = ' ';
			sep = false;
			out[n++] = tk_ascii_lower(c[k]);
		}
		i += adv;
	}
	out[n] = '\0';
	*outlen = n;
	return true;
}

static QtyUnit
find_alias(const char *name, int len)
{
	size_t		i;

	for (i = 0; i < NALIASES; i++)
		if (strncmp(aliases[i].name, name, len) == 0 && aliases[i].name[len] == '\0')
			return aliases[i].unit;
	return QU_INVALID;
}

QtyUnit
qty_unit_lookup(const char *s, int len)
{
	char		name[MAX_UNIT_NAME];
	int			n;
	QtyUnit		u;

	if (!fold_name(s, len, name, &n) || n == 0)
		return QU_INVALID;
	/* a final period of an abbreviation: "oz.", "lbs." */
	if (n > 1 && name[n - 1] == '.')
		name[--n] = '\0';
	u = find_alias(name, n);
	if (u == QU_INVALID && n > 1 && name[n - 1] == 's')
		u = find_alias(name, n - 1);
	return u;
}

typedef struct UnitRejection
{
	const char *name;			/* folded, as fold_name leaves it */
	const char *why;
	const char *hint;
} UnitRejection;

/* Words that look like units but do not say one amount. */
static const UnitRejection rejections[] = {
	{"ton", TON_WHY, TON_HINT}, {"mt", TON_WHY, TON_HINT},
	{"gr", GR_WHY, GR_HINT},
	{"gallon", GALLON_WHY, GALLON_HINT}, {"gal", GALLON_WHY, GALLON_HINT},
	{"fl oz", FLOZ_WHY, FLOZ_HINT}, {"fl. oz", FLOZ_WHY, FLOZ_HINT}, {"fl.oz", FLOZ_WHY, FLOZ_HINT},
	{"floz", FLOZ_WHY, FLOZ_HINT}, {"fluid ounce", FLOZ_WHY, FLOZ_HINT},
	{"us fl oz", USFLOZ_WHY, USFLOZ_HINT}, {"u.s. fl oz", USFLOZ_WHY, USFLOZ_HINT},
	{"us fl. oz", USFLOZ_WHY, USFLOZ_HINT}, {"us fluid ounce", USFLOZ_WHY, USFLOZ_HINT},
	{"dl", DL_WHY, DL_HINT}, {"decilitre", DL_WHY, DL_HINT}, {"deciliter", DL_WHY, DL_HINT},
	{"sheet", SHEET_WHY, SHEET_HINT},
	{"unit", UNIT_WHY, UNIT_HINT},
};

const char *
qty_unit_rejection(const char *s, int len, const char **hint)
{
	char		name[MAX_UNIT_NAME];
	int			n;
	size_t		i;

	if (!fold_name(s, len, name, &n))
		return NULL;
	if (n > 1 && name[n - 1] == '.')
		name[--n] = '\0';
	for (int plural = 0; plural < 2; plural++)
	{
		for (i = 0; i < lengthof(rejections); i++)
			if (strcmp(name, rejections[i].name) == 0)
			{
				if (hint)
					*hint = rejections[i].hint;
				return rejections[i].why;
			}
		if (n < 2 || name[n - 1] != 's')
			break;
		name[--n] = '\0';
	}
	return NULL;
}

/* The code points of s (a byte that starts none counts as one), at most max. */
static int
code_points(const char *s, int32 *cps, int max)
{
	int			len = (int) strlen(s);
	int			i = 0;
	int			n = 0;

	while (i < len && n < max)
	{
		int32		cp;
		int			adv = tk_utf8_next(s + i, len - i, &cp);

		cps[n++] = cp >= 0 ? cp : -(int32) (unsigned char) s[i];
		i += adv;
	}
	return n;
}

/*
 * Edit distance over code points, a swap of two neighbours one edit
 * ("bottel" for "bottle"): the optimal string alignment distance.
 */
static int
edit_distance(const int32 *a, int la, const int32 *b, int lb)
{
	int			rows[3][MAX_UNIT_NAME + 1];
	int			i,
				j;

	for (j = 0; j <= lb; j++)
		rows[0][j] = j;
	for (i = 1; i <= la; i++)
	{
		int		   *cur = rows[i % 3];
		const int  *prev = rows[(i - 1) % 3];
		const int  *prev2 = rows[(i + 1) % 3];

		cur[0] = i;
		for (j = 1; j <= lb; j++)
		{
			int			sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			int			del = prev[j] + 1;
			int			ins = cur[j - 1] + 1;

			cur[j] = Min(sub, Min(del, ins));
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
				cur[j] = Min(cur[j], prev2[j - 2] + 1);
		}
	}
	return rows[la % 3][lb];
}

/*
 * A hint that names an unrelated unit misleads more than none: a name is
 * proposed only when it starts with the same character and is within one
 * edit of what was typed (two from five characters on), a final "s" or
 * period aside.
 */
const char *
qty_unit_closest(const char *s)
{
	char		name[MAX_UNIT_NAME];
	int32		typed[MAX_UNIT_NAME];
	int32		alias[MAX_UNIT_NAME];
	int			n;
	int			nt;
	int			best = PG_INT32_MAX;
	const char *best_name = NULL;
	size_t		i;

	if (!fold_name(s, (int) strlen(s), name, &n) || n == 0)
		return NULL;
	if (n > 1 && name[n - 1] == '.')
		name[--n] = '\0';
	nt = code_points(name, typed, MAX_UNIT_NAME);
	for (i = 0; i < NALIASES; i++)
	{
		int			na = code_points(aliases[i].name, alias, MAX_UNIT_NAME);
		int			d;

		if (alias[0] != typed[0])
			continue;
		d = edit_distance(typed, nt, alias, na);
		if (nt > 2 && typed[nt - 1] == 's')
			d = Min(d, edit_distance(typed, nt - 1, alias, na));
		if (d < best && d <= (nt >= 5 ? 2 : 1))
		{
			best = d;
			best_name = aliases[i].name;
		}
	}
	return best_name;
}

QtyDimension
qty_kind_dimension(QtyKind kind)
{
	return kind == QK_MASS ? QD_MASS : kind == QK_VOLUME ? QD_VOLUME : QD_COUNT;
}

const char *
qty_dimension_name(QtyDimension dim)
{
	return dim == QD_MASS ? "mass" : dim == QD_VOLUME ? "volume" : "count";
}

QtyUnit
qty_kind_unit(QtyKind kind)
{
	static const QtyUnit units[QK_NKINDS] = {
		QU_KG, QU_L, QU_AMPOULE, QU_BLOTTER, QU_CAPSULE, QU_DOSE,
		QU_PIECE, QU_PLANT, QU_SEED, QU_TABLET, QU_VIAL,
		QU_BAG, QU_BOTTLE, QU_CARTRIDGE, QU_CIGARETTE, QU_DOSAGE_UNIT,
		QU_PACKET, QU_PATCH, QU_BRICK, QU_BUNDLE, QU_PELLET, QU_SYRINGE
	};

	return units[kind];
}

const char *
qty_kind_name(QtyKind kind)
{
	if (kind == QK_MASS)
		return "mass";
	if (kind == QK_VOLUME)
		return "volume";
	return qty_units[qty_kind_unit(kind)].symbol;
}

bool
qty_kind_lookup(const char *s, QtyKind *kind)
{
	char		name[MAX_UNIT_NAME];
	int			n;
	QtyUnit		u;

	if (!fold_name(s, (int) strlen(s), name, &n))
		return false;
	if (strcmp(name, "mass") == 0)
		*kind = QK_MASS;
	else if (strcmp(name, "volume") == 0)
		*kind = QK_VOLUME;
	else if ((u = qty_unit_lookup(name, n)) != QU_INVALID &&
			 qty_kind_dimension(qty_units[u].kind) == QD_COUNT)
		*kind = qty_units[u].kind;
	else
		return false;
	return true;
}

const char *
qty_kind_phrase(QtyKind kind)
{
	static const char *const phrases[QK_NKINDS] = {
		"a mass", "a volume", "a count of ampoules", "a count of blotters",
		"a count of capsules", "a count of doses", "a count of pieces",
		"a count of plants", "a count of seeds", "a count of tablets",
		"a count of vials", "a count of bags", "a count of bottles",
		"a count of cartridges", "a count of cigarettes", "a count of dosage units",
		"a count of packets", "a count of patches", "a count of bricks",
		"a count of bundles", "a count of pellets", "a count of syringes"
	};

	return phrases[kind];
}

QtyUnit
qty_result_unit(uint32 mask, QtyKind kind)
{
	QtyUnit		best = QU_INVALID;
	int			u;

	if (mask != 0 && (mask & (mask - 1)) == 0)
	{
		for (u = 1; u < QU_NUNITS; u++)
			if (mask == QTY_UNIT_BIT(u))
				return (QtyUnit) u;
	}
	for (u = 1; u < QU_NUNITS; u++)
		if ((mask & QTY_UNIT_BIT(u)) && qty_units[u].metric_rank > 0 &&
			(best == QU_INVALID || qty_units[u].metric_rank > qty_units[best].metric_rank))
			best = (QtyUnit) u;
	return best != QU_INVALID ? best : qty_kind_unit(kind);
}

const char *
qty_unit_alias(int i, QtyUnit *unit)
{
	if (i < 0 || i >= (int) NALIASES)
		return NULL;
	*unit = aliases[i].unit;
	return aliases[i].name;
}

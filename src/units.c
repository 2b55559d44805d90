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
};

const uint8 qty_kind_rank[QK_NKINDS] = {
	[QK_MASS] = 0, [QK_VOLUME] = 1, [QK_AMPOULE] = 2, [QK_BAG] = 3, [QK_BLOTTER] = 4,
	[QK_BOTTLE] = 5, [QK_CAPSULE] = 6, [QK_CARTRIDGE] = 7, [QK_CIGARETTE] = 8,
	[QK_DOSAGE_UNIT] = 9, [QK_DOSE] = 10, [QK_PACKET] = 11, [QK_PATCH] = 12,
	[QK_PIECE] = 13, [QK_PLANT] = 14, [QK_SEED] = 15, [QK_TABLET] = 16, [QK_VIAL] = 17
};

typedef struct UnitAlias
{
	const char *name;			/* lower-case, single spaces */
	QtyUnit		unit;
} UnitAlias;

/*
 * Singular forms; a final "s" is also accepted ("kgs", "lbs", "tablets"),
 * "es" only where listed ("patches").  Korean counters as the Korea Customs
 * Service writes them; sources of each in docs/quantity.md.  Deliberately
 * absent: see qty_unit_rejection.
 */
static const UnitAlias aliases[] = {
	/* micro sign U+00B5 and Greek mu U+03BC look alike: both are read */
	{"mcg", QU_MCG}, {"µg", QU_MCG}, {"μg", QU_MCG}, {"ug", QU_MCG},
	{"microgram", QU_MCG}, {"microgramme", QU_MCG}, {"마이크로그램", QU_MCG},
	{"mg", QU_MG}, {"milligram", QU_MG}, {"milligramme", QU_MG}, {"밀리그램", QU_MG},
	{"g", QU_G}, {"gram", QU_G}, {"gramme", QU_G}, {"그램", QU_G},
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
#define MAX_UNIT_NAME 64

/* Lower-cases ASCII and folds runs of white space; false if too long. */
static bool
fold_name(const char *s, int len, char *out, int *outlen)
{
	*outlen = tk_fold_name(s, len, "", out, MAX_UNIT_NAME);
	return *outlen >= 0;
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
	{"ton", TON_WHY, TON_HINT}, {"tons", TON_WHY, TON_HINT}, {"mt", TON_WHY, TON_HINT},
	{"gr", GR_WHY, GR_HINT}, {"grs", GR_WHY, GR_HINT},
	{"gallon", "\"gallon\" is ambiguous: a US gallon is 3.785411784 L, an imperial gallon 4.54609 L.",
	 "Convert to litres first, or write \"L\" or \"mL\"."},
	{"gallons", "\"gallon\" is ambiguous: a US gallon is 3.785411784 L, an imperial gallon 4.54609 L.",
	 "Convert to litres first, or write \"L\" or \"mL\"."},
	{"sheet", SHEET_WHY, SHEET_HINT}, {"sheets", SHEET_WHY, SHEET_HINT},
	{"unit", UNIT_WHY, UNIT_HINT}, {"units", UNIT_WHY, UNIT_HINT},
};

const char *
qty_unit_rejection(const char *s, int len, const char **hint)
{
	char		name[MAX_UNIT_NAME];
	int			n;
	size_t		i;

	if (!fold_name(s, len, name, &n))
		return NULL;
	for (i = 0; i < lengthof(rejections); i++)
		if (strcmp(name, rejections[i].name) == 0)
		{
			if (hint)
				*hint = rejections[i].hint;
			return rejections[i].why;
		}
	return NULL;
}

/* Levenshtein distance, for "did you mean" hints on short names. */
static int
edit_distance(const char *a, const char *b)
{
	int			la = (int) strlen(a);
	int			lb = (int) strlen(b);
	int			prev[MAX_UNIT_NAME + 1];
	int			cur[MAX_UNIT_NAME + 1];
	int			i,
				j;

	if (la > MAX_UNIT_NAME || lb > MAX_UNIT_NAME)
		return MAX_UNIT_NAME;
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++)
	{
		cur[0] = i;
		for (j = 1; j <= lb; j++)
		{
			int			sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			int			del = prev[j] + 1;
			int			ins = cur[j - 1] + 1;

			cur[j] = Min(sub, Min(del, ins));
		}
		memcpy(prev, cur, sizeof(int) * (lb + 1));
	}
	return prev[lb];
}

const char *
qty_unit_closest(const char *s)
{
	char		name[MAX_UNIT_NAME];
	int			n;
	int			best = PG_INT32_MAX;
	const char *best_name = "kg";
	size_t		i;

	if (!fold_name(s, (int) strlen(s), name, &n))
		name[MAX_UNIT_NAME - 2] = '\0';
	for (i = 0; i < NALIASES; i++)
	{
		int			d = edit_distance(name, aliases[i].name);

		if (d < best)
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
		QU_PACKET, QU_PATCH
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
		"a count of packets", "a count of patches"
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

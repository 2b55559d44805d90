/*
 * units.h
 *	  The units a quantity can be written in, their kinds and exact factors.
 *
 * Every amount is stored as a whole number of base steps: 1 pg for mass,
 * 1 pL for volume, 10^-12 of one item for counts.  A unit's factor is the
 * number of base steps in one unit, kept as mult * 10^exp so that parsing
 * and printing stay exact integer arithmetic.
 */
#ifndef SEIZURE_UNITS_H
#define SEIZURE_UNITS_H

#include "c.h"

/*
 * Unit ids are stored on disk and in the binary wire format: never renumber,
 * only append.  quantity_sum_state keeps a 32-bit mask of the units it saw
 * (QTY_UNIT_BIT), so ids stop at 31 until that format changes.
 */
typedef enum QtyUnit
{
	QU_INVALID = 0,
	QU_MG,
	QU_G,
	QU_KG,
	QU_T,
	QU_LB,
	QU_OZ,
	QU_ML,
	QU_L,
	QU_AMPOULE,
	QU_BLOTTER,
	QU_CAPSULE,
	QU_DOSE,
	QU_PIECE,
	QU_PLANT,
	QU_SEED,
	QU_TABLET,
	QU_VIAL,
	/* added in 0.2.0 */
	QU_MCG,
	QU_BAG,
	QU_BOTTLE,
	QU_CARTRIDGE,
	QU_CIGARETTE,
	QU_DOSAGE_UNIT,
	QU_PACKET,
	QU_PATCH,
	/* added in 0.3.0: the last free ids of the 32-bit mask */
	QU_BRICK,
	QU_BUNDLE,
	QU_PELLET,
	QU_SYRINGE,
	QU_US_GAL,
	QU_NUNITS
} QtyUnit;

StaticAssertDecl(QU_NUNITS <= 32, "unit ids must fit quantity_sum_state's 32-bit mask");

/*
 * Kinds: amounts of the same kind add up.  Mass and volume are one kind
 * each; every count unit is a kind of its own (tablets and capsules do not
 * add).  Kind ids are stored on disk (quantity_tally parts, sum states) and
 * hashed (hash indexes): never renumber, only append.  The cross-kind sort
 * order is qty_kind_rank: mass, volume, then count units alphabetically; the
 * ids of 0.1.0's kinds happen to follow it, and new kinds slot in by rank
 * without changing how two old kinds compare.
 */
typedef enum QtyKind
{
	QK_MASS = 0,
	QK_VOLUME,
	QK_AMPOULE,
	QK_BLOTTER,
	QK_CAPSULE,
	QK_DOSE,
	QK_PIECE,
	QK_PLANT,
	QK_SEED,
	QK_TABLET,
	QK_VIAL,
	/* added in 0.2.0 */
	QK_BAG,
	QK_BOTTLE,
	QK_CARTRIDGE,
	QK_CIGARETTE,
	QK_DOSAGE_UNIT,
	QK_PACKET,
	QK_PATCH,
	/* added in 0.3.0 */
	QK_BRICK,
	QK_BUNDLE,
	QK_PELLET,
	QK_SYRINGE,
	QK_NKINDS
} QtyKind;

typedef enum QtyDimension
{
	QD_MASS = 1,
	QD_VOLUME = 2,
	QD_COUNT = 3
} QtyDimension;

typedef struct QtyUnitInfo
{
	const char *symbol;			/* canonical spelling, singular */
	const char *plural;			/* spelling for amounts other than 1 */
	QtyKind		kind;
	int64		mult;			/* factor = mult * 10^exp base steps */
	int			exp;
	int			metric_rank;	/* 0 = not metric; larger = larger unit */
} QtyUnitInfo;

extern const QtyUnitInfo qty_units[QU_NUNITS];

/* Position of each kind in the cross-kind sort order, and its inverse. */
extern const uint8 qty_kind_rank[QK_NKINDS];

/*
 * s[0..len) with its compatibility and full-width characters as ASCII
 * (１．２㎏ as 1.2kg, U+3000 as a space), into out (len + 1 bytes: the
 * text never grows); its length.
 */
extern int	qty_fold_compat(const char *s, int len, char *out);

/* The unit whose name (or alias) is s[0..len), or QU_INVALID. */
extern QtyUnit qty_unit_lookup(const char *s, int len);

/*
 * The known unit name that s is likely a misspelling of, for hints: one
 * that starts with the same letter and is at most one edit away (two for
 * names of five letters or more); NULL when there is none.
 */
extern const char *qty_unit_closest(const char *s);

/*
 * Why a name is not accepted, when there is a specific reason, else NULL;
 * *hint (when hint is not NULL) says what to write instead.
 */
extern const char *qty_unit_rejection(const char *s, int len, const char **hint);

extern QtyDimension qty_kind_dimension(QtyKind kind);
extern const char *qty_dimension_name(QtyDimension dim);
extern const char *qty_kind_name(QtyKind kind);	/* mass, volume, tablet... */

/*
 * The i-th name a unit is read from (folded: lower-case, single spaces; the
 * canonical symbol among them), and its unit in *unit; NULL past the last.
 */
extern const char *qty_unit_alias(int i, QtyUnit *unit);

/* Parses a kind name as part() takes it: mass, volume or a count unit. */
extern bool qty_kind_lookup(const char *s, QtyKind *kind);

/* The unit that names a kind's totals: kg, L, or the count unit. */
extern QtyUnit qty_kind_unit(QtyKind kind);

/* Describes a kind for messages: "a mass", "a count of tablets". */
extern const char *qty_kind_phrase(QtyKind kind);

/*
 * The unit of a sum whose terms used the units in mask (bit 1 << unit):
 * the shared unit, else the largest metric unit, else kg (L) for the kind.
 */
extern QtyUnit qty_result_unit(uint32 mask, QtyKind kind);

#define QTY_UNIT_BIT(u) ((uint32) 1 << (u))
/* The bits of every known unit; through 64 bits, as 1 << 32 would be undefined. */
#define QTY_UNITS_KNOWN ((uint32) (((uint64) 1 << QU_NUNITS) - 1))

#endif

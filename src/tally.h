/*
 * tally.h
 *	  quantity_tally: one exact total per kind (mass, volume, each count
 *	  unit), measured and estimated amounts kept apart.
 *
 * A varlena: header, version, part count, then the parts sorted by kind
 * (qty_kind_rank) with the measured part before the estimated one.  Mass totals print in
 * kg, volume totals in L, counts in their unit, whatever units went in, so
 * a tally reads the same however its rows were split.
 */
#ifndef SEIZURE_TALLY_H
#define SEIZURE_TALLY_H

#include "quantity.h"

#define TALLY_VERSION 1
#define TALLY_MAX_PARTS (QK_NKINDS * 2)

typedef struct TallyPart
{
	uint64		lo;				/* amount in base steps (int128) */
	int64		hi;
	uint8		kind;			/* QtyKind */
	uint8		estimate;		/* 0 measured, 1 estimated */
	uint8		reserved[6];
} TallyPart;

typedef struct QtyTally
{
	int32		vl_len_;
	uint8		version;
	uint8		nparts;
	uint16		reserved;
	TallyPart	parts[FLEXIBLE_ARRAY_MEMBER];
} QtyTally;

#define TALLY_SIZE(n) (offsetof(QtyTally, parts) + sizeof(TallyPart) * (n))

#define DatumGetTallyP(X)		((QtyTally *) PG_DETOAST_DATUM(X))
#define PG_GETARG_TALLY_P(n)	DatumGetTallyP(PG_GETARG_DATUM(n))

static inline int128
tally_part_amount(const TallyPart *p)
{
	return (int128) (((uint128) (int128) p->hi << 64) | p->lo);
}

extern QtyTally *tally_add_part(QtyTally *t, QtyKind kind, bool estimate, int128 amount,
								MemoryContext cxt, bool in_place);

/*
 * The total of one kind, measured plus estimated, into *sum; *estimate when
 * a non-zero estimated amount is in it.  False when the kind is absent.
 */
extern bool tally_kind_total(const QtyTally *t, QtyKind kind, int128 *sum, bool *estimate);

#endif

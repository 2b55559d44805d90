/*
 * tally.h
 *	  quantity_tally: one exact total per kind (mass, volume, each count
 *	  unit), measured and estimated amounts kept apart.
 *
 * A varlena: header, version, part count, then the parts sorted by kind and
 * with the measured part before the estimated one.  Mass totals print in
 * kg, volume totals in L, counts in their unit, whatever units went in, so
 * a tally reads the same however its rows were split.
 */
#ifndef SEIZURE_TALLY_H
#define SEIZURE_TALLY_H

#include "lib/stringinfo.h"

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

extern QtyTally *tally_new(int nparts, MemoryContext cxt);
extern QtyTally *tally_copy(const QtyTally *t, MemoryContext cxt);

/* ERROR 22003 when a part leaves the quantity's range */
extern QtyTally *tally_add_part(QtyTally *t, QtyKind kind, bool estimate, int128 amount,
								MemoryContext cxt, bool in_place);

/* the same without range checks, for the state of tally() (tally_state.c) */
extern QtyTally *tally_state_add_part(QtyTally *t, QtyKind kind, bool estimate, int128 amount,
									  MemoryContext cxt, bool in_place);
extern QtyTally *tally_merge(QtyTally *a, const QtyTally *b, MemoryContext cxt,
							 bool in_place, bool in_range);
extern const char *tally_problem(const QtyTally *t, bool in_range);
extern bytea *tally_send_internal(const QtyTally *t);
extern QtyTally *tally_recv_internal(StringInfo buf, const char *typname, bool in_range);

/*
 * The total of one kind, measured plus estimated, into *sum; *estimate when
 * a non-zero estimated amount is in it.  False when the kind is absent.
 */
extern bool tally_kind_total(const QtyTally *t, QtyKind kind, int128 *sum, bool *estimate);

#endif

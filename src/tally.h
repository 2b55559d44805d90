/*
 * tally.h
 *	  quantity_tally: one exact total per kind (mass, volume, each count
 *	  unit), measured and estimated amounts kept apart.
 *
 * A varlena: header, version, part count, then the parts sorted by kind
 * (qty_kind_rank), then by weight basis (masses only), then measured before estimated: the
 * order of the part's flags byte, which is a quantity's flags byte.  Mass
 * totals print in kg, volume totals in L, counts in their unit, whatever
 * units went in, so a tally reads the same however its rows were split.
 */
#ifndef SEIZURE_TALLY_H
#define SEIZURE_TALLY_H

#include "lib/stringinfo.h"

#include "quantity.h"
#include "tally_text.h"

#define TALLY_VERSION 1

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

static inline bool
tally_part_estimate(const TallyPart *p)
{
	return (p->flags & QTY_ESTIMATE) != 0;
}

static inline QtyBasis
tally_part_basis(const TallyPart *p)
{
	return qty_flags_basis(p->flags);
}

extern QtyTally *tally_new(int nparts, MemoryContext cxt);
extern QtyTally *tally_copy(const QtyTally *t, MemoryContext cxt);

/*
 * Adds amount to the (kind, flags) part.  Modifies t when in_place and the
 * part exists; otherwise returns a new tally allocated in cxt.  ERROR 22003
 * when the part leaves the range and in_range (a tally); the state of
 * tally() checks the range only on its final totals (tally_state.c).
 */
extern QtyTally *tally_add_part(QtyTally *t, QtyKind kind, uint8 flags, int128 amount,
								MemoryContext cxt, bool in_place, bool in_range);
extern QtyTally *tally_merge(QtyTally *a, const QtyTally *b, MemoryContext cxt,
							 bool in_place, bool in_range);
extern const char *tally_problem(const QtyTally *t, bool in_range);
extern bytea *tally_send_internal(const QtyTally *t);
extern QtyTally *tally_recv_internal(StringInfo buf, const char *typname, bool in_range);

/* Any basis, in tally_kind_total */
#define TALLY_ANY_BASIS QB_NBASES

/*
 * The total of one kind, measured plus estimated, into *sum; *estimate when
 * a non-zero estimated amount is in it.  For masses, only the parts of
 * basis (or of every basis with TALLY_ANY_BASIS, when the tally's masses
 * have one basis; ERROR 22000 when they have several), and that basis into
 * *basis_found unless it is NULL.  False when no part is found.
 */
extern bool tally_kind_total(const QtyTally *t, QtyKind kind, QtyBasis basis,
							 int128 *sum, bool *estimate, QtyBasis *basis_found);

#endif

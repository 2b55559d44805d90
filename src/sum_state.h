/*
 * sum_state.h
 *	  quantity_sum_state: the transition state of sum(quantity) and
 *	  avg(quantity), a real type so that parallel query and Citus can ship it.
 */
#ifndef SEIZURE_SUM_STATE_H
#define SEIZURE_SUM_STATE_H

#include "quantity.h"

#define QSS_ESTIMATE 0x01

/*
 * kind of a state whose rows were of more than one kind: it keeps counting
 * and collecting units but no sum, and the final function names the error,
 * so the message does not depend on where in the rows the second kind came.
 */
#define QSS_MIXED ((uint8) QK_NKINDS)

typedef struct QtySumState
{
	uint64		sum_lo;			/* sum of amounts in base steps (int128) */
	int64		sum_hi;
	int64		count;			/* non-NULL inputs */
	uint32		units;			/* QTY_UNIT_BIT of every unit seen */
	uint8		kind;			/* QtyKind or QSS_MIXED; when count > 0 */
	uint8		flags;			/* QSS_ESTIMATE: some input was an estimate */
	uint8		bases;			/* 1 << QtyBasis of every input; 0 in states
								 * of 0.1.0, which means unstated */
	uint8		reserved;
} QtySumState;

StaticAssertDecl(sizeof(QtySumState) == 32, "quantity_sum_state must be 32 bytes");

static inline int128
qss_sum(const QtySumState *s)
{
	return tk_int128_join(s->sum_hi, s->sum_lo);
}

/* The weight bases of a non-empty state's inputs (bit 1 << QtyBasis). */
static inline uint8
qss_bases(const QtySumState *s)
{
	return s->bases ? s->bases : (uint8) (1 << QB_UNSTATED);
}

static inline void
qss_set_sum(QtySumState *s, int128 v)
{
	s->sum_lo = (uint64) v;
	s->sum_hi = (int64) (v >> 64);
}

#endif

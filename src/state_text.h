/*
 * state_text.h
 *	  The aggregates' transition states and their text forms, in plain C:
 *	  quantity_sum_state ("n=2 sum=455592370000000 units=g,lb estimate") and
 *	  quantity_tally_state ("mass=18500000000000000 ~mass:gross=7200000000000000
 *	  tablet=2782000000000000").  Both read back exactly.
 *
 * The server's input and output functions (sum_state.c, tally_state.c) and
 * the fuzz targets share these.
 */
#ifndef SEIZURE_STATE_TEXT_H
#define SEIZURE_STATE_TEXT_H

#include "c.h"

#include "tally_text.h"
#include "textkit.h"
#include "units.h"

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

/* What is wrong with a state's text or value; SPC_OK when nothing is. */
typedef enum StateProblem
{
	SPC_OK = 0,
	/* quantity_sum_state */
	SPC_SUM_EXPECTED_N,			/* no "n=" */
	SPC_SUM_EXPECTED_SUM,		/* no " sum=" */
	SPC_SUM_EXPECTED_UNITS,		/* no " units=" */
	SPC_SUM_EXPECTED_ESTIMATE,	/* a field other than " estimate" */
	SPC_SUM_COUNT,				/* the count is not a whole number from 0 */
	SPC_SUM_SUM,				/* the sum is not a whole number */
	SPC_SUM_UNIT_NAMES,			/* an unknown unit */
	SPC_SUM_BASIS_NAMES,		/* an unknown basis */
	SPC_SUM_UNSTATED_PART,		/* " basis=unstated" */
	SPC_SUM_TRAILING,
	SPC_SUM_NEGATIVE_COUNT,
	SPC_SUM_UNKNOWN_FLAGS,
	SPC_SUM_EMPTY_NOT_EMPTY,	/* count 0 with a sum, units or flags */
	SPC_SUM_UNITS,				/* no units, or unknown ones */
	SPC_SUM_KIND,				/* the kind does not match the units */
	SPC_SUM_MIXED_SUM,			/* mixed kinds with a sum */
	SPC_SUM_BASIS_NOT_MASS,
	/* quantity_tally_state (and a tally's parts) */
	SPC_TALLY_TOO_MANY,			/* more parts than kinds */
	SPC_TALLY_SEPARATOR,		/* parts not separated by one space */
	SPC_TALLY_KIND,				/* not kind=steps */
	SPC_TALLY_BASIS,			/* a bad mass:basis */
	SPC_TALLY_AMOUNT,			/* not a whole number of steps */
	SPC_TALLY_TRAILING,
	SPC_TALLY_UNKNOWN_KIND,
	SPC_TALLY_BASIS_NOT_MASS,
	SPC_TALLY_ORDER,			/* parts repeated or out of order */
	SPC_TALLY_RANGE				/* a part out of the quantity's range */
} StateProblem;

/* The errdetail sentence of a problem. */
extern const char *state_problem_detail(StateProblem p);

/* The kind of a non-empty set of units: their shared kind, else QSS_MIXED. */
extern uint8 qss_units_kind(uint32 units);

/* The invariants of a sum state (any source: text, binary, combine). */
extern StateProblem qss_problem(const QtySumState *s);

/*
 * Reads the text form into *s (zeroed by the caller); a non-empty state of
 * unstated masses gets the unstated basis that the aggregate records.
 */
extern StateProblem qss_parse(const char *text, QtySumState *s);

/* Bytes that the text of any sum state takes, NUL included. */
#define QSS_TEXT_MAX 640

extern void qss_format(const QtySumState *s, char *buf);

/*
 * A tally state's parts: the invariants of a tally's parts, with in_range
 * those of a quantity_tally (every part within the quantity's range).
 */
extern StateProblem tally_parts_problem(const TallyPart *parts, int n, bool in_range);

/* Reads a tally state's text into parts[0..TALLY_MAX_PARTS), *n of them. */
extern StateProblem tally_state_parse(const char *text, TallyPart *parts, int *n);

/* Bytes that the text of a tally state of n parts takes, NUL included. */
#define TALLY_STATE_TEXT_MAX(n) ((n) * 72 + 1)

extern void tally_state_format(const TallyPart *parts, int n, char *buf);

#endif							/* SEIZURE_STATE_TEXT_H */

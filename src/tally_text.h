/*
 * tally_text.h
 *	  The text grammar and output of quantity_tally, in plain C: quantities
 *	  joined by "+" ("24.2 kg + ~7.2 kg gross + 2782 tablets"), parts of one
 *	  kind, basis and estimate mark added up.
 *
 * The server's quantity_tally_in and quantity_tally_out and the fuzz
 * targets share these.
 */
#ifndef SEIZURE_TALLY_TEXT_H
#define SEIZURE_TALLY_TEXT_H

#include "c.h"

#include "quantity_text.h"
#include "textkit.h"

/* A tally's part, as stored on disk (see tally.h). */
typedef struct TallyPart
{
	uint64		lo;				/* amount in base steps (int128) */
	int64		hi;
	uint8		kind;			/* QtyKind */
	uint8		flags;			/* estimate bit and basis, as a quantity's
								 * flags; 0.1.0 stored 0 or 1 here */
	uint8		reserved[6];
} TallyPart;

/* measured and estimated of every kind; masses also per basis */
#define TALLY_MAX_PARTS (QK_NKINDS * 2 + (QB_NBASES - 1) * 2)

/*
 * Parts sort by kind (in the kinds' order, qty_kind_rank), then by flags:
 * basis, then measured before estimated.
 */
static inline int
tally_part_order(int kind, uint8 flags)
{
	return (int) qty_kind_rank[kind] * 8 + flags;
}

static inline int128
tally_part_amount(const TallyPart *p)
{
	return tk_int128_join(p->hi, p->lo);
}

static inline void
tally_part_set_amount(TallyPart *p, int128 amount)
{
	p->lo = (uint64) amount;
	p->hi = (int64) (amount >> 64);
}

static inline void
tally_part_init(TallyPart *p, int kind, uint8 flags, int128 amount)
{
	memset(p, 0, sizeof(TallyPart));
	tally_part_set_amount(p, amount);
	p->kind = (uint8) kind;
	p->flags = flags;
}

/*
 * Where the (kind, flags) part is, or would go, in the sorted parts[0..n):
 * its index, and *found when it is there.
 */
static inline int
tally_part_position(const TallyPart *parts, int n, int kind, uint8 flags, bool *found)
{
	int			key = tally_part_order(kind, flags);
	int			i;

	*found = false;
	for (i = 0; i < n; i++)
	{
		int			k = tally_part_order(parts[i].kind, parts[i].flags);

		if (k >= key)
		{
			*found = k == key;
			break;
		}
	}
	return i;
}

typedef enum TallyParseCode
{
	TPC_OK = 0,
	TPC_PART,					/* a part is no quantity: see the part's code */
	TPC_DANGLING,				/* a "+" with nothing after it */
	TPC_RANGE					/* a kind's total is out of range (22003) */
} TallyParseCode;

/*
 * Bytes of work space tally_parse needs for a text of len bytes: the text
 * with compatibility characters folded, a part, and qty_parse's work.
 */
#define TALLY_PARSE_WORK(len) (2 * ((len) + 1) + QTY_PARSE_WORK(len))

/*
 * Parses the NUL-terminated str into parts (room for TALLY_MAX_PARTS),
 * sorted and added up; *nparts is their number.  On TPC_PART, *part_code and
 * *part say what is wrong with the part; on TPC_RANGE, part->unit is the
 * unit of the part whose kind overflowed.  work must hold
 * TALLY_PARSE_WORK(strlen(str)) bytes.
 */
extern TallyParseCode tally_parse(const char *str, TallyPart *parts, int *nparts,
								  QtyParseCode *part_code, QtyParsed *part, char *work);

/* Bytes that the text of any tally of n parts takes, NUL included. */
#define TALLY_TEXT_MAX(n) ((n) * (QTY_TEXT_MAX + 3) + 1)

/* The text of n sorted parts: each in its kind's unit, " + " between. */
extern void tally_format(const TallyPart *parts, int n, char *buf);

#endif

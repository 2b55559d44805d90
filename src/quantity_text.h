/*
 * quantity_text.h
 *	  The text grammar of a quantity, in plain C.
 *
 *	  [basis] [estimate mark] number unit [basis]
 *
 * The estimate mark is "~" or a word ("약", "approx.", "approximately",
 * "about", "ca."); the basis is a weight basis word or phrase (basis.h)
 * before the amount or after the unit.  Full-width and compatibility
 * characters ("１．２㎏") and Unicode spaces read as their ASCII first
 * (qty_fold_compat).  The server's input
 * functions and the fuzz targets call qty_parse() itself, and the server
 * only turns its result codes into errors.
 */
#ifndef SEIZURE_QUANTITY_TEXT_H
#define SEIZURE_QUANTITY_TEXT_H

#include "c.h"

#include "amount.h"
#include "basis.h"
#include "units.h"

/* A quantity's flags byte, as stored on disk and sent in binary. */
#define QTY_ESTIMATE	0x01	/* "~": an estimate, not a measurement */
#define QTY_BASIS_SHIFT	1		/* bits 1-2: the weight basis (QtyBasis) */
#define QTY_BASIS_MASK	0x06
#define QTY_FLAGS_KNOWN	(QTY_ESTIMATE | QTY_BASIS_MASK)

static inline uint8
qty_flags(bool estimate, QtyBasis basis)
{
	return (uint8) ((estimate ? QTY_ESTIMATE : 0) | ((int) basis << QTY_BASIS_SHIFT));
}

static inline QtyBasis
qty_flags_basis(uint8 flags)
{
	return (QtyBasis) ((flags & QTY_BASIS_MASK) >> QTY_BASIS_SHIFT);
}

typedef enum QtyParseCode
{
	QPC_OK = 0,
	QPC_NUMBER,					/* the number is malformed: numerr says how */
	QPC_ESTIMATE_NO_NUMBER,		/* an estimate word with no number after it */
	QPC_BASIS_NO_AMOUNT,		/* a basis word with no amount */
	QPC_NO_UNIT,
	QPC_UNIT_REFUSED,			/* an ambiguous unit: reason says why */
	QPC_UNIT_UNKNOWN,
	QPC_BASIS_NOT_MASS,			/* a basis on a volume or a count */
	QPC_BASIS_TWICE,
	QPC_RANGE					/* 22003; every other code is 22P02 */
} QtyParseCode;

typedef struct QtyParsed
{
	/* the value, when QPC_OK */
	int128		amount;
	QtyUnit		unit;
	bool		estimate;
	QtyBasis	basis;
	/* what went wrong, otherwise */
	QtyNumError numerr;			/* with QPC_NUMBER */
	const char *reason;			/* with QPC_UNIT_REFUSED: why, */
	const char *reason_hint;	/* and what to write instead */
	const char *token;			/* the offending word (unit, basis, mark), in
								 * the folded copy of the text kept in work */
	int			token_len;
} QtyParsed;

/*
 * Bytes of work space qty_parse needs for a text of len bytes: the text with
 * compatibility characters folded, then the number's digits and scaling.
 */
#define QTY_PARSE_WORK(len) (3 * (len) + 41)

/*
 * Parses the NUL-terminated str.  work must hold QTY_PARSE_WORK(strlen(str))
 * bytes.  Never fails in any other way than by its result code.
 */
extern QtyParseCode qty_parse(const char *str, QtyParsed *out, char *work);

/*
 * Bytes that the text of any quantity takes, NUL included: "~", a number
 * of at most 79 characters, a unit name of at most 40 bytes, a basis.
 */
#define QTY_TEXT_MAX 128

/*
 * The text of a quantity: the shortest decimal that reads back to the same
 * amount, the unit (plural unless the amount is one unit), the estimate
 * mark and the basis.  Output read by qty_parse gives the same value.
 */
extern void qty_format(int128 amount, QtyUnit unit, bool estimate, QtyBasis basis,
					   char *buf);

#endif

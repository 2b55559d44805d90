/*
 * amount.h
 *	  Exact amounts: decimal text <-> whole numbers of base steps.
 *
 * Plain C with no backend calls, so the parsers can be fuzzed outside the
 * server.  Amounts are 128-bit integers; a stored amount is kept below
 * QTY_AMOUNT_LIMIT in magnitude (10^26 steps: 10^11 kg, 10^14 L, 10^14
 * items), which leaves int128 room for exact scaling and sums.
 */
#ifndef SEIZURE_AMOUNT_H
#define SEIZURE_AMOUNT_H

#include "c.h"

#ifndef HAVE_INT128
#error "seizure needs a compiler with a 128-bit integer type"
#endif

#define QTY_AMOUNT_DIGITS 26
extern const int128 QTY_AMOUNT_LIMIT;	/* 10^26, exclusive */

/* A decimal number: (-1)^neg * D * 10^exp10, D from ndigits digits. */
typedef struct QtyDecimal
{
	bool		neg;
	const char *digits;			/* '0'..'9', no leading or trailing zeros */
	int			ndigits;		/* 0 for zero */
	int64		exp10;
} QtyDecimal;

typedef enum QtyNumError
{
	QNE_OK = 0,
	QNE_NO_DIGITS,
	QNE_BAD_GROUPING,
	QNE_DECIMAL_COMMA,
	QNE_BAD_EXPONENT,
	QNE_RANGE
} QtyNumError;

extern const char *qty_num_error_detail(QtyNumError err);

/*
 * Reads a number at s: optional sign, digits with optional ',' thousands
 * separators in groups of three, optional fraction, optional exponent.
 * Significant digits go to digitbuf, which must hold strlen(s) bytes.
 * *endp is set past the number.
 */
extern QtyNumError qty_parse_number(const char *s, const char **endp,
									QtyDecimal *d, char *digitbuf);

/*
 * Rounds d * mult * 10^exp to a whole number, half to even, into *amount;
 * QNE_RANGE when the magnitude reaches QTY_AMOUNT_LIMIT.  scratch must hold
 * d->ndigits + 32 bytes (used only for inputs longer than int128 allows).
 */
extern QtyNumError qty_decimal_scale(const QtyDecimal *d, int64 mult,
									 int exp, int128 *amount, char *scratch);

/* Reads an optionally signed decimal integer that fits int128. */
extern bool qty_str_to_int128(const char *s, const char **endp, int128 *v);

extern int128 qty_pow10(int n);	/* 0 <= n <= 38 */
extern const uint64 qty_pow10_u64[20];	/* 10^0 .. 10^19 */

/* Divides num by den (den > 0), rounding half to even. */
extern int128 qty_div_round(int128 num, int128 den);

/*
 * amount * factor / 10^scale, exact, rounded half to even, for 0 <= scale
 * <= 18; false when the result leaves int128 (the caller then takes a path
 * that reports it).  amount * a numeric of at most 15 significant digits,
 * without numeric arithmetic.
 */
extern bool qty_mul_decimal64(int128 amount, int64 factor, int scale, int128 *result);

#endif

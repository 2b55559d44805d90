/*
 * amount_out.h
 *	  Amounts as text: the shortest exact decimal of an amount in a unit,
 *	  written with one 128/64-bit division and then 64-bit arithmetic.
 *
 * Plain C, like amount.h, whose amounts these are.
 */
#ifndef SEIZURE_AMOUNT_OUT_H
#define SEIZURE_AMOUNT_OUT_H

#include "amount.h"

/*
 * amount / (mult * 10^exp) as the shortest plain decimal that
 * qty_decimal_scale reads back to the same amount:
 * (-1)^neg * (whole + frac / 10^scale), frac < 10^scale with no trailing
 * zero.
 */
typedef struct QtyShortest
{
	bool		neg;
	uint128		whole;
	uint64		frac;
	int			scale;			/* digits after the point, 0..18 */
} QtyShortest;

extern void qty_amount_shortest(int128 amount, int64 mult, int exp, QtyShortest *s);

/* Writes s as text; buf holds 80 bytes.  Returns the length. */
extern int	qty_shortest_write(const QtyShortest *s, char *buf);

/* Both of the above; buf holds 80 bytes.  Returns the length. */
extern int	qty_amount_format(int128 amount, int64 mult, int exp, char *buf);

/* Whether amount is exactly one unit of mult * 10^exp steps. */
extern bool qty_amount_is_one(int128 amount, int64 mult, int exp);

/* Writes an integer in decimal; buf holds 48 bytes.  Returns the length. */
extern int	qty_int128_to_str(int128 v, char *buf);

#endif							/* SEIZURE_AMOUNT_OUT_H */

/*
 * amount_out.c
 *	  Printing amounts: the shortest exact decimal of a 128-bit amount in a
 *	  unit, and integers in decimal.
 *
 * This is the path every row a client reads goes through, so it avoids
 * 128-bit arithmetic past one split: a stored amount is below 10^26 steps
 * and the finest unit (mg) is 10^9 steps, so the whole part of an amount
 * in any unit fits a uint64, and so does the remainder (a unit is at most
 * 10^18 steps).  Every digit after the split comes from 64-bit operations.
 *
 * No backend calls: shared by the server code and the fuzz targets.
 */
#include "c.h"

#include "amount.h"
#include "amount_out.h"

static const char two_digits[201] =	/* 100 pairs and the NUL */
"00010203040506070809"
"10111213141516171819"
"20212223242526272829"
"30313233343536373839"
"40414243444546474849"
"50515253545556575859"
"60616263646566676869"
"70717273747576777879"
"80818283848586878889"
"90919293949596979899";

/* Decimal digits of v (at least 1). */
static inline int
u64_ndigits(uint64 v)
{
	int			n = 1;

	while (n < 20 && v >= qty_pow10_u64[n])
		n++;
	return n;
}

/* Writes exactly n digits of v (v < 10^n), zero-padded; no NUL. */
static void
u64_write_padded(uint64 v, int n, char *buf)
{
	char	   *p = buf + n;

	while (n >= 2)
	{
		int			i = (int) (v % 100) * 2;

		v /= 100;
		p -= 2;
		p[0] = two_digits[i];
		p[1] = two_digits[i + 1];
		n -= 2;
	}
	if (n == 1)
		p[-1] = (char) ('0' + v);
}

/* Writes v in decimal, no NUL; returns the length. */
static int
u64_write(uint64 v, char *buf)
{
	int			n = u64_ndigits(v);

	u64_write_padded(v, n, buf);
	return n;
}

/* Writes v (any uint128) in decimal, no NUL; returns the length. */
static int
u128_write(uint128 v, char *buf)
{
	const uint64 chunk = qty_pow10_u64[19];
	uint64		parts[3];
	int			n = 0;
	int			len;

	/* 19-digit chunks: 2^128 < 10^39 needs at most three */
	while (v > PG_UINT64_MAX && n < 2)
	{
		parts[n++] = (uint64) (v % chunk);
		v /= chunk;
	}
	len = u64_write((uint64) v, buf);
	while (n > 0)
	{
		u64_write_padded(parts[--n], 19, buf + len);
		len += 19;
	}
	return len;
}

int
qty_int128_to_str(int128 v, char *buf)
{
	int			len = 0;
	/* unsigned: the magnitude of INT128_MIN does not fit int128 */
	uint128		a = v < 0 ? -(uint128) v : (uint128) v;

	if (v < 0)
		buf[len++] = '-';
	len += u128_write(a, buf + len);
	buf[len] = '\0';
	return len;
}

/*
 * The shortest decimal for a unit that is not a power of ten (lb, oz):
 * the fewest fractional digits k whose nearest k-digit decimal reads back
 * to the same amount.  Reading back (qty_decimal_scale) rounds D * F / 10^k
 * half to even, where D is the decimal's digits; so a candidate that misses
 * a by err / 10^k steps reads back to a exactly when 2|err| < 10^k, or
 * 2|err| = 10^k and a is even.  The digits of r / F come one at a time,
 * truncated, with their remainder, so err is always at hand: -rem when
 * rounding down, F - rem when rounding up.
 */
static pg_attribute_always_inline void
shortest_fraction(uint128 a, uint64 r, const uint64 F, QtyShortest *s)
{
	uint64		t = 0;			/* the first k digits of r / F, truncated */
	uint64		rem = r;		/* r * 10^k - t * F */
	bool		a_even = (a & 1) == 0;
	int			k;

	/* lb needs 15 digits (a step is 0.45 pg), oz 14 */
	for (k = 0; k <= 15; k++)
	{
		bool		up;
		uint64		err;

		if (k > 0)
		{
			rem *= 10;
			t = t * 10 + rem / F;
			rem %= F;
		}
		/* nearest, ties to even, as qty_div_round picks it */
		up = rem > F - rem || (rem == F - rem && (t & 1));
		err = up ? F - rem : rem;
		if (2 * err < qty_pow10_u64[k] || (2 * err == qty_pow10_u64[k] && a_even))
		{
			uint64		f = t + (up ? 1 : 0);

			if (f == qty_pow10_u64[k])
			{
				s->whole++;
				f = 0;
			}
			s->frac = f;
			s->scale = f == 0 ? 0 : k;
			/* a rounded-up candidate can end in zeros */
			while (s->scale > 0 && s->frac % 10 == 0)
			{
				s->frac /= 10;
				s->scale--;
			}
			return;
		}
	}
	/* cannot happen: 10^-15 of lb or oz is finer than one step */
	s->frac = 0;
	s->scale = 0;
}

/* whole = a / F, returns a % F; F is a constant where this is inlined */
static pg_attribute_always_inline uint64
split(uint128 a, const uint64 F, QtyShortest *s)
{
	if (a <= PG_UINT64_MAX)
	{
		/* most amounts (below 1.8 * 10^19 steps, 18000 kg) */
		s->whole = (uint64) a / F;
		return (uint64) a % F;
	}
	s->whole = a / F;
	return (uint64) (a % F);
}

/* The exact decimal of a / 10^exp, trailing zeros dropped. */
static pg_attribute_always_inline void
decimal_fraction(uint128 a, const int exp, QtyShortest *s)
{
	uint64		r = split(a, qty_pow10_u64[exp], s);
	int			k = exp;

	if (r == 0)
		k = 0;
	else
	{
		/* r < 10^18: strip zeros 8, 4, 2, 1 at a time */
		if (k > 8 && r % UINT64CONST(100000000) == 0)
			r /= UINT64CONST(100000000), k -= 8;
		if (k > 4 && r % 10000 == 0)
			r /= 10000, k -= 4;
		if (k > 2 && r % 100 == 0)
			r /= 100, k -= 2;
		if (r % 10 == 0)
			r /= 10, k -= 1;
		/* the steps above strip at most 15 zeros; an 18-digit unit may hold more */
		while (r % 10 == 0)
			r /= 10, k--;
	}
	s->frac = r;
	s->scale = k;
}

/* 1 lb and 1 oz in steps (units.c): their divisions become multiplications */
#define LB_STEPS UINT64CONST(453592370000000)
#define OZ_STEPS UINT64CONST(28349523125000)

void
qty_amount_shortest(int128 amount, int64 mult, int exp, QtyShortest *s)
{
	uint128		a = amount < 0 ? -(uint128) amount : (uint128) amount;
	uint64		F = (uint64) mult * qty_pow10_u64[exp];

	Assert(exp >= 0 && exp <= 18 && mult > 0);
	s->neg = amount < 0;
	if (mult == 1)
	{
		/* the units of this extension, as constants; the rest in general */
		switch (exp)
		{
			case 9:
				decimal_fraction(a, 9, s);
				return;
			case 12:
				decimal_fraction(a, 12, s);
				return;
			case 15:
				decimal_fraction(a, 15, s);
				return;
			case 18:
				decimal_fraction(a, 18, s);
				return;
			default:
				decimal_fraction(a, exp, s);
				return;
		}
	}
	if (F == LB_STEPS)
		shortest_fraction(a, split(a, LB_STEPS, s), LB_STEPS, s);
	else if (F == OZ_STEPS)
		shortest_fraction(a, split(a, OZ_STEPS, s), OZ_STEPS, s);
	else
		shortest_fraction(a, split(a, F, s), F, s);
}

int
qty_shortest_write(const QtyShortest *s, char *buf)
{
	int			len = 0;

	if (s->neg && (s->whole != 0 || s->frac != 0))
		buf[len++] = '-';
	if (s->whole <= PG_UINT64_MAX)
		len += u64_write((uint64) s->whole, buf + len);
	else
		len += u128_write(s->whole, buf + len);
	if (s->scale > 0)
	{
		buf[len++] = '.';
		u64_write_padded(s->frac, s->scale, buf + len);
		len += s->scale;
	}
	buf[len] = '\0';
	return len;
}

int
qty_amount_format(int128 amount, int64 mult, int exp, char *buf)
{
	QtyShortest s;

	qty_amount_shortest(amount, mult, exp, &s);
	return qty_shortest_write(&s, buf);
}

bool
qty_amount_is_one(int128 amount, int64 mult, int exp)
{
	return amount == (int128) ((uint64) mult * qty_pow10_u64[exp]);
}

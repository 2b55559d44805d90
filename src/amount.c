/*
 * amount.c
 *	  Exact decimal parsing and scaling of 128-bit amounts (printing is in
 *	  amount_out.c).
 *
 * No backend calls here: these routines are shared by the server code and
 * the fuzz targets.
 */
#include "c.h"

#include "amount.h"
#include "textkit.h"

const int128 QTY_AMOUNT_LIMIT = (int128) 100000000000000000LL * (int128) 1000000000LL;	/* 10^26 */

static const char *const num_error_details[] = {
	[QNE_OK] = "",
	[QNE_NO_DIGITS] = "A quantity starts with a number, such as \"18.5 kg\".",
	[QNE_BAD_GROUPING] = "Commas must separate groups of three digits, as in \"2,782\".",
	[QNE_DECIMAL_COMMA] = "A comma separates thousands; the decimal point is a period.",
	[QNE_BAD_EXPONENT] = "An exponent needs digits, as in \"1.5e3\".",
	[QNE_RANGE] = "The amount is too large for a quantity.",
};

const char *
qty_num_error_detail(QtyNumError err)
{
	return num_error_details[err];
}

const uint64 qty_pow10_u64[20] = {
	UINT64CONST(1), UINT64CONST(10), UINT64CONST(100), UINT64CONST(1000),
	UINT64CONST(10000), UINT64CONST(100000), UINT64CONST(1000000),
	UINT64CONST(10000000), UINT64CONST(100000000), UINT64CONST(1000000000),
	UINT64CONST(10000000000), UINT64CONST(100000000000),
	UINT64CONST(1000000000000), UINT64CONST(10000000000000),
	UINT64CONST(100000000000000), UINT64CONST(1000000000000000),
	UINT64CONST(10000000000000000), UINT64CONST(100000000000000000),
	UINT64CONST(1000000000000000000), UINT64CONST(10000000000000000000),
};

int128
qty_pow10(int n)
{
	Assert(n >= 0 && n <= 38);
	return n < 20 ? (int128) qty_pow10_u64[n] :
		(int128) qty_pow10_u64[19] * qty_pow10_u64[n - 19];
}

int128
qty_div_round(int128 num, int128 den)
{
	bool		neg = num < 0;
	/* unsigned: the magnitude of INT128_MIN does not fit int128 */
	uint128		a = neg ? -(uint128) num : (uint128) num;
	uint128		d = (uint128) den;
	uint128		q = a / d;
	uint128		r = a % d;

	if (r > d - r || (r == d - r && (q & 1)))
		q++;
	return neg ? (int128) -q : (int128) q;
}

bool
qty_mul_decimal64(int128 amount, int64 factor, int scale, int128 *result)
{
	bool		neg = (amount < 0) != (factor < 0);
	uint128		a = amount < 0 ? -(uint128) amount : (uint128) amount;
	uint64		m = factor < 0 ? -(uint64) factor : (uint64) factor;
	uint64		d;
	uint128		t;
	uint128		u;
	uint128		r;
	uint64		p[3];
	uint64		q[3];
	uint128		quotient;

	if (scale < 0 || scale > 18)
		return false;
	d = (uint64) qty_pow10(scale);
	/* a * m in three 64-bit limbs: a < 2^128 and m < 2^64 */
	t = (uint128) (uint64) a * m;
	u = (uint128) (uint64) (a >> 64) * m + (t >> 64);
	p[0] = (uint64) t;
	p[1] = (uint64) u;
	p[2] = (uint64) (u >> 64);
	/* long division by d < 2^60: each partial dividend stays below 2^124 */
	r = 0;
	for (int i = 2; i >= 0; i--)
	{
		r = (r << 64) | p[i];
		q[i] = (uint64) (r / d);
		r %= d;
	}
	if (q[2] != 0 || (q[1] >> 63) != 0)
		return false;
	quotient = ((uint128) q[1] << 64) | q[0];
	/* half to even, as qty_decimal_scale rounds */
	if (2 * r > d || (2 * r == d && (quotient & 1)))
		quotient++;
	if (quotient >> 127)
		return false;
	*result = neg ? -(int128) quotient : (int128) quotient;
	return true;
}

QtyNumError
qty_parse_number(const char *s, const char **endp, QtyDecimal *d, char *digitbuf)
{
	const char *p = s;
	int			n = 0;			/* significant digits kept */
	int64		nfrac = 0;		/* kept digits after the point */
	int64		exp10 = 0;
	bool		any = false;
	const char *intpart;
	int			run;
	uint32		ticks = 0;

	d->neg = false;
	if (*p == '+' || *p == '-')
		d->neg = (*p++ == '-');

	/* integer part, with optional thousands separators */
	intpart = p;
	for (run = 0; tk_is_ascii_digit(*p); p++, run++)
	{
		CANCEL_TICK(ticks);
		any = true;
		if (n > 0 || *p != '0')
			digitbuf[n++] = *p;
	}
	if (*p == ',' && run > 0)
	{
		if (run > 3)
			return QNE_BAD_GROUPING;
		/* "0,750 kg" is 0.75 kg written with a decimal comma, never 750 kg */
		if (*intpart == '0')
			return QNE_DECIMAL_COMMA;
		while (*p == ',')
		{
			int			g = 0;

			CANCEL_TICK(ticks);
			while (tk_is_ascii_digit(p[1 + g]))
				g++;
			if (g != 3)
			{
				/* "18,5 kg": a decimal comma, the usual mistake */
				if (g > 0 && p[1 + g] != ',' && p[1 + g] != '.' && run <= 3)
					return QNE_DECIMAL_COMMA;
				return QNE_BAD_GROUPING;
			}
			for (p++; g > 0; g--, p++)
				if (n > 0 || *p != '0')
					digitbuf[n++] = *p;
		}
	}

	/* fraction */
	if (*p == '.')
	{
		p++;
		for (; tk_is_ascii_digit(*p); p++)
		{
			CANCEL_TICK(ticks);
			any = true;
			if (n > 0 || *p != '0')
				digitbuf[n++] = *p;
			if (n > 0)
				nfrac++;
			else
				exp10--;		/* leading zeros after the point */
		}
	}
	if (!any)
		return QNE_NO_DIGITS;

	/* exponent; no unit starts with 'e', so an 'e' here is one */
	if (*p == 'e' || *p == 'E')
	{
		bool		eneg = false;
		int64		e = 0;

		p++;
		if (*p == '+' || *p == '-')
			eneg = (*p++ == '-');
		if (!tk_is_ascii_digit(*p))
			return QNE_BAD_EXPONENT;
		for (; tk_is_ascii_digit(*p); p++)
		{
			CANCEL_TICK(ticks);
			if (e < 1000000000)	/* saturate: far beyond any valid amount */
				e = e * 10 + (*p - '0');
		}
		exp10 += eneg ? -e : e;
	}

	/* drop trailing zeros into the exponent */
	exp10 -= nfrac;
	while (n > 0 && digitbuf[n - 1] == '0')
	{
		CANCEL_TICK(ticks);
		n--;
		exp10++;
	}

	d->digits = digitbuf;
	d->ndigits = n;
	d->exp10 = exp10;
	*endp = p;
	return QNE_OK;
}

/* D * mult * 10^k rounded half to even; D >= 0 and D * mult fits int128. */
static QtyNumError
scale_int128(int128 D, int64 mult, int64 k, int128 *out)
{
	int128		P = D * mult;

	if (k >= 0)
	{
		if (k > QTY_AMOUNT_DIGITS)
			return P == 0 ? (*out = 0, QNE_OK) : QNE_RANGE;
		if (P >= QTY_AMOUNT_LIMIT / qty_pow10((int) k) + 1)
			return QNE_RANGE;
		P *= qty_pow10((int) k);
	}
	else if (k < -38)
		P = 0;					/* P < 10^38: far below half a step */
	else
		P = qty_div_round(P, qty_pow10((int) -k));
	if (P >= QTY_AMOUNT_LIMIT)
		return QNE_RANGE;
	*out = P;
	return QNE_OK;
}

/*
 * Exact path for numbers with more significant digits than int128 holds:
 * multiply the digit string by mult, then shift the decimal point.
 */
static QtyNumError
scale_long(const QtyDecimal *d, int64 mult, int64 k, int128 *out, char *prod)
{
	int			np = d->ndigits + 20;
	int64		carry = 0;
	int			first;
	int64		nint;
	int128		v = 0;
	int			i;
	uint32		ticks = 0;

	for (i = np - 1; i >= 0; i--)
	{
		int			j = i - 20;
		int64		t = carry + (j >= 0 ? (int64) (d->digits[j] - '0') * mult : 0);

		CANCEL_TICK(ticks);
		prod[i] = (char) (t % 10);
		carry = t / 10;
	}
	for (first = 0; first < np && prod[first] == 0; first++)
		CANCEL_TICK(ticks);
	/* value = prod[first..np) * 10^k, with nint digits before the point */
	nint = (np - first) + k;
	if (nint > QTY_AMOUNT_DIGITS)
		return QNE_RANGE;
	if (nint >= 0)				/* else the value is under 0.1: zero */
	{
		int			r = first + (int) nint;	/* first dropped digit */
		int			rd = r < np ? prod[r] : 0;
		bool		sticky = false;

		/* digits past the product are the zeros a positive k appends */
		for (i = first; i < r; i++)
			v = v * 10 + (i < np ? prod[i] : 0);
		for (i = r + 1; i < np && !sticky; i++)
		{
			CANCEL_TICK(ticks);
			sticky = prod[i] != 0;
		}
		if (rd > 5 || (rd == 5 && (sticky || (v & 1))))
			v++;
	}
	if (v >= QTY_AMOUNT_LIMIT)
		return QNE_RANGE;
	*out = v;
	return QNE_OK;
}

QtyNumError
qty_decimal_scale(const QtyDecimal *d, int64 mult, int exp, int128 *amount,
				  char *scratch)
{
	int64		k = d->exp10 + exp;
	int128		v;
	QtyNumError err;

	if (d->ndigits == 0)
	{
		*amount = 0;
		return QNE_OK;
	}
	/* value >= 10^(ndigits - 1 + k): too large */
	if (d->ndigits - 1 + k >= QTY_AMOUNT_DIGITS)
		return QNE_RANGE;
	/* value < 10^(ndigits + k) * mult < 10^(ndigits + k + 15): under 0.1 */
	if (d->ndigits + k + 15 <= -1)
	{
		*amount = 0;
		return QNE_OK;
	}
	if (d->ndigits <= 23)
	{
		int128		D = 0;
		int			i;

		for (i = 0; i < d->ndigits; i++)
			D = D * 10 + (d->digits[i] - '0');
		err = scale_int128(D, mult, k, &v);
	}
	else
		err = scale_long(d, mult, k, &v, scratch);
	if (err != QNE_OK)
		return err;
	*amount = d->neg ? -v : v;
	return QNE_OK;
}

bool
qty_str_to_int128(const char *s, const char **endp, int128 *v)
{
	const char *p = s;
	bool		neg = false;
	int128		r = 0;			/* accumulated negatively: reaches INT128_MIN */
	uint32		ticks = 0;

	if (*p == '+' || *p == '-')
		neg = (*p++ == '-');
	if (!tk_is_ascii_digit(*p))
		return false;
	for (; tk_is_ascii_digit(*p); p++)
	{
		CANCEL_TICK(ticks);
		if (__builtin_mul_overflow(r, 10, &r) ||
			__builtin_sub_overflow(r, *p - '0', &r))
			return false;
	}
	if (!neg && __builtin_mul_overflow(r, -1, &r))
		return false;
	*v = r;
	*endp = p;
	return true;
}

/*
 * amount: every stored amount in every unit prints as a decimal that reads
 * back to the same amount (the property dump/restore relies on), and the
 * integer text of quantity_sum_state round-trips.
 *
 * Input: 16 bytes of amount, 1 byte of unit, 8 bytes of a divisor.
 */
#include "fuzz_common.h"
#include "amount_out.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint128		raw = 0;
	int128		v;
	FuzzQty		q;
	char		ibuf[48];
	const char *end;
	int128		back;
	int			n;

	if (size < 17)
		return 0;
	memcpy(&raw, data, sizeof(raw));
	v = (int128) raw;

	/* whole numbers: qty_int128_to_str / qty_str_to_int128, INT128_MIN too */
	n = qty_int128_to_str(v, ibuf);
	FUZZ_CHECK(n > 0 && n < 48 && (size_t) n == strlen(ibuf), "length %d", n);
	FUZZ_CHECK(qty_str_to_int128(ibuf, &end, &back) && *end == '\0' && back == v,
			   "\"%s\" does not read back", ibuf);

	/* avg's rounding division: no overflow at INT128_MIN, sign kept */
	if (size >= 25)
	{
		int64		den;
		int128		q;

		memcpy(&den, data + 17, sizeof(den));
		den = den == PG_INT64_MIN ? 1 : (den < 0 ? -den : den);
		if (den == 0)
			den = 1;
		q = qty_div_round(v, den);
		FUZZ_CHECK((v >= 0) == (q >= 0) || q == 0, "sign of %s / %lld", ibuf, (long long) den);
		FUZZ_CHECK(den != 1 || q == v, "%s / 1", ibuf);
	}

	/*
	 * quantity * numeric in 64-bit limbs: the same result as the decimal
	 * scaling the input grammar uses (an amount's digits times the factor
	 * times 10^-scale), in range or out of it
	 */
	if (size >= 25)
	{
		int64		factor;
		int			scale = data[16] % 19;
		QtyDecimal	d;
		char		digits[48];
		char		scratch[48 + 32];
		int128		fast;
		int128		slow;
		bool		fast_ok;
		QtyNumError slow_err;

		/* the server multiplies factors of at most 15 digits this way */
		memcpy(&factor, data + 17, sizeof(factor));
		factor %= (int64) qty_pow10(15);
		/* a stored amount: in range */
		int128		a = v % QTY_AMOUNT_LIMIT;
		char		abuf[48];

		qty_int128_to_str(a, abuf);
		FUZZ_CHECK(qty_parse_number(abuf, &end, &d, digits) == QNE_OK && *end == '\0',
				   "\"%s\" is no number", abuf);
		d.neg = d.neg != (factor < 0);
		slow_err = qty_decimal_scale(&d, factor < 0 ? -factor : factor, -scale, &slow, scratch);
		fast_ok = qty_mul_decimal64(a, factor, scale, &fast);
		if (fast_ok && fast < QTY_AMOUNT_LIMIT && fast > -QTY_AMOUNT_LIMIT)
			FUZZ_CHECK(slow_err == QNE_OK && slow == fast, "%s * %lld / 10^%d", abuf, (long long) factor, scale);
		else
			FUZZ_CHECK(slow_err == QNE_RANGE, "%s * %lld / 10^%d in range, not multiplied", abuf,
					   (long long) factor, scale);
	}

	/* an amount in range, in any unit, any mark and (for a mass) basis */
	memset(&q, 0, sizeof(q));
	q.amount = v % QTY_AMOUNT_LIMIT;
	q.unit = (QtyUnit) (1 + data[16] % (QU_NUNITS - 1));
	q.estimate = (data[16] & 0x80) != 0;
	if (qty_kind_dimension(qty_units[q.unit].kind) == QD_MASS)
		q.basis = (QtyBasis) ((data[16] >> 5) & 3);
	fuzz_qty_check_round_trip(&q, "(binary amount)");
	return 0;
}

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

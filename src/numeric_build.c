/*
 * numeric_build.c
 *	  Amounts as numeric, built from the integer, with no decimal text in
 *	  between and no numeric arithmetic.
 *
 * value(q, unit), the BI projections and the operators' numeric arguments
 * come through here for every row.  The shortest decimal of an amount is
 * digits D and a scale k (amount_out.c); when D fits int64, numeric's own
 * int64_div_fast_to_numeric(D, k) makes D / 10^k with display scale k,
 * which is the value and the scale numeric_in gives for the same text, in
 * numeric's normal form.  Longer amounts (over about 9.2 * 10^18 digits,
 * rare: 9223 kg to the picogram) still go through numeric_in.
 */
#include "postgres.h"

#include "common/int.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "amount_out.h"
#include "numeric_build.h"
#include "quantity_text.h"

static Datum
numeric_from_text(const char *text)
{
	return DirectFunctionCall3(numeric_in, CStringGetDatum(text),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

Datum
qty_amount_numeric(int128 amount, QtyUnit unit)
{
	QtyShortest s;
	uint64		scaled;

	qty_amount_shortest(amount, qty_units[unit].mult, qty_units[unit].exp, &s);
	if (s.whole <= (uint64) PG_INT64_MAX &&
		!pg_mul_u64_overflow((uint64) s.whole, qty_pow10_u64[s.scale], &scaled) &&
		!pg_add_u64_overflow(scaled, s.frac, &scaled) &&
		scaled <= (uint64) PG_INT64_MAX)
		return NumericGetDatum(int64_div_fast_to_numeric(s.neg ? -(int64) scaled : (int64) scaled,
														 s.scale));
	else
	{
		char		buf[QTY_TEXT_MAX];

		qty_shortest_write(&s, buf);
		return numeric_from_text(buf);
	}
}

Datum
qty_int128_numeric(int128 v)
{
	char		buf[48];

	if (v >= PG_INT64_MIN && v <= PG_INT64_MAX)
		return NumericGetDatum(int64_to_numeric((int64) v));
	qty_int128_to_str(v, buf);
	return numeric_from_text(buf);
}

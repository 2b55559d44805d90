/*
 * quantity_ops.c
 *	  Comparison, hashing and arithmetic on quantities.
 *
 * Order: by kind (mass, volume, then count units alphabetically), then by
 * amount across units, then by weight basis (unstated, net, bulk, gross),
 * then measured before estimated: the flags byte compared as a number.
 * Equality is the same relation: '1 kg' = '1000 g', but '~1 kg' <> '1 kg'
 * and '1 kg net' <> '1 kg gross'.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "port/pg_bitutils.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/sortsupport.h"

#include "numeric_build.h"
#include "quantity.h"

static int
qty_cmp_internal(const Quantity *a, const Quantity *b)
{
	QtyKind		ka = qty_kind(a);
	QtyKind		kb = qty_kind(b);
	int128		x,
				y;

	if (ka != kb)
		return qty_kind_rank[ka] < qty_kind_rank[kb] ? -1 : 1;
	x = qty_amount(a);
	y = qty_amount(b);
	if (x != y)
		return x < y ? -1 : 1;
	if (a->flags != b->flags)
		return a->flags < b->flags ? -1 : 1;
	return 0;
}

#define QTY_CMP_FUNC(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = qty_cmp_internal(PG_GETARG_QUANTITY_P(0), PG_GETARG_QUANTITY_P(1)); \
	PG_RETURN_BOOL(expr); \
}

QTY_CMP_FUNC(quantity_lt, c < 0)
QTY_CMP_FUNC(quantity_le, c <= 0)
QTY_CMP_FUNC(quantity_eq, c == 0)
QTY_CMP_FUNC(quantity_ne, c != 0)
QTY_CMP_FUNC(quantity_ge, c >= 0)
QTY_CMP_FUNC(quantity_gt, c > 0)

PG_FUNCTION_INFO_V1(quantity_cmp);
Datum
quantity_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(qty_cmp_internal(PG_GETARG_QUANTITY_P(0), PG_GETARG_QUANTITY_P(1)));
}

static int
quantity_fastcmp(Datum a, Datum b, SortSupport ssup)
{
	return qty_cmp_internal(DatumGetQuantityP(a), DatumGetQuantityP(b));
}

#if SIZEOF_DATUM >= 8
/*
 * Abbreviated keys, which sorts compare in place instead of following two
 * pointers per comparison: the kind's rank (qty_kind_rank) in the top 5
 * bits, then 59 bits that grow with the amount, in the manner of a float:
 * the sign, the bit length of |amount| (7 bits) and the 51 bits after its
 * leading one.  Amounts below 2^52 steps (4.5 kg, 4500 L, 4500 items) are
 * kept exactly, larger
 * ones to 52 significant bits.  The key never decreases as (kind, amount)
 * grows, so a smaller key means a smaller quantity; equal keys go to
 * quantity_fastcmp, which decides by the full amount and then the flags:
 * the order is exactly the one without keys.
 */
#define QTY_ABBREV_ZERO (UINT64CONST(1) << 58)
#define QTY_ABBREV_MANTISSA 51
#define QTY_ABBREV_KIND_SHIFT 59

StaticAssertDecl(QK_NKINDS <= 32, "the kind's rank must fit 5 bits of the abbreviated key");

/* Magnitude key of m > 0: bit length, then the bits after the leading one. */
static inline uint64
magnitude_key(uint128 m)
{
	uint64		hi = (uint64) (m >> 64);
	int			len = hi ? 65 + pg_leftmost_one_pos64(hi) : 1 + pg_leftmost_one_pos64((uint64) m);
	uint64		mantissa;

	if (len - 1 <= QTY_ABBREV_MANTISSA)
		mantissa = (uint64) m << (QTY_ABBREV_MANTISSA - (len - 1));
	else
		mantissa = (uint64) (m >> ((len - 1) - QTY_ABBREV_MANTISSA));
	mantissa &= (UINT64CONST(1) << QTY_ABBREV_MANTISSA) - 1;
	/* stored amounts have under 97 bits, so the key stays below 2^58 - 1 */
	return ((uint64) len << QTY_ABBREV_MANTISSA) | mantissa;
}

static Datum
quantity_abbrev_convert(Datum original, SortSupport ssup)
{
	const Quantity *q = DatumGetQuantityP(original);
	int128		a = qty_amount(q);
	uint64		key;

	/* zero in the middle, negatives below it mirrored, positives above */
	if (a == 0)
		key = QTY_ABBREV_ZERO;
	else if (a < 0)
		key = QTY_ABBREV_ZERO - 1 - magnitude_key(-(uint128) a);
	else
		key = QTY_ABBREV_ZERO + 1 + magnitude_key((uint128) a);
	return UInt64GetDatum(((uint64) qty_kind_rank[qty_kind(q)] << QTY_ABBREV_KIND_SHIFT) | key);
}

/* Keys cost little to make and never change the order: never given up. */
static bool
quantity_abbrev_abort(int memtupcount, SortSupport ssup)
{
	return false;
}
#endif

/* Sorts and index builds call the comparator directly, not through fmgr. */
PG_FUNCTION_INFO_V1(quantity_sortsupport);
Datum
quantity_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = quantity_fastcmp;
#if SIZEOF_DATUM >= 8
	if (ssup->abbreviate)
	{
		ssup->comparator = ssup_datum_unsigned_cmp;
		ssup->abbrev_full_comparator = quantity_fastcmp;
		ssup->abbrev_converter = quantity_abbrev_convert;
		ssup->abbrev_abort = quantity_abbrev_abort;
	}
#endif
	PG_RETURN_VOID();
}

/*
 * min and max: among equal quantities ('1 kg' = '1000 g') the smaller unit
 * id wins (mg, g, kg, ...), so the text of the result does not depend on
 * which of them a plan met first.
 */
static int
qty_cmp_unit(const Quantity *a, const Quantity *b)
{
	int			c = qty_cmp_internal(a, b);

	return c != 0 ? c : (int) a->unit - (int) b->unit;
}

PG_FUNCTION_INFO_V1(quantity_smaller);
Datum
quantity_smaller(PG_FUNCTION_ARGS)
{
	Quantity   *a = PG_GETARG_QUANTITY_P(0);
	Quantity   *b = PG_GETARG_QUANTITY_P(1);

	PG_RETURN_QUANTITY_P(qty_cmp_unit(a, b) <= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(quantity_larger);
Datum
quantity_larger(PG_FUNCTION_ARGS)
{
	Quantity   *a = PG_GETARG_QUANTITY_P(0);
	Quantity   *b = PG_GETARG_QUANTITY_P(1);

	/* the larger amount, and among equal ones still the smaller unit id */
	int			c = qty_cmp_internal(a, b);

	if (c == 0)
		c = (int) b->unit - (int) a->unit;
	PG_RETURN_QUANTITY_P(c >= 0 ? a : b);
}

/* What equality looks at, with no padding: hashes agree with '='. */
typedef struct QtyHashKey
{
	uint64		lo;
	int64		hi;
	uint32		kind;
	uint32		flags;
} QtyHashKey;

static void
hash_key(const Quantity *q, QtyHashKey *k)
{
	/* the stored halves, as the int128 amount's would be */
	k->lo = q->lo;
	k->hi = q->hi;
	k->kind = (uint32) qty_kind(q);
	k->flags = q->flags;
}

PG_FUNCTION_INFO_V1(quantity_hash);
Datum
quantity_hash(PG_FUNCTION_ARGS)
{
	QtyHashKey	k;

	hash_key(PG_GETARG_QUANTITY_P(0), &k);
	return hash_any((unsigned char *) &k, sizeof(k));
}

PG_FUNCTION_INFO_V1(quantity_hash_extended);
Datum
quantity_hash_extended(PG_FUNCTION_ARGS)
{
	QtyHashKey	k;

	hash_key(PG_GETARG_QUANTITY_P(0), &k);
	return hash_any_extended((unsigned char *) &k, sizeof(k), PG_GETARG_INT64(1));
}

/* a + sign * b, in the unit the + rule picks */
static Quantity *
add_internal(const Quantity *a, const Quantity *b, int sign, const char *op)
{
	QtyKind		kind = qty_kind(a);
	int128		y = qty_amount(b);

	qty_check_same_kind(kind, qty_kind(b), op);
	qty_check_same_basis(qty_basis(a), qty_basis(b), op);
	return qty_make_basis(qty_add_amounts(qty_amount(a), sign < 0 ? -y : y),
						  qty_result_unit(QTY_UNIT_BIT(a->unit) | QTY_UNIT_BIT(b->unit), kind),
						  qty_is_estimate(a) || qty_is_estimate(b), qty_basis(a));
}

PG_FUNCTION_INFO_V1(quantity_add);
Datum
quantity_add(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(add_internal(PG_GETARG_QUANTITY_P(0), PG_GETARG_QUANTITY_P(1), 1, "add"));
}

PG_FUNCTION_INFO_V1(quantity_sub);
Datum
quantity_sub(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(add_internal(PG_GETARG_QUANTITY_P(0), PG_GETARG_QUANTITY_P(1), -1, "subtract"));
}

PG_FUNCTION_INFO_V1(quantity_neg);
Datum
quantity_neg(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	PG_RETURN_QUANTITY_P(qty_make_like(q, -qty_amount(q), q->unit));
}

/* q scaled by a number: same unit, estimate mark and basis */
static Quantity *
scaled(const Quantity *q, int128 (*scale) (int128, Datum), Datum factor)
{
	return qty_make_like(q, scale(qty_amount(q), factor), q->unit);
}

PG_FUNCTION_INFO_V1(quantity_mul_numeric);
Datum
quantity_mul_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(scaled(PG_GETARG_QUANTITY_P(0), qty_mul_numeric, PG_GETARG_DATUM(1)));
}

PG_FUNCTION_INFO_V1(numeric_mul_quantity);
Datum
numeric_mul_quantity(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(scaled(PG_GETARG_QUANTITY_P(1), qty_mul_numeric, PG_GETARG_DATUM(0)));
}

/* -1, 0 or 1 (numeric_sign returns a numeric) */
static int
numeric_sgn(Datum n)
{
	int			c = DatumGetInt32(DirectFunctionCall2(numeric_cmp, n, qty_int128_numeric(0)));

	return c < 0 ? -1 : c > 0 ? 1 : 0;
}

static void
division_by_zero(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DIVISION_BY_ZERO),
			 errmsg("division by zero")));
}

/* amount / divisor rounded half to even: exact numeric arithmetic */
static int128
qty_div_numeric(int128 amount, Datum divisor)
{
	Datum		a = qty_int128_numeric(amount);
	Datum		q,
				r,
				twice_r,
				abs_d;
	int			c;

	if (numeric_is_nan(DatumGetNumeric(divisor))
#if PG_VERSION_NUM >= 140000
		|| numeric_is_inf(DatumGetNumeric(divisor))
#endif
		)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot divide a quantity by %s",
						DatumGetCString(DirectFunctionCall1(numeric_out, divisor)))));
	if (numeric_sgn(divisor) == 0)
		division_by_zero();
	q = DirectFunctionCall2(numeric_div_trunc, a, divisor);
	r = DirectFunctionCall2(numeric_sub, a, DirectFunctionCall2(numeric_mul, q, divisor));
	twice_r = DirectFunctionCall1(numeric_abs, DirectFunctionCall2(numeric_add, r, r));
	abs_d = DirectFunctionCall1(numeric_abs, divisor);
	c = DatumGetInt32(DirectFunctionCall2(numeric_cmp, twice_r, abs_d));
	if (c > 0 || (c == 0 && DatumGetBool(DirectFunctionCall2(numeric_ne,
															 DirectFunctionCall2(numeric_mod, q, qty_int128_numeric(2)),
															 qty_int128_numeric(0)))))
	{
		/* away from zero, in the quotient's direction */
		int			sign = numeric_sgn(r) * numeric_sgn(divisor);

		q = DirectFunctionCall2(numeric_add, q, qty_int128_numeric(sign));
	}
	return qty_numeric_scale(q, 1, 0);
}

PG_FUNCTION_INFO_V1(quantity_div_numeric);
Datum
quantity_div_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(scaled(PG_GETARG_QUANTITY_P(0), qty_div_numeric, PG_GETARG_DATUM(1)));
}

PG_FUNCTION_INFO_V1(quantity_div_quantity);
Datum
quantity_div_quantity(PG_FUNCTION_ARGS)
{
	Quantity   *a = PG_GETARG_QUANTITY_P(0);
	Quantity   *b = PG_GETARG_QUANTITY_P(1);

	qty_check_same_kind(qty_kind(a), qty_kind(b), "divide");
	if (qty_amount(b) == 0)
		division_by_zero();
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_div, qty_int128_numeric(qty_amount(a)),
										qty_int128_numeric(qty_amount(b))));
}

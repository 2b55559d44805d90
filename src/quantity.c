/*
 * quantity.c
 *	  The quantity type: text and binary I/O, type modifiers, accessors and
 *	  unit conversion.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "quantity.h"

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#define qty_soft_error(escontext, ...) ereturn(escontext, NULL, __VA_ARGS__)
#else
#define qty_soft_error(escontext, ...) \
	do { ereport(ERROR, __VA_ARGS__); return NULL; } while (0)
#endif

#define QTY_BINARY_VERSION 1
#define QTY_BINARY_SIZE 19		/* version, unit, flags, two int64s */

static const char *
range_detail(QtyKind kind)
{
	switch (qty_kind_dimension(kind))
	{
		case QD_MASS:
			return "A mass must be smaller than 100000000000 kg in magnitude.";
		case QD_VOLUME:
			return "A volume must be smaller than 100000000000000 L in magnitude.";
		default:
			return "A count must be smaller than 100000000000000 in magnitude.";
	}
}

void
qty_check_range(int128 amount)
{
	if (amount >= QTY_AMOUNT_LIMIT || amount <= -QTY_AMOUNT_LIMIT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("quantity out of range"),
				 errdetail("A quantity must be smaller than 100000000000 kg, 100000000000000 L or 100000000000000 items in magnitude.")));
}

Quantity *
qty_make(int128 amount, QtyUnit unit, bool estimate)
{
	Quantity   *q = (Quantity *) palloc(sizeof(Quantity));

	qty_check_range(amount);
	qty_set_amount(q, amount);
	q->unit = (uint8) unit;
	q->flags = estimate ? QTY_ESTIMATE : 0;
	q->reserved = 0;
	return q;
}

int128
qty_add_amounts(int128 a, int128 b)
{
	int128		r;

	if (__builtin_add_overflow(a, b, &r))
		qty_check_range(QTY_AMOUNT_LIMIT);	/* reports the error */
	return r;
}

void
qty_to_cstring(int128 amount, QtyUnit unit, bool estimate, char *buf)
{
	const QtyUnitInfo *u = &qty_units[unit];
	char	   *p = buf;

	if (estimate)
		*p++ = '~';
	p += qty_amount_format(amount, u->mult, u->exp, p);
	*p++ = ' ';
	strcpy(p, qty_amount_is_one(amount, u->mult, u->exp) ? u->symbol : u->plural);
}

static inline bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

Quantity *
qty_from_cstring(const char *str, const char *shown, const char *typname, Node *escontext)
{
	const char *p = str;
	const char *end;
	const char *uend;
	bool		estimate = false;
	QtyDecimal	d;
	QtyNumError err;
	QtyUnit		unit;
	int128		amount;
	char		stackbuf[64];
	char	   *digits;
	char	   *scratch = NULL;
	size_t		len = strlen(str);
	Quantity   *q;

	digits = len < sizeof(stackbuf) ? stackbuf : palloc(len + 1);
	while (is_space(*p))
		p++;
	if (*p == '~')
	{
		estimate = true;
		p++;
		while (is_space(*p))
			p++;
	}
	err = qty_parse_number(p, &end, &d, digits);
	if (err != QNE_OK)
		qty_soft_error(escontext,
					   (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						errmsg("invalid input syntax for type %s: \"%s\"", typname, shown),
						errdetail("%s", qty_num_error_detail(err))));

	/* the unit: the rest, trimmed */
	while (is_space(*end))
		end++;
	uend = str + len;
	while (uend > end && is_space(uend[-1]))
		uend--;
	if (uend == end)
		qty_soft_error(escontext,
					   (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						errmsg("invalid input syntax for type %s: \"%s\"", typname, shown),
						errdetail("The unit is missing."),
						errhint("Write a unit after the number, as in \"18.5 kg\" or \"2782 tablets\".")));
	unit = qty_unit_lookup(end, (int) (uend - end));
	if (unit == QU_INVALID)
	{
		char	   *uname = pnstrdup(end, uend - end);
		const char *why = qty_unit_rejection(end, (int) (uend - end));

		if (why)
			qty_soft_error(escontext,
						   (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							errmsg("invalid input syntax for type %s: \"%s\"", typname, shown),
							errdetail("%s", why),
							errhint("Write a unit that has one meaning, such as \"t\" (1000 kg) or \"g\".")));
		qty_soft_error(escontext,
					   (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						errmsg("invalid input syntax for type %s: \"%s\"", typname, shown),
						errdetail("Unit \"%s\" is not known.", uname),
						errhint("Did you mean \"%s\"?", qty_unit_closest(uname))));
	}

	if (d.ndigits > 23)
		scratch = palloc(d.ndigits + 32);
	err = qty_decimal_scale(&d, qty_units[unit].mult, qty_units[unit].exp, &amount, scratch);
	if (err != QNE_OK)
		qty_soft_error(escontext,
					   (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						errmsg("value \"%s\" is out of range for type %s", shown, typname),
						errdetail("%s", range_detail(qty_units[unit].kind))));

	q = (Quantity *) palloc(sizeof(Quantity));
	qty_set_amount(q, amount);
	q->unit = (uint8) unit;
	q->flags = estimate ? QTY_ESTIMATE : 0;
	q->reserved = 0;
	return q;
}

/* ERROR 22023 unless q's dimension is the one typmod allows. */
static void
check_typmod(const Quantity *q, int32 typmod)
{
	QtyDimension dim = qty_kind_dimension(qty_kind(q));
	char		buf[QTY_TEXT_MAX];

	if (typmod < 0 || (int32) dim == typmod)
		return;
	qty_to_cstring(qty_amount(q), q->unit, qty_is_estimate(q), buf);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("a %s does not fit type quantity(%s)",
					qty_dimension_name(dim), qty_dimension_name((QtyDimension) typmod)),
			 errdetail("The value \"%s\" is a %s; the type accepts only a %s.",
					   buf, qty_dimension_name(dim), qty_dimension_name((QtyDimension) typmod))));
}

PG_FUNCTION_INFO_V1(quantity_in);
Datum
quantity_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int32		typmod = PG_NARGS() > 2 ? PG_GETARG_INT32(2) : -1;
	Node	   *escontext = NULL;
	Quantity   *q;

#if PG_VERSION_NUM >= 160000
	escontext = fcinfo->context;
#endif
	q = qty_from_cstring(str, str, "quantity", escontext);
	if (q == NULL)
		PG_RETURN_NULL();
	check_typmod(q, typmod);
	PG_RETURN_QUANTITY_P(q);
}

PG_FUNCTION_INFO_V1(quantity_out);
Datum
quantity_out(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);
	char	   *buf = palloc(QTY_TEXT_MAX);

	qty_to_cstring(qty_amount(q), q->unit, qty_is_estimate(q), buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: version byte, unit byte, flags byte, amount as two int64s. */
PG_FUNCTION_INFO_V1(quantity_recv);
Datum
quantity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		typmod = PG_NARGS() > 2 ? PG_GETARG_INT32(2) : -1;
	int			version;
	int			unit;
	int			flags;
	int64		hi;
	uint64		lo;
	int128		amount;
	Quantity   *q;

	if (buf->len - buf->cursor != QTY_BINARY_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity"),
				 errdetail("A quantity takes %d bytes, not %d.",
						   QTY_BINARY_SIZE, buf->len - buf->cursor)));
	version = pq_getmsgbyte(buf);
	if (version != QTY_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity"),
				 errdetail("Format version %d is not known; this build reads version %d.",
						   version, QTY_BINARY_VERSION)));
	unit = pq_getmsgbyte(buf);
	flags = pq_getmsgbyte(buf);
	hi = pq_getmsgint64(buf);
	lo = (uint64) pq_getmsgint64(buf);
	if (unit <= QU_INVALID || unit >= QU_NUNITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity"),
				 errdetail("Unit id %d is not known.", unit)));
	if ((flags & ~QTY_FLAGS_KNOWN) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity"),
				 errdetail("Flag bits 0x%02x are not known.", flags)));
	amount = (int128) (((uint128) (int128) hi << 64) | lo);
	if (amount >= QTY_AMOUNT_LIMIT || amount <= -QTY_AMOUNT_LIMIT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("quantity out of range in binary data"),
				 errdetail("%s", range_detail(qty_units[unit].kind))));
	q = qty_make(amount, (QtyUnit) unit, (flags & QTY_ESTIMATE) != 0);
	check_typmod(q, typmod);
	PG_RETURN_QUANTITY_P(q);
}

PG_FUNCTION_INFO_V1(quantity_send);
Datum
quantity_send(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);
	int128		amount = qty_amount(q);
	bytea	   *result = (bytea *) palloc(VARHDRSZ + QTY_BINARY_SIZE);
	char	   *p = VARDATA(result);
	uint64		hi = pg_hton64((uint64) (amount >> 64));
	uint64		lo = pg_hton64((uint64) amount);

	/* filled in place: pq_begintypsend would allocate 1 kB per value */
	SET_VARSIZE(result, VARHDRSZ + QTY_BINARY_SIZE);
	p[0] = QTY_BINARY_VERSION;
	p[1] = (char) q->unit;
	p[2] = (char) q->flags;
	memcpy(p + 3, &hi, sizeof(hi));
	memcpy(p + 11, &lo, sizeof(lo));
	PG_RETURN_BYTEA_P(result);
}

PG_FUNCTION_INFO_V1(quantity_typmod_in);
Datum
quantity_typmod_in(PG_FUNCTION_ARGS)
{
	ArrayType  *ta = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	int			n;
	char	   *s;

	deconstruct_array(ta, CSTRINGOID, -2, false, TYPALIGN_CHAR, &elems, NULL, &n);
	if (n == 1)
	{
		s = DatumGetCString(elems[0]);
		if (pg_strcasecmp(s, "mass") == 0)
			PG_RETURN_INT32(QD_MASS);
		if (pg_strcasecmp(s, "volume") == 0)
			PG_RETURN_INT32(QD_VOLUME);
		if (pg_strcasecmp(s, "count") == 0)
			PG_RETURN_INT32(QD_COUNT);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid type modifier for type quantity"),
			 errdetail("A quantity column is restricted by one dimension."),
			 errhint("Use quantity(mass), quantity(volume) or quantity(count).")));
	PG_RETURN_NULL();
}

PG_FUNCTION_INFO_V1(quantity_typmod_out);
Datum
quantity_typmod_out(PG_FUNCTION_ARGS)
{
	int32		typmod = PG_GETARG_INT32(0);

	if (typmod < 0)
		PG_RETURN_CSTRING(pstrdup(""));
	PG_RETURN_CSTRING(psprintf("(%s)", qty_dimension_name((QtyDimension) typmod)));
}

/* Cast quantity to quantity(dim): the typmod coercion. */
PG_FUNCTION_INFO_V1(quantity_enforce_typmod);
Datum
quantity_enforce_typmod(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	check_typmod(q, PG_GETARG_INT32(1));
	PG_RETURN_QUANTITY_P(q);
}

QtyUnit
qty_unit_from_text(const char *name)
{
	QtyUnit		u = qty_unit_lookup(name, (int) strlen(name));

	if (u == QU_INVALID)
	{
		const char *why = qty_unit_rejection(name, (int) strlen(name));

		if (why)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unit \"%s\" is not known", name),
					 errdetail("%s", why)));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unit \"%s\" is not known", name),
				 errhint("Did you mean \"%s\"?", qty_unit_closest(name))));
	}
	return u;
}

void
qty_check_same_kind(QtyKind a, QtyKind b, const char *op)
{
	if (a != b)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("cannot %s %s and %s", op, qty_kind_phrase(a), qty_kind_phrase(b)),
				 errdetail("Quantities of different kinds do not add up: %s is not %s.",
						   qty_kind_phrase(a), qty_kind_phrase(b)),
				 errhint("Use tally() to keep kinds apart, or convert first with to_mass().")));
}

/* Reads a numeric's exact decimal text into a QtyDecimal. */
static bool
numeric_decimal(Datum num, QtyDecimal *d, char **text)
{
	const char *end;

	*text = DatumGetCString(DirectFunctionCall1(numeric_out, num));
	return qty_parse_number(*text, &end, d, palloc(strlen(*text) + 1)) == QNE_OK &&
		*end == '\0';
}

int128
qty_numeric_scale(Datum num, int64 mult, int exp)
{
	QtyDecimal	d;
	char	   *text;
	int128		amount;

	if (!numeric_decimal(num, &d, &text))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a quantity cannot be %s", text),
				 errdetail("Quantities are finite amounts.")));
	if (qty_decimal_scale(&d, mult, exp, &amount, palloc(d.ndigits + 32)) != QNE_OK)
		qty_check_range(QTY_AMOUNT_LIMIT);
	return amount;
}

int128
qty_numeric_to_amount(Datum num, QtyUnit unit)
{
	return qty_numeric_scale(num, qty_units[unit].mult, qty_units[unit].exp);
}

/* The unit of a conversion target, which must be of q's kind. */
static QtyUnit
target_unit(const Quantity *q, QtyUnit u)
{
	QtyKind		from = qty_kind(q);
	QtyKind		to = qty_units[u].kind;

	if (from != to)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("cannot convert %s to %s", qty_kind_phrase(from), qty_kind_phrase(to)),
				 errdetail("Unit \"%s\" measures %s; the quantity is %s.",
						   qty_units[u].symbol, qty_kind_phrase(to), qty_kind_phrase(from)),
				 errhint("Counts and volumes become masses with to_mass(quantity, substance).")));
	return u;
}

PG_FUNCTION_INFO_V1(quantity_from_numeric);
Datum
quantity_from_numeric(PG_FUNCTION_ARGS)
{
	Datum		num = PG_GETARG_DATUM(0);
	QtyUnit		u = qty_unit_arg(fcinfo, 1);

	PG_RETURN_QUANTITY_P(qty_make(qty_numeric_to_amount(num, u), u, false));
}

PG_FUNCTION_INFO_V1(quantity_value);
Datum
quantity_value(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	PG_RETURN_DATUM(qty_amount_numeric(qty_amount(q), q->unit));
}

PG_FUNCTION_INFO_V1(quantity_value_in);
Datum
quantity_value_in(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);
	QtyUnit		u = target_unit(q, qty_unit_arg(fcinfo, 1));

	PG_RETURN_DATUM(qty_amount_numeric(qty_amount(q), u));
}

PG_FUNCTION_INFO_V1(quantity_to_unit);
Datum
quantity_to_unit(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);
	QtyUnit		u = target_unit(q, qty_unit_arg(fcinfo, 1));

	/* the amount is stored in base steps: only the display unit changes */
	PG_RETURN_QUANTITY_P(qty_make(qty_amount(q), u, qty_is_estimate(q)));
}

PG_FUNCTION_INFO_V1(quantity_unit);
Datum
quantity_unit(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	PG_RETURN_TEXT_P(cstring_to_text(qty_units[q->unit].symbol));
}

PG_FUNCTION_INFO_V1(quantity_dimension);
Datum
quantity_dimension(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	PG_RETURN_TEXT_P(cstring_to_text(qty_dimension_name(qty_kind_dimension(qty_kind(q)))));
}

PG_FUNCTION_INFO_V1(quantity_kind);
Datum
quantity_kind(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	PG_RETURN_TEXT_P(cstring_to_text(qty_kind_name(qty_kind(q))));
}

PG_FUNCTION_INFO_V1(quantity_is_estimate);
Datum
quantity_is_estimate(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(qty_is_estimate(PG_GETARG_QUANTITY_P(0)));
}

PG_FUNCTION_INFO_V1(quantity_as_estimate);
Datum
quantity_as_estimate(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	PG_RETURN_QUANTITY_P(qty_make(qty_amount(q), q->unit, true));
}

PG_FUNCTION_INFO_V1(quantity_as_measured);
Datum
quantity_as_measured(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	PG_RETURN_QUANTITY_P(qty_make(qty_amount(q), q->unit, false));
}

int128
qty_mul_numeric(int128 amount, Datum factor)
{
	return qty_numeric_scale(DirectFunctionCall2(numeric_mul, qty_int128_numeric(amount), factor), 1, 0);
}

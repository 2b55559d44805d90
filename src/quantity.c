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

#include "numeric_build.h"
#include "pg_compat.h"
#include "quantity.h"
#include "textkit.h"
#include "unit_arg.h"

/*
 * Binary form: version byte, unit byte, flags byte, amount as two int64s.
 * Version 2 added the weight basis to the flags; version 1 (0.1.0) is read.
 */
#define QTY_BINARY_VERSION 2
#define QTY_BINARY_SIZE 19

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
				 errdetail(QTY_RANGE_DETAIL)));
}

Quantity *
qty_make_basis(int128 amount, QtyUnit unit, bool estimate, QtyBasis basis)
{
	Quantity   *q = (Quantity *) palloc(sizeof(Quantity));

	qty_check_range(amount);
	qty_set_amount(q, amount);
	q->unit = (uint8) unit;
	q->flags = qty_flags(estimate, basis);
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

#define syntax_error(escontext, typname, shown, ...) \
	ereturn(escontext, NULL, \
				   (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION), \
					errmsg("invalid input syntax for type %s: \"%s\"", typname, shown), \
					__VA_ARGS__))

/* Reports what qty_parse found wrong: 22P02, or 22003 for QPC_RANGE. */
Quantity *
qty_report_parse_error(QtyParseCode code, const QtyParsed *r, const char *shown,
				   const char *typname, Node *escontext)
{
	int			tlen = r->token_len;
	const char *tok = r->token;

	switch (code)
	{
		case QPC_NUMBER:
			syntax_error(escontext, typname, shown,
						 errdetail("%s", qty_num_error_detail(r->numerr)));
		case QPC_ESTIMATE_NO_NUMBER:
			syntax_error(escontext, typname, shown,
						 errdetail("The estimate mark \"%.*s\" is not followed by a number.", tlen, tok),
						 errhint("Write the amount after it, as in \"%.*s 2 kg\".", tlen, tok));
		case QPC_BASIS_NO_AMOUNT:
			syntax_error(escontext, typname, shown,
						 errdetail("A weight basis is given but no amount."),
						 errhint("Write an amount with its unit, as in \"2 kg gross\" or \"총중량 2 kg\"."));
		case QPC_NO_UNIT:
			syntax_error(escontext, typname, shown,
						 errdetail("The unit is missing."),
						 errhint("Write a unit after the number, as in \"18.5 kg\" or \"2782 tablets\"."));
		case QPC_UNIT_REFUSED:
			syntax_error(escontext, typname, shown,
						 errdetail("%s", r->reason),
						 errhint("%s", r->reason_hint));
		case QPC_UNIT_UNKNOWN:
			{
				char	   *uname = pnstrdup(tok, tlen);
				const char *closest = qty_unit_closest(uname);

				if (closest == NULL)
					syntax_error(escontext, typname, shown,
								 errdetail("Unit \"%s\" is not known.", uname));
				syntax_error(escontext, typname, shown,
							 errdetail("Unit \"%s\" is not known.", uname),
							 errhint("Did you mean \"%s\"?", closest));
			}
		case QPC_BASIS_NOT_MASS:
			syntax_error(escontext, typname, shown,
						 errdetail("A weight basis (net, bulk or gross) belongs to a mass; \"%s\" measures %s.",
								   qty_units[r->unit].symbol, qty_kind_phrase(qty_units[r->unit].kind)),
						 errhint("Remove the basis word, or write the mass."));
		case QPC_BASIS_TWICE:
			syntax_error(escontext, typname, shown,
						 errdetail("The weight basis is given more than once."),
						 errhint("A mass has one basis: net, bulk or gross."));
		case QPC_RANGE:
			ereturn(escontext, NULL,
						   (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
							errmsg("value \"%s\" is out of range for type %s", shown, typname),
							errdetail("%s", range_detail(qty_units[r->unit].kind))));
		case QPC_OK:
			break;
	}
	elog(ERROR, "unexpected quantity parse result %d", (int) code);
	return NULL;
}

static Quantity *
qty_from_cstring(const char *str, const char *shown, const char *typname, Node *escontext)
{
	size_t		len = strlen(str);
	char		stackbuf[QTY_PARSE_WORK(64)];
	char	   *work = len <= 64 ? stackbuf : palloc(QTY_PARSE_WORK(len));
	QtyParsed	r;
	QtyParseCode code = qty_parse(str, &r, work);
	Quantity   *q;

	if (code != QPC_OK)
		return qty_report_parse_error(code, &r, shown, typname, escontext);
	q = (Quantity *) palloc(sizeof(Quantity));
	qty_set_amount(q, r.amount);
	q->unit = (uint8) r.unit;
	q->flags = qty_flags(r.estimate, r.basis);
	q->reserved = 0;
	return q;
}

/*
 * False, after reporting 22023 through escontext (or raising it), unless
 * q's dimension is the one typmod allows.
 */
static bool
check_typmod(const Quantity *q, int32 typmod, Node *escontext)
{
	QtyDimension dim = qty_kind_dimension(qty_kind(q));
	char		buf[QTY_TEXT_MAX];

	if (typmod < 0 || (int32) dim == typmod)
		return true;
	qty_to_cstring(q, buf);
	errsave(escontext,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("a %s does not fit type quantity(%s)",
					qty_dimension_name(dim), qty_dimension_name((QtyDimension) typmod)),
			 errdetail("The value \"%s\" is a %s; the type accepts only a %s.",
					   buf, qty_dimension_name(dim), qty_dimension_name((QtyDimension) typmod))));
	return false;
}

PG_FUNCTION_INFO_V1(quantity_in);
Datum
quantity_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int32		typmod = PG_NARGS() > 2 ? PG_GETARG_INT32(2) : -1;
	Node	   *escontext = INPUT_ESCONTEXT(fcinfo);
	Quantity   *q;

	q = qty_from_cstring(str, str, "quantity", escontext);
	if (q == NULL || !check_typmod(q, typmod, escontext))
		PG_RETURN_NULL();
	PG_RETURN_QUANTITY_P(q);
}

PG_FUNCTION_INFO_V1(quantity_out);
Datum
quantity_out(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);
	char	   *buf = palloc(QTY_TEXT_MAX);

	qty_to_cstring(q, buf);
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
	if (version < 1 || version > QTY_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity"),
				 errdetail("Format version %d is not known; this build reads versions 1 to %d.",
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
	if ((flags & ~(version == 1 ? QTY_ESTIMATE : QTY_FLAGS_KNOWN)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity"),
				 errdetail("Flag bits 0x%02x are not known in format version %d.", flags, version)));
	q = (Quantity *) palloc(sizeof(Quantity));
	q->unit = (uint8) unit;
	q->flags = (uint8) flags;
	q->reserved = 0;
	if (qty_basis(q) != QB_UNSTATED && qty_kind_dimension(qty_kind(q)) != QD_MASS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity"),
				 errdetail("A weight basis is set on %s.", qty_kind_phrase(qty_kind(q)))));
	amount = tk_int128_join(hi, lo);
	if (amount >= QTY_AMOUNT_LIMIT || amount <= -QTY_AMOUNT_LIMIT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("quantity out of range in binary data"),
				 errdetail("%s", range_detail(qty_units[unit].kind))));
	qty_set_amount(q, amount);
	check_typmod(q, typmod, NULL);
	PG_RETURN_QUANTITY_P(q);
}

PG_FUNCTION_INFO_V1(quantity_send);
Datum
quantity_send(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);
	bytea	   *result = (bytea *) palloc(VARHDRSZ + QTY_BINARY_SIZE);
	char	   *p = VARDATA(result);
	/* the amount's high half is the stored 32 bits, sign-extended */
	uint64		hi = pg_hton64((uint64) (int64) q->hi);
	uint64		lo = pg_hton64(q->lo);

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

	check_typmod(q, PG_GETARG_INT32(1), NULL);
	PG_RETURN_QUANTITY_P(q);
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

const char *
qty_basis_phrase(QtyBasis b)
{
	switch (b)
	{
		case QB_NET:
			return "a net weight";
		case QB_BULK:
			return "a bulk weight";
		case QB_GROSS:
			return "a gross weight";
		default:
			return "a mass of unstated basis";
	}
}

void
qty_check_same_basis(QtyBasis a, QtyBasis b, const char *op)
{
	if (a != b)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("cannot %s %s and %s", op, qty_basis_phrase(Min(a, b)), qty_basis_phrase(Max(a, b))),
				 errdetail("Masses of different weight bases do not add up: net, bulk and gross weights measure different things."),
				 errhint("Use tally() to keep bases apart, or set one basis with with_basis().")));
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

static int128
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
	PG_RETURN_QUANTITY_P(qty_make_like(q, qty_amount(q), u));
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

	PG_RETURN_QUANTITY_P(qty_make_basis(qty_amount(q), q->unit, true, qty_basis(q)));
}

PG_FUNCTION_INFO_V1(quantity_as_measured);
Datum
quantity_as_measured(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	PG_RETURN_QUANTITY_P(qty_make_basis(qty_amount(q), q->unit, false, qty_basis(q)));
}

QtyBasis
qty_basis_from_text(text *t)
{
	char	   *name = text_to_cstring(t);
	QtyBasis	b = qty_basis_lookup(name, (int) strlen(name));

	if (b == QB_NBASES && pg_strcasecmp(name, "unstated") == 0)
		b = QB_UNSTATED;
	if (b == QB_NBASES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weight basis \"%s\" is not known", name),
				 errhint("Use net, bulk, gross (순중량, 총중량) or unstated.")));
	return b;
}

PG_FUNCTION_INFO_V1(quantity_basis);
Datum
quantity_basis(PG_FUNCTION_ARGS)
{
	const char *name = qty_basis_name(qty_basis(PG_GETARG_QUANTITY_P(0)));

	if (name == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

/* with_basis(q, basis): q with its weight basis set; NULL makes it unstated. */
PG_FUNCTION_INFO_V1(quantity_with_basis);
Datum
quantity_with_basis(PG_FUNCTION_ARGS)
{
	Quantity   *q;
	QtyBasis	b = QB_UNSTATED;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	q = PG_GETARG_QUANTITY_P(0);
	if (!PG_ARGISNULL(1))
		b = qty_basis_from_text(PG_GETARG_TEXT_PP(1));
	if (b != QB_UNSTATED && qty_kind_dimension(qty_kind(q)) != QD_MASS)
	{
		char		buf[QTY_TEXT_MAX];

		qty_to_cstring(q, buf);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a weight basis applies only to a mass"),
				 errdetail("The value \"%s\" is %s.", buf, qty_kind_phrase(qty_kind(q))),
				 errhint("Convert it to a mass first with to_mass(quantity, substance).")));
	}
	PG_RETURN_QUANTITY_P(qty_make_basis(qty_amount(q), q->unit, qty_is_estimate(q), b));
}

/*
 * A numeric of at most 15 significant digits and 18 decimals as
 * factor * 10^-scale; false for any other (NaN and infinities included).
 */
static bool
numeric_decimal64(Datum num, int64 *factor, int *scale)
{
	QtyDecimal	d;
	char	   *text;
	int64		v = 0;
	int64		e;

	if (!numeric_decimal(num, &d, &text) || d.ndigits > 15)
		return false;
	for (int i = 0; i < d.ndigits; i++)
		v = v * 10 + (d.digits[i] - '0');
	e = d.exp10;
	if (e > 0)
	{
		if (d.ndigits + e > 15)
			return false;
		v *= (int64) qty_pow10((int) e);
		e = 0;
	}
	if (e < -18)
		return false;
	*factor = d.neg ? -v : v;
	*scale = (int) -e;
	return true;
}

int128
qty_mul_numeric(int128 amount, Datum factor)
{
	int64		f;
	int			s;
	int128		r;

	/* most factors are short: exact in 64-bit limbs, no numeric product */
	if (numeric_decimal64(factor, &f, &s) && qty_mul_decimal64(amount, f, s, &r) &&
		r < QTY_AMOUNT_LIMIT && r > -QTY_AMOUNT_LIMIT)
		return r;
	/* the rest, and every error, through numeric */
	return qty_numeric_scale(DirectFunctionCall2(numeric_mul, qty_int128_numeric(amount), factor), 1, 0);
}

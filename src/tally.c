/*
 * tally.c
 *	  The quantity_tally type: I/O, +, =, part(), parts(), and the tally()
 *	  and sum(quantity_tally) aggregates.
 */
#include "postgres.h"

#include "fmgr.h"
#include "common/hashfn.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "pg_compat.h"
#include "state_text.h"
#include "tally.h"

/*
 * Binary: version, part count, then per part kind, flags, two int64s.
 * Version 2 added the weight basis to the flags; version 1 (0.1.0) is read.
 */
#define TALLY_BINARY_VERSION 2
#define TALLY_BINARY_HEADER_SIZE 2
#define TALLY_BINARY_PART_SIZE 18

QtyTally *
tally_new(int nparts, MemoryContext cxt)
{
	QtyTally   *t = MemoryContextAllocZero(cxt, TALLY_SIZE(nparts));

	SET_VARSIZE(t, TALLY_SIZE(nparts));
	t->version = TALLY_VERSION;
	t->nparts = (uint8) nparts;
	return t;
}

QtyTally *
tally_copy(const QtyTally *t, MemoryContext cxt)
{
	QtyTally   *c = MemoryContextAlloc(cxt, VARSIZE(t));

	memcpy(c, t, VARSIZE(t));
	return c;
}

QtyTally *
tally_add_part(QtyTally *t, QtyKind kind, uint8 flags, int128 amount,
			   MemoryContext cxt, bool in_place, bool in_range)
{
	bool		found;
	int			i = tally_part_position(t->parts, t->nparts, kind, flags, &found);
	QtyTally   *r;

	if (found)
	{
		int128		sum = qty_add_amounts(tally_part_amount(&t->parts[i]), amount);

		if (in_range)
			qty_check_range(sum);
		r = in_place ? t : tally_copy(t, cxt);
		tally_part_set_amount(&r->parts[i], sum);
		return r;
	}
	/* a new part goes at position i */
	if (in_range)
		qty_check_range(amount);
	r = tally_new(t->nparts + 1, cxt);
	memcpy(r->parts, t->parts, sizeof(TallyPart) * i);
	memcpy(r->parts + i + 1, t->parts + i, sizeof(TallyPart) * (t->nparts - i));
	tally_part_init(&r->parts[i], kind, flags, amount);
	return r;
}

bool
tally_kind_total(const QtyTally *t, QtyKind kind, QtyBasis basis, int128 *sum, bool *estimate,
				 QtyBasis *basis_found)
{
	int			seen = -1;		/* the basis of the parts added */
	int			i;

	*sum = 0;
	*estimate = false;
	for (i = 0; i < t->nparts; i++)
	{
		const TallyPart *p = &t->parts[i];
		int128		a;

		if (p->kind != kind || (basis != TALLY_ANY_BASIS && tally_part_basis(p) != basis))
			continue;
		if (seen >= 0 && seen != (int) tally_part_basis(p))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("the tally holds masses of more than one weight basis"),
					 errdetail("Net, bulk and gross weights do not add up into one mass."),
					 errhint("Name the basis, as in part(t, 'mass', 'gross'); 'unstated' names masses without one.")));
		seen = (int) tally_part_basis(p);
		a = tally_part_amount(p);
		*sum = qty_add_amounts(*sum, a);
		if (tally_part_estimate(p) && a != 0)
			*estimate = true;
	}
	if (basis_found != NULL && seen >= 0)
		*basis_found = (QtyBasis) seen;
	return seen >= 0;
}

/*
 * Detail of the first broken invariant, or NULL: all states are checked.
 * Parts of a tally are in the quantity's range; parts of an aggregate's
 * state (in_range false) may be outside it until the final function.
 */
const char *
tally_problem(const QtyTally *t, bool in_range)
{
	StateProblem problem;

	if (VARSIZE(t) < TALLY_SIZE(0) || t->version != TALLY_VERSION || t->reserved != 0)
		return "The format version is not known.";
	if (t->nparts > TALLY_MAX_PARTS || VARSIZE(t) != TALLY_SIZE(t->nparts))
		return "The number of parts does not match the size.";
	problem = tally_parts_problem(t->parts, t->nparts, in_range);
	if (problem != SPC_OK)
		return state_problem_detail(problem);
	return NULL;
}

static Quantity *
part_quantity(const TallyPart *p)
{
	return qty_make_basis(tally_part_amount(p), qty_kind_unit((QtyKind) p->kind),
						  tally_part_estimate(p), tally_part_basis(p));
}

PG_FUNCTION_INFO_V1(quantity_tally_out);
Datum
quantity_tally_out(PG_FUNCTION_ARGS)
{
	QtyTally   *t = PG_GETARG_TALLY_P(0);
	char	   *buf = palloc(TALLY_TEXT_MAX(t->nparts));

	tally_format(t->parts, t->nparts, buf);
	PG_RETURN_CSTRING(buf);
}

/* Text input: quantities joined by "+", in any units and order. */
PG_FUNCTION_INFO_V1(quantity_tally_in);
Datum
quantity_tally_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	Node	   *escontext = INPUT_ESCONTEXT(fcinfo);
	TallyPart	parts[TALLY_MAX_PARTS];
	int			n;
	QtyParseCode part_code;
	QtyParsed	part;
	QtyTally   *t;

	switch (tally_parse(str, parts, &n, &part_code, &part,
						palloc(TALLY_PARSE_WORK(strlen(str)))))
	{
		case TPC_OK:
			break;
		case TPC_PART:
			qty_report_parse_error(part_code, &part, str, "quantity_tally", escontext);
			PG_RETURN_NULL();
		case TPC_DANGLING:
			ereturn(escontext, (Datum) 0,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type quantity_tally: \"%s\"", str),
					 errdetail("A quantity must follow each \"+\".")));
		case TPC_RANGE:
			ereturn(escontext, (Datum) 0,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("quantity out of range"),
					 errdetail(QTY_RANGE_DETAIL)));
	}
	t = tally_new(n, CurrentMemoryContext);
	memcpy(t->parts, parts, sizeof(TallyPart) * n);
	PG_RETURN_POINTER(t);
}

/* Binary form of a tally; quantity_tally_state uses the same. */
bytea *
tally_send_internal(const QtyTally *t)
{
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, TALLY_BINARY_VERSION);
	pq_sendbyte(&buf, t->nparts);
	for (i = 0; i < t->nparts; i++)
	{
		pq_sendbyte(&buf, t->parts[i].kind);
		pq_sendbyte(&buf, t->parts[i].flags);
		pq_sendint64(&buf, t->parts[i].hi);
		pq_sendint64(&buf, (int64) t->parts[i].lo);
	}
	return pq_endtypsend(&buf);
}

PG_FUNCTION_INFO_V1(quantity_tally_send);
Datum
quantity_tally_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(tally_send_internal(PG_GETARG_TALLY_P(0)));
}

QtyTally *
tally_recv_internal(StringInfo buf, const char *typname, bool in_range)
{
	int			version;
	int			n;
	int			i;
	QtyTally   *t;
	const char *problem;

	if (buf->len - buf->cursor < TALLY_BINARY_HEADER_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type %s", typname),
				 errdetail("The data is too short.")));
	version = pq_getmsgbyte(buf);
	n = pq_getmsgbyte(buf);
	if (version < 1 || version > TALLY_BINARY_VERSION || n > TALLY_MAX_PARTS ||
		buf->len - buf->cursor != n * TALLY_BINARY_PART_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type %s", typname),
				 errdetail("Expected format version 1 to %d and %d bytes for each of at most %d parts.",
						   TALLY_BINARY_VERSION, TALLY_BINARY_PART_SIZE, TALLY_MAX_PARTS)));
	t = tally_new(n, CurrentMemoryContext);
	for (i = 0; i < n; i++)
	{
		t->parts[i].kind = (uint8) pq_getmsgbyte(buf);
		t->parts[i].flags = (uint8) pq_getmsgbyte(buf);
		if (version == 1 && t->parts[i].flags > QTY_ESTIMATE)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary data for type %s", typname),
					 errdetail("A part has an unknown kind.")));
		t->parts[i].hi = pq_getmsgint64(buf);
		t->parts[i].lo = (uint64) pq_getmsgint64(buf);
	}
	if ((problem = tally_problem(t, in_range)) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type %s", typname),
				 errdetail("%s", problem)));
	return t;
}

PG_FUNCTION_INFO_V1(quantity_tally_recv);
Datum
quantity_tally_recv(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(tally_recv_internal((StringInfo) PG_GETARG_POINTER(0), "quantity_tally", true));
}

/* a + b into a new tally (or into a when in_place); ranges checked when in_range */
QtyTally *
tally_merge(QtyTally *a, const QtyTally *b, MemoryContext cxt, bool in_place, bool in_range)
{
	int			i;

	for (i = 0; i < b->nparts; i++)
	{
		QtyTally   *r = tally_add_part(a, (QtyKind) b->parts[i].kind, b->parts[i].flags,
									   tally_part_amount(&b->parts[i]), cxt, in_place, in_range);

		in_place = in_place || r != a;	/* a fresh copy is ours to change */
		a = r;
	}
	return in_place ? a : tally_copy(a, cxt);
}

PG_FUNCTION_INFO_V1(quantity_tally_add);
Datum
quantity_tally_add(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(tally_merge(PG_GETARG_TALLY_P(0), PG_GETARG_TALLY_P(1),
								  CurrentMemoryContext, false, true));
}

/* t + q into a new tally */
static QtyTally *
tally_plus_quantity(QtyTally *t, const Quantity *q)
{
	return tally_add_part(t, qty_kind(q), q->flags, qty_amount(q),
						  CurrentMemoryContext, false, true);
}

PG_FUNCTION_INFO_V1(quantity_tally_add_quantity);
Datum
quantity_tally_add_quantity(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(tally_plus_quantity(PG_GETARG_TALLY_P(0), PG_GETARG_QUANTITY_P(1)));
}

PG_FUNCTION_INFO_V1(quantity_tally_add_to_quantity);
Datum
quantity_tally_add_to_quantity(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(tally_plus_quantity(PG_GETARG_TALLY_P(1), PG_GETARG_QUANTITY_P(0)));
}

PG_FUNCTION_INFO_V1(quantity_tally_from_quantity);
Datum
quantity_tally_from_quantity(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	PG_RETURN_POINTER(tally_add_part(tally_new(0, CurrentMemoryContext), qty_kind(q),
									 q->flags, qty_amount(q),
									 CurrentMemoryContext, true, true));
}

static bool
tally_equal(const QtyTally *a, const QtyTally *b)
{
	return VARSIZE(a) == VARSIZE(b) && memcmp(a, b, VARSIZE(a)) == 0;
}

PG_FUNCTION_INFO_V1(quantity_tally_eq);
Datum
quantity_tally_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(tally_equal(PG_GETARG_TALLY_P(0), PG_GETARG_TALLY_P(1)));
}

PG_FUNCTION_INFO_V1(quantity_tally_ne);
Datum
quantity_tally_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!tally_equal(PG_GETARG_TALLY_P(0), PG_GETARG_TALLY_P(1)));
}

PG_FUNCTION_INFO_V1(quantity_tally_hash);
Datum
quantity_tally_hash(PG_FUNCTION_ARGS)
{
	QtyTally   *t = PG_GETARG_TALLY_P(0);

	return hash_any((unsigned char *) t->parts, sizeof(TallyPart) * t->nparts);
}

/* The kind a SQL argument names; ERROR 22023 when it names none. */
static QtyKind
kind_arg(text *arg)
{
	char	   *name = text_to_cstring(arg);
	QtyKind		kind;

	if (!qty_kind_lookup(name, &kind))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" is not a kind of quantity", name),
				 errhint("Use \"mass\", \"volume\" or a count unit such as \"tablet\".")));
	return kind;
}

/* part(t, kind [, basis]): the total of one kind (and basis), or NULL. */
PG_FUNCTION_INFO_V1(tally_part);
Datum
tally_part(PG_FUNCTION_ARGS)
{
	QtyTally   *t = PG_GETARG_TALLY_P(0);
	QtyKind		kind = kind_arg(PG_GETARG_TEXT_PP(1));
	QtyBasis	basis = TALLY_ANY_BASIS;
	QtyBasis	found;
	int128		sum;
	bool		estimate;

	if (PG_NARGS() > 2)
	{
		basis = qty_basis_from_text(PG_GETARG_TEXT_PP(2));
		if (basis != QB_UNSTATED && kind != QK_MASS)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("a weight basis applies only to a mass"),
					 errhint("Name the basis of kind \"mass\" only, or use part(t, kind).")));
	}
	/* the result carries the basis of the parts it adds */
	if (!tally_kind_total(t, kind, basis, &sum, &estimate, &found))
		PG_RETURN_NULL();
	PG_RETURN_QUANTITY_P(qty_make_basis(sum, qty_kind_unit(kind), estimate, found));
}

PG_FUNCTION_INFO_V1(tally_parts);
Datum
tally_parts(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	QtyTally   *t;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		t = (QtyTally *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0));
		funcctx->user_fctx = t;
		funcctx->max_calls = t->nparts;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	t = (QtyTally *) funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		/* evaluated first: SRF_RETURN_NEXT advances call_cntr */
		Datum		part = PointerGetDatum(part_quantity(&t->parts[funcctx->call_cntr]));

		SRF_RETURN_NEXT(funcctx, part);
	}
	SRF_RETURN_DONE(funcctx);
}

/* ---- aggregates: tally(quantity), sum(quantity_tally) ---- */

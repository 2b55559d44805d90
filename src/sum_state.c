/*
 * sum_state.c
 *	  sum(quantity), avg(quantity), min(quantity), max(quantity).
 *
 * The state carries the exact sum (int128 steps), the count, the set of
 * units seen and the estimate flag, so the result and its unit are the same
 * however the rows were split among workers or nodes.  Its text form is
 *		n=<count> sum=<steps> units=<unit>,<unit>[ estimate]
 * and reads back exactly; combine and final functions accept only states
 * that text input would accept.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "nodes/primnodes.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "pg_compat.h"
#include "sum_state.h"

#define QSS_BINARY_VERSION 1

/* Checks a state's invariants; detail of the first one broken, or NULL. */
static const char *
state_problem(const QtySumState *s)
{
	int			u;

	if (s->count < 0)
		return "The count is negative.";
	if (s->reserved != 0 || (s->flags & ~QSS_ESTIMATE) != 0)
		return "Unknown flags are set.";
	if (s->count == 0)
		return (s->units == 0 && qss_sum(s) == 0 && s->flags == 0 && s->kind == 0) ?
			NULL : "An empty state has no sum, units or flags.";
	if (s->units == 0 || (s->units & ~(QTY_UNIT_BIT(QU_NUNITS) - 1)) != 0 ||
		(s->units & QTY_UNIT_BIT(QU_INVALID)) != 0)
		return "The set of units is empty or holds unknown units.";
	if (s->kind >= QK_NKINDS)
		return "The kind is not known.";
	for (u = 1; u < QU_NUNITS; u++)
		if ((s->units & QTY_UNIT_BIT(u)) && qty_units[u].kind != s->kind)
			return "All units of a sum must be of one kind.";
	return NULL;
}

static QtySumState *
new_state(FunctionCallInfo fcinfo)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		aggcontext = CurrentMemoryContext;
	return (QtySumState *) MemoryContextAllocZero(aggcontext, sizeof(QtySumState));
}

/* Names the aggregate running (sum or avg share their functions). */
static const char *
agg_name(FunctionCallInfo fcinfo)
{
	Aggref	   *aggref = AggGetAggref(fcinfo);
	char	   *name = aggref ? get_func_name(aggref->aggfnoid) : NULL;

	return name ? name : "sum";
}

/* The kinds are named in their sort order, so the message is the same in every plan. */
static void
mixed_kinds(QtyKind a, QtyKind b, const char *agg)
{
	if (qty_kind_rank[a] > qty_kind_rank[b])
	{
		QtyKind		t = a;

		a = b;
		b = t;
	}
	ereport(ERROR,
			(errcode(ERRCODE_DATA_EXCEPTION),
			 errmsg("%s() cannot add %s and %s", agg, qty_kind_phrase(a), qty_kind_phrase(b)),
			 errdetail("Quantities of different kinds do not add up."),
			 errhint("Use tally(), which keeps one total per kind, or filter the rows by kind().")));
}

/* Adds one quantity; state is in the aggregate's memory. */
static inline void
state_add(QtySumState *s, const Quantity *q, FunctionCallInfo fcinfo)
{
	uint32		unit_bit = QTY_UNIT_BIT(q->unit);
	int128		sum;

	/* a unit already in the sum is of its kind: most rows stop here */
	if (unlikely((s->units & unit_bit) == 0))
	{
		QtyKind		kind = qty_kind(q);

		if (s->count == 0)
			s->kind = (uint8) kind;
		else if (s->kind != kind)
			mixed_kinds((QtyKind) s->kind, kind, agg_name(fcinfo));
		s->units |= unit_bit;
	}
	if (unlikely(__builtin_add_overflow(qss_sum(s), qty_amount(q), &sum) ||
				 __builtin_add_overflow(s->count, 1, &s->count)))
		qty_check_range(QTY_AMOUNT_LIMIT);
	qss_set_sum(s, sum);
	s->flags |= q->flags & QTY_ESTIMATE;	/* QSS_ESTIMATE is the same bit */
}

StaticAssertDecl(QSS_ESTIMATE == QTY_ESTIMATE, "the estimate bit is shared");

/* Whether the state may be updated in place: called as an aggregate. */
static inline bool
in_aggregate(FunctionCallInfo fcinfo)
{
	/* the common case without a call; window aggregates take the long way */
	if (fcinfo->context && IsA(fcinfo->context, AggState))
		return true;
	return AggCheckCallContext(fcinfo, NULL) != 0;
}

PG_FUNCTION_INFO_V1(quantity_sum_trans);
Datum
quantity_sum_trans(PG_FUNCTION_ARGS)
{
	QtySumState *s = PG_ARGISNULL(0) ? NULL : (QtySumState *) PG_GETARG_POINTER(0);

	if (PG_ARGISNULL(1))
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	if (s == NULL)
		s = new_state(fcinfo);
	else if (!in_aggregate(fcinfo))
	{
		/* called directly: never scribble on the caller's value */
		QtySumState *copy = palloc(sizeof(QtySumState));

		memcpy(copy, s, sizeof(QtySumState));
		s = copy;
	}
	state_add(s, PG_GETARG_QUANTITY_P(1), fcinfo);
	PG_RETURN_POINTER(s);
}

static void
check_state(const QtySumState *s)
{
	const char *problem = state_problem(s);

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid quantity_sum_state"),
				 errdetail("%s", problem)));
}

PG_FUNCTION_INFO_V1(quantity_sum_combine);
Datum
quantity_sum_combine(PG_FUNCTION_ARGS)
{
	QtySumState *a = PG_ARGISNULL(0) ? NULL : (QtySumState *) PG_GETARG_POINTER(0);
	QtySumState *b = PG_ARGISNULL(1) ? NULL : (QtySumState *) PG_GETARG_POINTER(1);
	QtySumState *r;
	int128		sum;

	if (b)
		check_state(b);
	if (a)
		check_state(a);
	if (b == NULL || b->count == 0)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL || !AggCheckCallContext(fcinfo, NULL))
	{
		r = new_state(fcinfo);
		if (a)
			memcpy(r, a, sizeof(QtySumState));
	}
	else
		r = a;
	if (r->count == 0)
	{
		memcpy(r, b, sizeof(QtySumState));
		PG_RETURN_POINTER(r);
	}
	if (r->kind != b->kind)
		mixed_kinds((QtyKind) r->kind, (QtyKind) b->kind, agg_name(fcinfo));
	if (__builtin_add_overflow(qss_sum(r), qss_sum(b), &sum) ||
		__builtin_add_overflow(r->count, b->count, &r->count))
		qty_check_range(QTY_AMOUNT_LIMIT);
	qss_set_sum(r, sum);
	r->units |= b->units;
	r->flags |= b->flags;
	PG_RETURN_POINTER(r);
}

static Quantity *
state_result(const QtySumState *s, int128 amount)
{
	return qty_make(amount, qty_result_unit(s->units, (QtyKind) s->kind),
					(s->flags & QSS_ESTIMATE) != 0);
}

PG_FUNCTION_INFO_V1(quantity_sum_final);
Datum
quantity_sum_final(PG_FUNCTION_ARGS)
{
	QtySumState *s = PG_ARGISNULL(0) ? NULL : (QtySumState *) PG_GETARG_POINTER(0);

	if (s == NULL || s->count == 0)
		PG_RETURN_NULL();
	check_state(s);
	PG_RETURN_QUANTITY_P(state_result(s, qss_sum(s)));
}

PG_FUNCTION_INFO_V1(quantity_avg_final);
Datum
quantity_avg_final(PG_FUNCTION_ARGS)
{
	QtySumState *s = PG_ARGISNULL(0) ? NULL : (QtySumState *) PG_GETARG_POINTER(0);

	if (s == NULL || s->count == 0)
		PG_RETURN_NULL();
	check_state(s);
	/* half to even at one step (1 pg, 1 pL, 10^-12 item) */
	PG_RETURN_QUANTITY_P(state_result(s, qty_div_round(qss_sum(s), s->count)));
}

/* ---- text and binary I/O of the state ---- */

PG_FUNCTION_INFO_V1(quantity_sum_state_out);
Datum
quantity_sum_state_out(PG_FUNCTION_ARGS)
{
	QtySumState *s = (QtySumState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	char		num[48];
	int			u;
	bool		first = true;

	initStringInfo(&buf);
	qty_int128_to_str(qss_sum(s), num);
	appendStringInfo(&buf, "n=" INT64_FORMAT " sum=%s units=", s->count, num);
	for (u = 1; u < QU_NUNITS; u++)
		if (s->units & QTY_UNIT_BIT(u))
		{
			appendStringInfo(&buf, "%s%s", first ? "" : ",", qty_units[u].symbol);
			first = false;
		}
	if (s->flags & QSS_ESTIMATE)
		appendStringInfoString(&buf, " estimate");
	PG_RETURN_CSTRING(buf.data);
}

/* p past word, or NULL (with *detail set) when word is not at p. */
static const char *
expect(const char *p, const char *word, const char **detail)
{
	size_t		n = strlen(word);

	if (p == NULL)
		return NULL;
	if (strncmp(p, word, n) != 0)
	{
		*detail = psprintf("Expected \"%s\".", word);
		return NULL;
	}
	return p + n;
}

/* Reads the text form into s; the detail of what is wrong, or NULL. */
static const char *
state_parse(const char *text, QtySumState *s)
{
	const char *detail = NULL;
	const char *p = text;
	int128		v;

	if ((p = expect(p, "n=", &detail)) == NULL)
		return detail;
	if (!qty_str_to_int128(p, &p, &v) || v < 0 || v > PG_INT64_MAX)
		return "The count must be a whole number from 0.";
	s->count = (int64) v;
	if ((p = expect(p, " sum=", &detail)) == NULL)
		return detail;
	if (!qty_str_to_int128(p, &p, &v))
		return "The sum must be a whole number of steps.";
	qss_set_sum(s, v);
	if ((p = expect(p, " units=", &detail)) == NULL)
		return detail;
	while (*p && *p != ' ')
	{
		const char *e = p;
		QtyUnit		u = QU_INVALID;
		int			i;

		while (*e && *e != ',' && *e != ' ')
			e++;
		for (i = 1; i < QU_NUNITS; i++)
			if ((size_t) (e - p) == strlen(qty_units[i].symbol) &&
				strncmp(p, qty_units[i].symbol, e - p) == 0)
				u = (QtyUnit) i;
		if (u == QU_INVALID)
			return "Units are written by their symbols, separated by commas.";
		s->units |= QTY_UNIT_BIT(u);
		s->kind = (uint8) qty_units[u].kind;
		p = *e == ',' ? e + 1 : e;
	}
	if (*p == ' ')
	{
		if ((p = expect(p, " estimate", &detail)) == NULL)
			return detail;
		s->flags |= QSS_ESTIMATE;
	}
	if (*p != '\0')
		return "Unexpected text after the state.";
	return state_problem(s);
}

PG_FUNCTION_INFO_V1(quantity_sum_state_in);
Datum
quantity_sum_state_in(PG_FUNCTION_ARGS)
{
	const char *text = PG_GETARG_CSTRING(0);
	QtySumState *s = palloc0(sizeof(QtySumState));
	const char *detail = state_parse(text, s);

	if (detail != NULL)
		ereturn(INPUT_ESCONTEXT(fcinfo), (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type quantity_sum_state: \"%s\"", text),
				 errdetail("%s", detail)));
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(quantity_sum_state_send);
Datum
quantity_sum_state_send(PG_FUNCTION_ARGS)
{
	QtySumState *s = (QtySumState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, QSS_BINARY_VERSION);
	pq_sendint64(&buf, s->count);
	pq_sendint64(&buf, s->sum_hi);
	pq_sendint64(&buf, (int64) s->sum_lo);
	pq_sendint32(&buf, s->units);
	pq_sendbyte(&buf, s->flags);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(quantity_sum_state_recv);
Datum
quantity_sum_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	QtySumState *s = palloc0(sizeof(QtySumState));
	const char *problem;
	int			u;

	if (buf->len - buf->cursor != 30 || pq_getmsgbyte(buf) != QSS_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity_sum_state"),
				 errdetail("Expected 30 bytes of format version %d.", QSS_BINARY_VERSION)));
	s->count = pq_getmsgint64(buf);
	s->sum_hi = pq_getmsgint64(buf);
	s->sum_lo = (uint64) pq_getmsgint64(buf);
	s->units = (uint32) pq_getmsgint(buf, 4);
	s->flags = (uint8) pq_getmsgbyte(buf);
	for (u = 1; u < QU_NUNITS; u++)
		if (s->units & QTY_UNIT_BIT(u))
			s->kind = (uint8) qty_units[u].kind;
	if ((problem = state_problem(s)) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity_sum_state"),
				 errdetail("%s", problem)));
	PG_RETURN_POINTER(s);
}

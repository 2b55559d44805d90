/*
 * sum_state.c
 *	  sum(quantity), avg(quantity), min(quantity), max(quantity).
 *
 * The state carries the exact sum (int128 steps), the count, the set of
 * units seen, the set of weight bases seen and the estimate flag, so the
 * result and its unit are the same however the rows were split among
 * workers or nodes.  Its text form is
 *		n=<count> sum=<steps> units=<unit>,<unit>[ basis=<basis>,<basis>][ estimate]
 * (no basis part when every input was of unstated basis) and reads back
 * exactly; combine and final functions accept only states that text input
 * would accept.
 *
 * Rows of different kinds make a mixed state (units of several kinds, sum
 * 0) rather than an error at once, and masses of different weight bases a
 * state of several bases: only the final function sees every row, so only
 * it can name the same two kinds (or bases), and the user's aggregate rather
 * than Citus's worker_partial_agg or coord_combine_agg, in every plan.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "nodes/primnodes.h"
#include "utils/builtins.h"

#include "amount_out.h"
#include "pg_compat.h"
#include "quantity.h"
#include "state_text.h"

/*
 * Binary: version, count, sum (two int64s), units, flags; version 2 adds the
 * bases byte.  Version 1 (0.1.0) is read.
 */
#define QSS_BINARY_VERSION 2
#define QSS_BINARY_V1_SIZE 30
#define QSS_BINARY_SIZE 31

/* The detail of what is wrong with a state, or NULL. */
static const char *
state_problem(const QtySumState *s)
{
	StateProblem p = qss_problem(s);

	return p == SPC_OK ? NULL : state_problem_detail(p);
}

static QtySumState *
new_state(FunctionCallInfo fcinfo)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		aggcontext = CurrentMemoryContext;
	return (QtySumState *) MemoryContextAllocZero(aggcontext, sizeof(QtySumState));
}

/*
 * The error of a mixed state, raised by the final function of agg (sum or
 * avg).  It names the two first kinds of the state in the kinds' sort order
 * (mass, volume, then count units alphabetically), a choice that depends
 * only on the set of units seen, never on the rows' order or split.
 */
static void
mixed_kinds_error(const QtySumState *s, const char *agg)
{
	QtyKind		a = QK_NKINDS;
	QtyKind		b = QK_NKINDS;
	int			u;

	for (u = 1; u < QU_NUNITS; u++)
		if (s->units & QTY_UNIT_BIT(u))
		{
			QtyKind		k = qty_units[u].kind;

			if (a == QK_NKINDS || qty_kind_rank[k] < qty_kind_rank[a])
			{
				b = a;
				a = k;
			}
			else if (k != a && (b == QK_NKINDS || qty_kind_rank[k] < qty_kind_rank[b]))
				b = k;
		}
	Assert(b < QK_NKINDS);
	ereport(ERROR,
			(errcode(ERRCODE_DATA_EXCEPTION),
			 errmsg("%s() cannot add %s and %s", agg, qty_kind_phrase(a), qty_kind_phrase(b)),
			 errdetail("Quantities of different kinds do not add up."),
			 errhint("Use tally(), which keeps one total per kind, or filter the rows by kind().")));
}

/*
 * The error of masses of more than one weight basis, raised by the final
 * function of agg: it names the two first bases in their order (unstated,
 * net, bulk, gross), a choice that depends only on the set of bases seen.
 */
static void
mixed_bases_error(const QtySumState *s, const char *agg)
{
	uint8		bases = qss_bases(s);
	int			a = -1;
	int			b = -1;

	for (int i = 0; i < QB_NBASES; i++)
		if (bases & (1 << i))
		{
			if (a < 0)
				a = i;
			else if (b < 0)
				b = i;
		}
	ereport(ERROR,
			(errcode(ERRCODE_DATA_EXCEPTION),
			 errmsg("%s() cannot add %s and %s", agg, qty_basis_phrase((QtyBasis) a),
					qty_basis_phrase((QtyBasis) b)),
			 errdetail("Masses of different weight bases do not add up: net, bulk and gross weights measure different things."),
			 errhint("Use tally(), which keeps one total per basis, or filter the rows by basis().")));
}

/* Makes s the mixed state of its rows plus count rows of another kind in units. */
static void
state_mix(QtySumState *s, uint32 units, int64 count, uint8 flags)
{
	if (__builtin_add_overflow(s->count, count, &s->count))
		qty_check_range(QTY_AMOUNT_LIMIT);
	s->units |= units;
	s->kind = QSS_MIXED;
	s->flags |= flags;
	qss_set_sum(s, 0);
}

/* Adds one quantity; state is in the aggregate's memory. */
static inline void
state_add(QtySumState *s, const Quantity *q)
{
	uint32		unit_bit = QTY_UNIT_BIT(q->unit);
	int128		sum;

	/* a unit already in a sum of one kind is of that kind: most rows stop here */
	if (unlikely((s->units & unit_bit) == 0 || s->kind == QSS_MIXED))
	{
		QtyKind		kind = qty_kind(q);

		if (s->count == 0)
			s->kind = (uint8) kind;
		else if (s->kind != kind)
		{
			state_mix(s, unit_bit, 1, qty_is_estimate(q) ? QSS_ESTIMATE : 0);
			return;
		}
		s->units |= unit_bit;
	}
	if (unlikely(__builtin_add_overflow(qss_sum(s), qty_amount(q), &sum) ||
				 __builtin_add_overflow(s->count, 1, &s->count)))
		qty_check_range(QTY_AMOUNT_LIMIT);
	qss_set_sum(s, sum);
	s->bases |= (uint8) (1 << qty_basis(q));
	if (qty_is_estimate(q))
		s->flags |= QSS_ESTIMATE;
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
	else if (!AggCheckCallContext(fcinfo, NULL))
	{
		/* called directly: never scribble on the caller's value */
		QtySumState *copy = palloc(sizeof(QtySumState));

		memcpy(copy, s, sizeof(QtySumState));
		s = copy;
	}
	state_add(s, PG_GETARG_QUANTITY_P(1));
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
	if (r->kind != b->kind || r->kind == QSS_MIXED)
	{
		state_mix(r, b->units, b->count, b->flags);
		PG_RETURN_POINTER(r);
	}
	if (__builtin_add_overflow(qss_sum(r), qss_sum(b), &sum) ||
		__builtin_add_overflow(r->count, b->count, &r->count))
		qty_check_range(QTY_AMOUNT_LIMIT);
	qss_set_sum(r, sum);
	r->units |= b->units;
	r->flags |= b->flags;
	r->bases = qss_bases(r) | qss_bases(b);
	PG_RETURN_POINTER(r);
}

/* The result of a state of one kind and one basis (errors first). */
static Quantity *
state_result(const QtySumState *s, int128 amount, const char *agg)
{
	uint8		bases = qss_bases(s);
	QtyBasis	basis = QB_UNSTATED;

	if (s->kind == QSS_MIXED)
		mixed_kinds_error(s, agg);
	if ((bases & (bases - 1)) != 0)
		mixed_bases_error(s, agg);
	while ((bases >> basis) != 1)
		basis++;
	return qty_make_basis(amount, qty_result_unit(s->units, (QtyKind) s->kind),
						  (s->flags & QSS_ESTIMATE) != 0, basis);
}

PG_FUNCTION_INFO_V1(quantity_sum_final);
Datum
quantity_sum_final(PG_FUNCTION_ARGS)
{
	QtySumState *s = PG_ARGISNULL(0) ? NULL : (QtySumState *) PG_GETARG_POINTER(0);

	if (s == NULL || s->count == 0)
		PG_RETURN_NULL();
	check_state(s);
	PG_RETURN_QUANTITY_P(state_result(s, qss_sum(s), "sum"));
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
	PG_RETURN_QUANTITY_P(state_result(s, qty_div_round(qss_sum(s), s->count), "avg"));
}

/* ---- text and binary I/O of the state ---- */

/*
 * The text form's two lists, units and bases: the canonical names of the
 * bits of a mask, joined by commas.  name(i) is NULL for no name.
 */
PG_FUNCTION_INFO_V1(quantity_sum_state_out);
Datum
quantity_sum_state_out(PG_FUNCTION_ARGS)
{
	QtySumState *s = (QtySumState *) PG_GETARG_POINTER(0);
	char	   *buf = palloc(QSS_TEXT_MAX);

	qss_format(s, buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(quantity_sum_state_in);
Datum
quantity_sum_state_in(PG_FUNCTION_ARGS)
{
	const char *text = PG_GETARG_CSTRING(0);
	QtySumState *s = palloc0(sizeof(QtySumState));
	StateProblem problem = qss_parse(text, s);

	if (problem != SPC_OK)
		ereturn(INPUT_ESCONTEXT(fcinfo), (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type quantity_sum_state: \"%s\"", text),
				 errdetail("%s", state_problem_detail(problem))));
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
	/* 0.1.0's "unstated" (0) sent as the bit it means: one state, one form */
	pq_sendbyte(&buf, s->count > 0 ? qss_bases(s) : 0);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(quantity_sum_state_recv);
Datum
quantity_sum_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	QtySumState *s = palloc0(sizeof(QtySumState));
	const char *problem;
	int			len = buf->len - buf->cursor;
	int			version = len > 0 ? (unsigned char) buf->data[buf->cursor] : -1;

	if (!((version == 1 && len == QSS_BINARY_V1_SIZE) ||
		  (version == QSS_BINARY_VERSION && len == QSS_BINARY_SIZE)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity_sum_state"),
				 errdetail("Expected %d bytes of format version %d, or %d of version 1.",
						   QSS_BINARY_SIZE, QSS_BINARY_VERSION, QSS_BINARY_V1_SIZE)));
	(void) pq_getmsgbyte(buf);
	s->count = pq_getmsgint64(buf);
	s->sum_hi = pq_getmsgint64(buf);
	s->sum_lo = (uint64) pq_getmsgint64(buf);
	s->units = (uint32) pq_getmsgint(buf, 4);
	s->flags = (uint8) pq_getmsgbyte(buf);
	if (version == QSS_BINARY_VERSION)
		s->bases = (uint8) pq_getmsgbyte(buf);
	if (s->units != 0 && (s->units & ~QTY_UNITS_KNOWN) == 0)
		s->kind = qss_units_kind(s->units);
	if ((problem = state_problem(s)) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity_sum_state"),
				 errdetail("%s", problem)));
	if (s->count > 0)
		s->bases = qss_bases(s);	/* version 1 had no bases: unstated */
	PG_RETURN_POINTER(s);
}

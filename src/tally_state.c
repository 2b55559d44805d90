/*
 * tally_state.c
 *	  quantity_tally_state: the transition state of tally(quantity) and
 *	  sum(quantity_tally).
 *
 * The state is a tally whose parts may leave the quantity's range while
 * rows are being added; only the final function checks the range.  So
 * tally() succeeds or fails as sum() does, on the final totals, whatever
 * the order of the rows or their split among workers and Citus nodes
 * (a check at every step would depend on the order: 60 + 60 - 40 fails
 * where -40 + 60 + 60 succeeds).
 *
 * In memory and in binary the state is laid out as a quantity_tally.  Its
 * text form (state_text.c) gives every part in base steps (1 pg, 1 pL,
 * 10^-12 item) and reads back exactly.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "pg_compat.h"
#include "state_text.h"
#include "tally.h"

/*
 * Combine and final functions take values that text input would accept: a
 * quantity_tally_state, or with in_range a quantity_tally (the 0.1.0
 * functions quantity_tally_trans and quantity_tally_combine, below).
 */
static void
check_value(const QtyTally *t, bool in_range)
{
	const char *problem = tally_problem(t, in_range);

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s", in_range ? "quantity_tally" : "quantity_tally_state"),
				 errdetail("%s", problem)));
}

PG_FUNCTION_INFO_V1(quantity_tally_state_out);
Datum
quantity_tally_state_out(PG_FUNCTION_ARGS)
{
	QtyTally   *t = PG_GETARG_TALLY_P(0);
	char	   *buf = palloc(TALLY_STATE_TEXT_MAX(t->nparts));

	tally_state_format(t->parts, t->nparts, buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(quantity_tally_state_in);
Datum
quantity_tally_state_in(PG_FUNCTION_ARGS)
{
	const char *text = PG_GETARG_CSTRING(0);
	TallyPart	parts[TALLY_MAX_PARTS];
	int			n;
	StateProblem problem = tally_state_parse(text, parts, &n);
	QtyTally   *t;

	if (problem != SPC_OK)
		ereturn(INPUT_ESCONTEXT(fcinfo), (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type quantity_tally_state: \"%s\"", text),
				 errdetail("%s", state_problem_detail(problem))));
	t = tally_new(n, CurrentMemoryContext);
	memcpy(t->parts, parts, sizeof(TallyPart) * n);
	PG_RETURN_POINTER(t);
}

PG_FUNCTION_INFO_V1(quantity_tally_state_send);
Datum
quantity_tally_state_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(tally_send_internal(PG_GETARG_TALLY_P(0)));
}

PG_FUNCTION_INFO_V1(quantity_tally_state_recv);
Datum
quantity_tally_state_recv(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(tally_recv_internal((StringInfo) PG_GETARG_POINTER(0),
										  "quantity_tally_state", false));
}

/*
 * The state to add to: the aggregate's own (changed in place), or a fresh
 * copy in the aggregate's memory, never a value that came from outside.
 */
static QtyTally *
state_for_update(FunctionCallInfo fcinfo, bool *in_place, MemoryContext *cxt)
{
	QtyTally   *t;

	*in_place = AggCheckCallContext(fcinfo, cxt);
	if (!*in_place)
		*cxt = CurrentMemoryContext;
	if (PG_ARGISNULL(0))
	{
		*in_place = true;		/* fresh: ours to change */
		return tally_new(0, *cxt);
	}
	t = PG_GETARG_TALLY_P(0);
	/* a detoasted copy is not the aggregate's value */
	if ((Pointer) t != DatumGetPointer(PG_GETARG_DATUM(0)))
		*in_place = false;
	return t;
}

/* Adds the quantity in argument 1: tally()'s transition, with in_range 0.1.0's. */
static Datum
state_trans(FunctionCallInfo fcinfo, bool in_range)
{
	MemoryContext cxt;
	bool		in_place;
	QtyTally   *t;
	Quantity   *q;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	q = PG_GETARG_QUANTITY_P(1);
	t = state_for_update(fcinfo, &in_place, &cxt);
	PG_RETURN_POINTER(tally_add_part(t, qty_kind(q), q->flags, qty_amount(q),
									 cxt, in_place, in_range));
}

/* tally(quantity): adds one row, without a range check */
PG_FUNCTION_INFO_V1(quantity_tally_state_trans);
Datum
quantity_tally_state_trans(PG_FUNCTION_ARGS)
{
	return state_trans(fcinfo, false);
}

/* 0.1.0's transition of tally(), which checked the range at every row */
PG_FUNCTION_INFO_V1(quantity_tally_trans);
Datum
quantity_tally_trans(PG_FUNCTION_ARGS)
{
	return state_trans(fcinfo, true);
}

/*
 * Adds the tally or state in argument 1 to the state in argument 0: the
 * transition of sum(quantity_tally) and the combine function of both.
 */
static Datum
state_merge(FunctionCallInfo fcinfo, bool in_range)
{
	MemoryContext cxt;
	bool		in_place;
	QtyTally   *t;
	QtyTally   *b;

	/* a state passed by a caller is checked; the aggregate's own is ours */
	bool		own_state = AggCheckCallContext(fcinfo, NULL);

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		if (!own_state)
			check_value(PG_GETARG_TALLY_P(0), in_range);
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = PG_GETARG_TALLY_P(1);
	check_value(b, in_range);
	if (!PG_ARGISNULL(0) && !own_state)
		check_value(PG_GETARG_TALLY_P(0), in_range);
	t = state_for_update(fcinfo, &in_place, &cxt);
	PG_RETURN_POINTER(tally_merge(t, b, cxt, in_place, in_range));
}

PG_FUNCTION_INFO_V1(quantity_tally_state_add);
Datum
quantity_tally_state_add(PG_FUNCTION_ARGS)
{
	return state_merge(fcinfo, false);
}

PG_FUNCTION_INFO_V1(quantity_tally_state_combine);
Datum
quantity_tally_state_combine(PG_FUNCTION_ARGS)
{
	return state_merge(fcinfo, false);
}

/* 0.1.0's combine function of tally(), which checked the range */
PG_FUNCTION_INFO_V1(quantity_tally_combine);
Datum
quantity_tally_combine(PG_FUNCTION_ARGS)
{
	return state_merge(fcinfo, true);
}

/* The tally of the state: ERROR 22003, as sum() gives, when a part is out of range. */
PG_FUNCTION_INFO_V1(quantity_tally_state_final);
Datum
quantity_tally_state_final(PG_FUNCTION_ARGS)
{
	QtyTally   *t;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	t = PG_GETARG_TALLY_P(0);
	check_value(t, false);
	for (i = 0; i < t->nparts; i++)
		qty_check_range(tally_part_amount(&t->parts[i]));
	PG_RETURN_POINTER(tally_copy(t, CurrentMemoryContext));
}

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
#include "sum_state.h"

/*
 * Binary: version, count, sum (two int64s), units, flags; version 2 adds the
 * bases byte.  Version 1 (0.1.0) is read.
 */
#define QSS_BINARY_VERSION 2
#define QSS_BINARY_V1_SIZE 30
#define QSS_BINARY_SIZE 31

/* The kind of a non-empty set of units: their shared kind, else QSS_MIXED. */
static uint8
units_kind(uint32 units)
{
	int			kind = -1;
	int			u;

	for (u = 1; u < QU_NUNITS; u++)
		if (units & QTY_UNIT_BIT(u))
		{
			if (kind >= 0 && kind != (int) qty_units[u].kind)
				return QSS_MIXED;
			kind = (int) qty_units[u].kind;
		}
	return (uint8) kind;
}

/*
 * A non-empty state read without a basis (text of unstated masses and of
 * other kinds, binary version 1) gets the unstated one that the transition
 * function records: one state, one binary form, however it was made.
 */
static void
state_fill_bases(QtySumState *s)
{
	if (s->count > 0 && s->bases == 0)
		s->bases = (uint8) (1 << QB_UNSTATED);
}

/* Checks a state's invariants; detail of the first one broken, or NULL. */
static const char *
state_problem(const QtySumState *s)
{

	if (s->count < 0)
		return "The count is negative.";
	if (s->reserved != 0 || (s->flags & ~QSS_ESTIMATE) != 0 ||
		(s->bases & ~((1 << QB_NBASES) - 1)) != 0)
		return "Unknown flags are set.";
	if (s->count == 0)
		return (s->units == 0 && qss_sum(s) == 0 && s->flags == 0 && s->kind == 0 &&
				s->bases == 0) ?
			NULL : "An empty state has no sum, units or flags.";
	if (s->units == 0 || (s->units & ~(QTY_UNIT_BIT(QU_NUNITS) - 1)) != 0 ||
		(s->units & QTY_UNIT_BIT(QU_INVALID)) != 0)
		return "The set of units is empty or holds unknown units.";
	if (s->kind != units_kind(s->units))
		return "The kind does not match the units.";
	if (s->kind == QSS_MIXED && qss_sum(s) != 0)
		return "A state of mixed kinds has no sum.";
	if (s->kind != QK_MASS && s->kind != QSS_MIXED && qss_bases(s) != (1 << QB_UNSTATED))
		return "Only masses have a weight basis.";
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
static const char *
unit_name(int u)
{
	return u > QU_INVALID && u < QU_NUNITS ? qty_units[u].symbol : NULL;
}

static const char *
basis_name(int b)
{
	return b == QB_UNSTATED ? "unstated" : qty_basis_name((QtyBasis) b);
}

static void
append_names(StringInfo buf, uint32 mask, int n, const char *(*name) (int))
{
	bool		first = true;

	for (int i = 0; i < n; i++)
		if ((mask & ((uint32) 1 << i)) && name(i) != NULL)
		{
			appendStringInfo(buf, "%s%s", first ? "" : ",", name(i));
			first = false;
		}
}

/*
 * True where a list of names ends: at the end of the text or at the next
 * field (" basis=", " estimate").  A unit's name may hold a space ("dosage
 * unit"), so a space alone does not end the list; no name holds a comma or
 * either field word.
 */
static bool
names_end(const char *p)
{
	return *p == '\0' || strncmp(p, " basis=", 7) == 0 || strcmp(p, " estimate") == 0;
}

/* Reads such a list up to the next field or the end into *mask; false on an unknown name. */
static bool
read_names(const char **pp, int n, const char *(*name) (int), uint32 *mask)
{
	const char *p = *pp;

	while (!names_end(p))
	{
		const char *e = p;
		int			i;

		while (*e != ',' && !names_end(e))
			e++;
		for (i = 0; i < n; i++)
			if (name(i) != NULL && (size_t) (e - p) == strlen(name(i)) &&
				strncmp(p, name(i), e - p) == 0)
				break;
		if (i == n)
			return false;
		*mask |= (uint32) 1 << i;
		p = *e == ',' ? e + 1 : e;
	}
	*pp = p;
	return true;
}

PG_FUNCTION_INFO_V1(quantity_sum_state_out);
Datum
quantity_sum_state_out(PG_FUNCTION_ARGS)
{
	QtySumState *s = (QtySumState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	char		num[48];

	initStringInfo(&buf);
	qty_int128_to_str(qss_sum(s), num);
	appendStringInfo(&buf, "n=" INT64_FORMAT " sum=%s units=", s->count, num);
	append_names(&buf, s->units, QU_NUNITS, unit_name);
	if (s->count > 0 && qss_bases(s) != (1 << QB_UNSTATED))
	{
		appendStringInfoString(&buf, " basis=");
		append_names(&buf, qss_bases(s), QB_NBASES, basis_name);
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
	if (!read_names(&p, QU_NUNITS, unit_name, &s->units))
		return "Units are written by their symbols, separated by commas.";
	if (s->units != 0)
		s->kind = units_kind(s->units);
	if (strncmp(p, " basis=", 7) == 0)
	{
		uint32		bases = 0;

		p += 7;
		if (!read_names(&p, QB_NBASES, basis_name, &bases))
			return "Bases are written unstated, net, bulk or gross, separated by commas.";
		s->bases = (uint8) bases;
		if (s->bases == (1 << QB_UNSTATED))
			return "A state of unstated basis has no basis part.";
	}
	if (*p == ' ')
	{
		if ((p = expect(p, " estimate", &detail)) == NULL)
			return detail;
		s->flags |= QSS_ESTIMATE;
	}
	if (*p != '\0')
		return "Unexpected text after the state.";
	if ((detail = state_problem(s)) == NULL)
		state_fill_bases(s);
	return detail;
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
	pq_sendbyte(&buf, s->bases);
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
	if (s->units != 0 && (s->units & ~(QTY_UNIT_BIT(QU_NUNITS) - 1)) == 0)
		s->kind = units_kind(s->units);
	if ((problem = state_problem(s)) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type quantity_sum_state"),
				 errdetail("%s", problem)));
	state_fill_bases(s);
	PG_RETURN_POINTER(s);
}

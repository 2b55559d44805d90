/*
 * bi.c
 *	  Plain-typed projections for BI tools and drivers that know nothing of
 *	  our types: numeric kilograms, litres and item counts.  Each returns
 *	  NULL when the value holds no amount of that kind, so a column of mixed
 *	  quantities projects cleanly into several numeric columns.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "numeric_build.h"
#include "tally.h"

/* The weight basis named by argument 1 of mass_kg(q|t, basis), else any. */
static QtyBasis
basis_arg(FunctionCallInfo fcinfo)
{
	return PG_NARGS() > 1 ? qty_basis_from_text(PG_GETARG_TEXT_PP(1)) : TALLY_ANY_BASIS;
}

/*
 * The amount of q in unit, or NULL when q is of another dimension or, given
 * a basis, a mass of another basis.
 */
static Datum
project(FunctionCallInfo fcinfo, const Quantity *q, QtyDimension dim, QtyUnit unit, QtyBasis basis)
{
	if (qty_kind_dimension(qty_kind(q)) != dim ||
		(basis != TALLY_ANY_BASIS && basis != qty_basis(q)))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(qty_amount_numeric(qty_amount(q), unit));
}

PG_FUNCTION_INFO_V1(quantity_mass_kg);
Datum
quantity_mass_kg(PG_FUNCTION_ARGS)
{
	/* the basis is read first, so a bad one is refused on every row */
	QtyBasis	basis = basis_arg(fcinfo);

	return project(fcinfo, PG_GETARG_QUANTITY_P(0), QD_MASS, QU_KG, basis);
}

PG_FUNCTION_INFO_V1(quantity_volume_l);
Datum
quantity_volume_l(PG_FUNCTION_ARGS)
{
	return project(fcinfo, PG_GETARG_QUANTITY_P(0), QD_VOLUME, QU_L, TALLY_ANY_BASIS);
}

PG_FUNCTION_INFO_V1(quantity_item_count);
Datum
quantity_item_count(PG_FUNCTION_ARGS)
{
	Quantity   *q = PG_GETARG_QUANTITY_P(0);

	return project(fcinfo, q, QD_COUNT, (QtyUnit) q->unit, TALLY_ANY_BASIS);
}

/* Total of one kind in a tally (measured and estimated), or NULL. */
static Datum
tally_project(FunctionCallInfo fcinfo, QtyKind kind, QtyBasis basis)
{
	int128		sum;
	bool		estimate;

	if (!tally_kind_total(PG_GETARG_TALLY_P(0), kind, basis, &sum, &estimate, NULL))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(qty_amount_numeric(sum, qty_kind_unit(kind)));
}

PG_FUNCTION_INFO_V1(tally_mass_kg);
Datum
tally_mass_kg(PG_FUNCTION_ARGS)
{
	return tally_project(fcinfo, QK_MASS, basis_arg(fcinfo));
}

PG_FUNCTION_INFO_V1(tally_volume_l);
Datum
tally_volume_l(PG_FUNCTION_ARGS)
{
	return tally_project(fcinfo, QK_VOLUME, TALLY_ANY_BASIS);
}

PG_FUNCTION_INFO_V1(tally_item_count);
Datum
tally_item_count(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(1));
	QtyKind		kind;

	if (!qty_kind_lookup(name, &kind) || qty_kind_dimension(kind) != QD_COUNT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" is not a count unit", name),
				 errhint("Use a count unit such as \"tablet\", \"capsule\" or \"dose\".")));
	return tally_project(fcinfo, kind, TALLY_ANY_BASIS);
}

PG_FUNCTION_INFO_V1(tally_has_estimate);
Datum
tally_has_estimate(PG_FUNCTION_ARGS)
{
	QtyTally   *t = PG_GETARG_TALLY_P(0);
	int			i;

	for (i = 0; i < t->nparts; i++)
		if (tally_part_estimate(&t->parts[i]) && tally_part_amount(&t->parts[i]) != 0)
			PG_RETURN_BOOL(true);
	PG_RETURN_BOOL(false);
}

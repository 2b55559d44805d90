/*
 * units_sql.c
 *	  quantity_units(): the unit table as SQL rows, so that clients read the
 *	  units of the server they talk to instead of keeping a copy.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "numeric_build.h"
#include "units.h"

PG_FUNCTION_INFO_V1(quantity_units);
Datum
quantity_units(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int u = 1; u < QU_NUNITS; u++)
	{
		const QtyUnitInfo *info = &qty_units[u];
		Datum		values[10];
		bool		nulls[10] = {0};
		ArrayBuildState *names = initArrayResult(TEXTOID, CurrentMemoryContext, false);
		int128		steps = info->mult;
		QtyUnit		au;
		const char *name;

		for (int e = 0; e < info->exp; e++)
			steps *= 10;
		for (int i = 0; (name = qty_unit_alias(i, &au)) != NULL; i++)
			if (au == (QtyUnit) u)
				accumArrayResult(names, CStringGetTextDatum(name), false, TEXTOID,
								 CurrentMemoryContext);
		values[0] = Int32GetDatum(u);
		values[1] = CStringGetTextDatum(info->symbol);
		values[2] = CStringGetTextDatum(info->plural);
		values[3] = CStringGetTextDatum(qty_kind_name(info->kind));
		values[4] = CStringGetTextDatum(qty_dimension_name(qty_kind_dimension(info->kind)));
		values[5] = Int32GetDatum((int32) info->kind);
		values[6] = Int32GetDatum((int32) qty_kind_rank[info->kind]);
		values[7] = qty_int128_numeric(steps);
		values[8] = Int32GetDatum(info->metric_rank);
		values[9] = makeArrayResult(names, CurrentMemoryContext);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

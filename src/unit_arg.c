/*
 * unit_arg.c
 *	  A unit name passed as an SQL argument, looked up once per call site.
 *
 * value(q, 'kg') and to_unit(q, 'kg') name the same unit on every row; the
 * name is folded and matched against the aliases only when it changes.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "pg_compat.h"
#include "quantity.h"
#include "unit_arg.h"

typedef struct UnitArgCache
{
	QtyUnit		unit;
	int			len;
	char		name[FLEXIBLE_ARRAY_MEMBER];	/* not NUL-terminated */
} UnitArgCache;

QtyUnit
qty_unit_arg(FunctionCallInfo fcinfo, int argno)
{
	text	   *t = PG_GETARG_TEXT_PP(argno);
	int			len = VARSIZE_ANY_EXHDR(t);
	UnitArgCache *c;
	QtyUnit		u;

	if (fcinfo->flinfo == NULL)
		return qty_unit_from_text(text_to_cstring(t));
	c = (UnitArgCache *) fcinfo->flinfo->fn_extra;
	if (c != NULL && c->len == len && memcmp(c->name, VARDATA_ANY(t), len) == 0)
		return c->unit;
	/* errors out on an unknown name, so only known names are kept */
	u = qty_unit_from_text(text_to_cstring(t));
	if (c == NULL || c->len < len)
	{
		if (c != NULL)
			pfree(c);
		c = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
							   offsetof(UnitArgCache, name) + len);
		fcinfo->flinfo->fn_extra = c;
	}
	c->unit = u;
	c->len = len;
	memcpy(c->name, VARDATA_ANY(t), len);
	return u;
}

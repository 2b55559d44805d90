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
#include "unit_arg.h"

/* The unit a name stands for; ERROR 22023, with the reason or the closest name, else. */
static QtyUnit
qty_unit_from_text(const char *name)
{
	QtyUnit		u = qty_unit_lookup(name, (int) strlen(name));

	if (u == QU_INVALID)
	{
		const char *hint;
		const char *why = qty_unit_rejection(name, (int) strlen(name), &hint);

		if (why)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unit \"%s\" is not known", name),
					 errdetail("%s", why),
					 errhint("%s", hint)));
		hint = qty_unit_closest(name);
		if (hint == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unit \"%s\" is not known", name)));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unit \"%s\" is not known", name),
				 errhint("Did you mean \"%s\"?", hint)));
	}
	return u;
}

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

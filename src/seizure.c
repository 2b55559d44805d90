/*
 * seizure.c
 *	  Module entry point.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "party.h"

PG_MODULE_MAGIC;

#if PG_VERSION_NUM < 150000
#define MarkGUCPrefixReserved(prefix) EmitWarningsOnPlaceholders(prefix)
#endif

void		_PG_init(void);

void
_PG_init(void)
{
	party_init();
	/* after every module has defined its settings */
	MarkGUCPrefixReserved("seizure");
}

/*
 * seizure.c
 *	  Module entry point.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "party.h"

/* 18 and later name the library and its version in pg_get_loaded_modules() */
#ifdef PG_MODULE_MAGIC_EXT
PG_MODULE_MAGIC_EXT(.name = "seizure",.version = SEIZURE_VERSION);
#else
PG_MODULE_MAGIC;
#endif

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

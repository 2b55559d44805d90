/*
 * seizure.c
 *	  Module entry point.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/guc.h"

#include "cancel.h"
#include "linked_groups.h"

/* 18 and later name the library and its version in pg_get_loaded_modules() */
#ifdef PG_MODULE_MAGIC_EXT
PG_MODULE_MAGIC_EXT(.name = "seizure",.version = SEIZURE_VERSION);
#else
PG_MODULE_MAGIC;
#endif

void		_PG_init(void);

/* the core's loops over long texts end when the statement is cancelled */
static void
seizure_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	cancel_check_hook = seizure_check_interrupts;
	linked_groups_init();
	/* after every module has defined its settings */
	MarkGUCPrefixReserved("seizure");
}

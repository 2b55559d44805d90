/*
 * seizure.c
 *	  Module entry point.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "linked_groups.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	linked_groups_init();
	/* after every module has defined its settings */
	MarkGUCPrefixReserved("seizure");
}

/*
 * cancel.c
 *	  The interrupt check the core calls (see cancel.h).
 */
#include "c.h"

#include "cancel.h"

static void
cancel_check_none(void)
{
}

CancelCheckFn cancel_check_hook = cancel_check_none;

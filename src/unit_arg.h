/*
 * unit_arg.h
 *	  A unit named by a text argument, looked up once per call site.
 */
#ifndef SEIZURE_UNIT_ARG_H
#define SEIZURE_UNIT_ARG_H

#include "postgres.h"
#include "fmgr.h"

#include "units.h"

/*
 * The unit named by argument argno of the call; ERROR 22023 with a hint when
 * unknown.  The lookup is cached in fn_extra while the argument's text stays
 * the same, which it does for a constant.
 */
extern QtyUnit qty_unit_arg(FunctionCallInfo fcinfo, int argno);

#endif							/* SEIZURE_UNIT_ARG_H */

/*
 * pg_compat.h
 *	  What differs between the supported server versions (15 to 18).
 */
#ifndef SEIZURE_PG_COMPAT_H
#define SEIZURE_PG_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 150001
#error "seizure needs PostgreSQL 15.1 or later (InitMaterializedSRF, MarkGUCPrefixReserved)"
#endif

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#include "varatt.h"				/* VARDATA_ANY and friends left postgres.h */
#else
/* Before 16 input functions report errors hard: escontext is always NULL. */
#define errsave(context, ...) ereport(ERROR, __VA_ARGS__)
#define ereturn(context, dummy, ...) \
	do { ereport(ERROR, __VA_ARGS__); return dummy; } while (0)
#define SOFT_ERROR_OCCURRED(escontext) false
#endif

/* The soft-error context of an input function's call: NULL before 16. */
#if PG_VERSION_NUM >= 160000
#define INPUT_ESCONTEXT(fcinfo) ((fcinfo)->context)
#else
#define INPUT_ESCONTEXT(fcinfo) ((Node *) NULL)
#endif

#endif

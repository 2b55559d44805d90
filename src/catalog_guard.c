/*
 * catalog_guard.c
 *	  On a Citus worker, the substance catalog is changed by the coordinator
 *	  only.
 *
 * catalog_sync_setup() makes the coordinator send its catalog to every node;
 * a change made directly on a worker would be sent nowhere, answer that
 * node's share of a query differently from the others, and be undone by the
 * next change made on the coordinator.  catalog_sync_guard(), a BEFORE
 * statement trigger on the three catalog tables of every node, refuses it.
 *
 * It lets through, in order of cost: an extension script (CREATE or ALTER
 * EXTENSION writes the built-in rows on every node), a write by
 * catalog_sync_pull (which sets seizure.catalog_sync_applying while it
 * applies the coordinator's snapshot), a database where the cluster catalog
 * is not set up (no table catalog_sync in the extension's schema: one
 * server, or Citus without catalog_sync_setup()), and the coordinator.
 */
#include "postgres.h"

#include "commands/extension.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "nodes/makefuncs.h"
#include "parser/parse_func.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"

#include "catalog_guard.h"

static bool catalog_sync_applying = false;

void
catalog_guard_init(void)
{
	DefineCustomBoolVariable("seizure.catalog_sync_applying",
							 "Set while catalog_sync_pull applies the coordinator's substance catalog.",
							 "Internal: lets that write through catalog_sync_guard on a Citus worker.",
							 &catalog_sync_applying,
							 false,
							 PGC_USERSET,
							 GUC_NO_SHOW_ALL | GUC_NOT_IN_SAMPLE | GUC_NO_RESET_ALL,
							 NULL, NULL, NULL);
}

/*
 * Whether catalog_sync_setup() has run for this database: its table is in
 * the extension's schema, which is the guard function's own.
 */
static bool
cluster_catalog_set_up(FunctionCallInfo fcinfo)
{
	Oid			schema = get_func_namespace(fcinfo->flinfo->fn_oid);

	return OidIsValid(get_relname_relid("catalog_sync", schema));
}

/* Citus's citus_is_coordinator(); true when Citus is not installed. */
static bool
is_coordinator(void)
{
	List	   *name = list_make2(makeString("pg_catalog"), makeString("citus_is_coordinator"));
	Oid			fn = LookupFuncName(name, 0, NULL, true);

	return !OidIsValid(fn) || DatumGetBool(OidFunctionCall0(fn));
}

PG_FUNCTION_INFO_V1(catalog_sync_guard);
Datum
catalog_sync_guard(PG_FUNCTION_ARGS)
{
	TriggerData *td;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("catalog_sync_guard() must be called as a trigger")));
	td = (TriggerData *) fcinfo->context;
	if (creating_extension || catalog_sync_applying ||
		!cluster_catalog_set_up(fcinfo) || is_coordinator())
		return PointerGetDatum(NULL);
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("the substance catalog of this cluster is changed on the coordinator only"),
			 errdetail("This node is a Citus worker. catalog_sync_setup() sends the coordinator's catalog to every node, so a change to %s made here would be undone by the next change made there.",
					   RelationGetRelationName(td->tg_relation)),
			 errhint("Make the change on the coordinator.")));
	return PointerGetDatum(NULL);	/* not reached */
}

/*
 * catalog_guard.c
 *	  Who may change the substance catalog: built-in rows are the
 *	  extension's, and on a Citus cluster changes come from the coordinator.
 *
 * catalog_builtin_guard(), a BEFORE row (and TRUNCATE) trigger on the three
 * catalog tables, refuses to insert, update or delete a row with builtin =
 * true outside the extension's own scripts.  pg_dump leaves built-in rows
 * out (pg_extension_config_dump with WHERE NOT builtin) and CREATE EXTENSION
 * writes them again on restore, so a change to one would be silently undone,
 * and a renamed built-in key would cascade to users' rows that then fail
 * their foreign key on restore.
 *
 * catalog_sync_setup() makes the coordinator send its catalog to every node;
 * a change made directly on a worker would be sent nowhere, answer that
 * node's share of a query differently from the others, and be undone by the
 * next change made on the coordinator.  catalog_sync_guard(), a BEFORE
 * statement trigger on the three catalog tables of every node, refuses it,
 * and refuses any change on a cluster with workers before
 * catalog_sync_setup(), which would reach no other node.
 *
 * Both let through an extension script (CREATE or ALTER EXTENSION writes
 * the built-in rows on every node) and the apply of the coordinator's
 * snapshot by catalog_sync_pull(), which holds applying_snapshot for the
 * length of that apply only: it is backend state, not a setting, so no
 * session can switch a guard off.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "nodes/makefuncs.h"
#include "parser/parse_func.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

/* true only while catalog_sync_pull() applies a snapshot */
static bool applying_snapshot = false;

static void
check_trigger_call(FunctionCallInfo fcinfo, const char *fname)
{
	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() must be called as a trigger", fname)));
}

/* The extension's schema: the calling function's own. */
static Oid
own_schema(FunctionCallInfo fcinfo)
{
	return get_func_namespace(fcinfo->flinfo->fn_oid);
}

/*
 * Whether catalog_sync_setup() has run for this database: its table is in
 * the extension's schema.
 */
static bool
cluster_catalog_set_up(FunctionCallInfo fcinfo)
{
	return OidIsValid(get_relname_relid("catalog_sync", own_schema(fcinfo)));
}

/* Citus's citus_is_coordinator(); true when Citus is not installed. */
static bool
is_coordinator(void)
{
	List	   *name = list_make2(makeString("pg_catalog"), makeString("citus_is_coordinator"));
	Oid			fn = LookupFuncName(name, 0, NULL, true);

	return !OidIsValid(fn) || DatumGetBool(OidFunctionCall0(fn));
}

/*
 * Whether this database is part of a Citus cluster with worker nodes:
 * CREATE EXTENSION citus makes pg_catalog.pg_dist_node, and every worker
 * has a row in it with a group other than the coordinator's (0).
 */
static bool
has_citus_workers(void)
{
	bool		found;

	if (!OidIsValid(get_relname_relid("pg_dist_node", PG_CATALOG_NAMESPACE)))
		return false;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT FROM pg_catalog.pg_dist_node WHERE groupid OPERATOR(pg_catalog.<>) 0 LIMIT 1",
					true, 1) != SPI_OK_SELECT)
		elog(ERROR, "reading pg_dist_node failed");
	found = SPI_processed > 0;
	SPI_finish();
	return found;
}

PG_FUNCTION_INFO_V1(catalog_sync_guard);
Datum
catalog_sync_guard(PG_FUNCTION_ARGS)
{
	TriggerData *td;
	const char *table;

	check_trigger_call(fcinfo, "catalog_sync_guard");
	td = (TriggerData *) fcinfo->context;
	if (creating_extension || applying_snapshot)
		return PointerGetDatum(NULL);
	table = RelationGetRelationName(td->tg_relation);
	if (cluster_catalog_set_up(fcinfo))
	{
		if (is_coordinator())
			return PointerGetDatum(NULL);
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the substance catalog of this cluster is changed on the coordinator only"),
				 errdetail("This node is a Citus worker. catalog_sync_setup() sends the coordinator's catalog to every node, so a change to %s made here would be undone by the next change made there.",
						   table),
				 errhint("Make the change on the coordinator.")));
	}
	if (has_citus_workers())
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the substance catalog of this Citus cluster is not shared by its nodes"),
				 errdetail("This database has Citus worker nodes and catalog_sync_setup() has not run, so a change to %s made here would reach no other node.",
						   table),
				 errhint("Run SELECT %s.catalog_sync_setup(); on the coordinator, then make the change there.",
						 quote_identifier(get_namespace_name(own_schema(fcinfo))))));
	return PointerGetDatum(NULL);
}

/* The value of the builtin column of a catalog row. */
static bool
row_is_builtin(Relation rel, HeapTuple tuple)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			attnum = SPI_fnumber(desc, "builtin");
	bool		isnull;
	Datum		d;

	if (attnum <= 0)
		elog(ERROR, "table %s has no column builtin", RelationGetRelationName(rel));
	d = heap_getattr(tuple, attnum, desc, &isnull);
	return !isnull && DatumGetBool(d);
}

static void
refuse_builtin_change(Relation rel, const char *verb)
{
	const char *table = RelationGetRelationName(rel);
	bool		is_substance = strcmp(table, "substance") == 0;

	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("cannot %s a built-in row of table %s", verb, table),
			 errdetail("Built-in rows belong to extension seizure: pg_dump leaves them out and CREATE EXTENSION writes them again, so the change would be lost on restore."),
			 is_substance ?
			 errhint("Add your own aliases, or a substance of your own under a new key: your rows override built-in ones.") :
			 errhint("Add your own row instead: it overrides the built-in one.")));
}

static void
refuse_new_builtin(Relation rel, bool insert)
{
	const char *table = RelationGetRelationName(rel);

	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 insert ? errmsg("cannot insert a built-in row into table %s", table) :
			 errmsg("cannot mark a row of table %s as built-in", table),
			 errdetail("Rows with builtin = true come from the extension's scripts only."),
			 errhint("Leave builtin false (the default): your own rows override built-in ones.")));
}

PG_FUNCTION_INFO_V1(catalog_builtin_guard);
Datum
catalog_builtin_guard(PG_FUNCTION_ARGS)
{
	TriggerData *td;
	Relation	rel;

	check_trigger_call(fcinfo, "catalog_builtin_guard");
	td = (TriggerData *) fcinfo->context;
	rel = td->tg_relation;
	if (creating_extension || applying_snapshot)
		return PointerGetDatum(TRIGGER_FIRED_FOR_ROW(td->tg_event) ?
							   (TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : td->tg_trigtuple) :
							   NULL);

	if (TRIGGER_FIRED_BY_TRUNCATE(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot truncate table %s", RelationGetRelationName(rel)),
				 errdetail("It holds built-in rows of extension seizure."),
				 errhint("Delete your own rows instead: DELETE FROM %s WHERE NOT builtin;",
						 quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
													RelationGetRelationName(rel)))));
	if (!TRIGGER_FIRED_FOR_ROW(td->tg_event) || !TRIGGER_FIRED_BEFORE(td->tg_event))
		elog(ERROR, "catalog_builtin_guard() must be fired before each row");

	if (TRIGGER_FIRED_BY_INSERT(td->tg_event))
	{
		if (row_is_builtin(rel, td->tg_trigtuple))
			refuse_new_builtin(rel, true);
		return PointerGetDatum(td->tg_trigtuple);
	}
	if (TRIGGER_FIRED_BY_DELETE(td->tg_event))
	{
		if (row_is_builtin(rel, td->tg_trigtuple))
			refuse_builtin_change(rel, "delete");
		return PointerGetDatum(td->tg_trigtuple);
	}
	/* an update */
	if (row_is_builtin(rel, td->tg_trigtuple))
		refuse_builtin_change(rel, "update");
	if (row_is_builtin(rel, td->tg_newtuple))
		refuse_new_builtin(rel, false);
	return PointerGetDatum(td->tg_newtuple);
}

/*
 * Whether rel is the extension's catalog_sync table or, on a Citus node, a
 * shard of it (catalog_sync_<shard id>, in the same schema).
 */
static bool
is_catalog_sync(FunctionCallInfo fcinfo, Relation rel)
{
	const char *name = RelationGetRelationName(rel);
	const char *p;

	if (RelationGetNamespace(rel) != own_schema(fcinfo) ||
		strncmp(name, "catalog_sync", 12) != 0)
		return false;
	if (name[12] == '\0')
		return true;
	if (name[12] != '_' || name[13] == '\0')
		return false;
	for (p = name + 13; *p; p++)
		if (*p < '0' || *p > '9')
			return false;
	return true;
}

PG_FUNCTION_INFO_V1(catalog_sync_pull);
Datum
catalog_sync_pull(PG_FUNCTION_ARGS)
{
	TriggerData *td;
	HeapTuple	row;
	TupleDesc	desc;
	int			attnum;
	bool		isnull;
	Datum		snapshot;
	Oid			argtype = JSONBOID;
	Oid			apply;
	FmgrInfo	flinfo;
	LOCAL_FCINFO(call, 1);
	bool		was_applying = applying_snapshot;

	check_trigger_call(fcinfo, "catalog_sync_pull");
	td = (TriggerData *) fcinfo->context;
	if (!TRIGGER_FIRED_FOR_ROW(td->tg_event) || !TRIGGER_FIRED_AFTER(td->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(td->tg_event) || TRIGGER_FIRED_BY_UPDATE(td->tg_event)) ||
		!is_catalog_sync(fcinfo, td->tg_relation))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("catalog_sync_pull() must be fired after each inserted or updated row of catalog_sync"),
				 errhint("catalog_sync_setup() creates that trigger.")));

	row = TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : td->tg_trigtuple;
	desc = RelationGetDescr(td->tg_relation);
	attnum = SPI_fnumber(desc, "snapshot");
	if (attnum <= 0)
		elog(ERROR, "table %s has no column snapshot", RelationGetRelationName(td->tg_relation));
	snapshot = heap_getattr(row, attnum, desc, &isnull);

	apply = LookupFuncName(list_make2(makeString(get_namespace_name(own_schema(fcinfo))),
									  makeString("catalog_apply")),
						   1, &argtype, false);
	fmgr_info(apply, &flinfo);
	InitFunctionCallInfoData(*call, &flinfo, 1, InvalidOid, NULL, NULL);
	call->args[0].value = snapshot;
	call->args[0].isnull = isnull;	/* catalog_apply refuses NULL itself */

	applying_snapshot = true;
	PG_TRY();
	{
		(void) FunctionCallInvoke(call);
	}
	PG_FINALLY();
	{
		applying_snapshot = was_applying;
	}
	PG_END_TRY();
	return PointerGetDatum(NULL);
}

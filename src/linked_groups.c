/*
 * linked_groups.c
 *	  linked_groups(edges_sql): connected components of the graph whose
 *	  edges an SQL query returns as pairs of text keys.
 *
 * The query runs through SPI with the caller's privileges and is read with
 * a cursor, one batch at a time, so the edge set is never held whole.
 * Each distinct key is stored once, in an open-addressing hash table over
 * an arena of key bytes; union-find (union by size, path halving) joins the
 * endpoints of each edge.  Memory is therefore proportional to the number
 * of distinct nodes and the length of their keys: the graph's own memory
 * and the batch fetched are held within seizure.linked_groups_max_bytes,
 * and seizure.linked_groups_max_nodes bounds the nodes.  Both are for a
 * superuser to raise.  A batch is as many rows as fit a share of the
 * budget (at most 8 MB), judged by the rows seen so far, so wide keys fetch
 * few rows.
 *
 * The edge query runs read-only (the transaction read-only for its length):
 * it may neither write itself nor through a function it calls.  Values
 * are passed as parameters ($1, $2, ...), never spliced into its text.
 *
 * Group numbers are stable: components are ranked by their smallest node
 * in byte order (C collation).  One sort of all nodes in byte order gives
 * both that ranking (the first node met of each component is its
 * smallest) and the order of nodes inside each group.
 */
#include "postgres.h"

#include "access/detoast.h"
#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/plancache.h"
#include "utils/tuplestore.h"

#include "linked_groups.h"
#include "pg_compat.h"

static int	linked_groups_max_nodes = LG_DEFAULT_MAX_NODES;
static int	linked_groups_max_kb = LG_DEFAULT_MAX_KB;

void
linked_groups_init(void)
{
	DefineCustomIntVariable("seizure.linked_groups_max_nodes",
							"Largest number of distinct nodes linked_groups accepts.",
							"Each node takes about 70 bytes plus its text while the groups are computed.",
							&linked_groups_max_nodes,
							LG_DEFAULT_MAX_NODES, 1, LG_MAX_NODES_LIMIT,
							PGC_SUSET, 0, NULL, NULL, NULL);
	DefineCustomIntVariable("seizure.linked_groups_max_bytes",
							"Largest amount of memory linked_groups uses for its graph and the rows it fetches.",
							"Keys, the tables over them and the batch of edges being read count against it.",
							&linked_groups_max_kb,
							LG_DEFAULT_MAX_KB, 1024, LG_MAX_KB_LIMIT,
							PGC_SUSET, GUC_UNIT_KB, NULL, NULL, NULL);
}

/* rows per batch: at most, at first (until row sizes are known) */
#define LG_FETCH_ROWS 10000
#define LG_FIRST_FETCH_ROWS 16
/* one batch takes at most an eighth of the budget, and 8 MB: more gains nothing */
#define LG_BATCH_SHARE 8
#define LG_BATCH_MAX_BYTES ((Size) 8 * 1024 * 1024)
#define LG_ARENA_CHUNK ((Size) 1024 * 1024)
#define LG_INITIAL_NODES 1024

typedef struct LgNode
{
	const char *key;			/* not NUL-terminated */
	int32		len;
	uint32		hash;
} LgNode;

typedef struct LgSlot
{
	uint32		hash;
	int32		node;			/* -1: empty */
} LgSlot;

typedef struct LgGraph
{
	MemoryContext cxt;
	Size		budget;			/* bytes: seizure.linked_groups_max_bytes */
	Size		batch_bytes;	/* held by the batch being read */
	int32		limit;
	int32		nnodes;
	int32		capacity;		/* of nodes, parent and size */
	LgNode	   *nodes;
	int32	   *parent;
	int32	   *size;			/* component size, valid at roots */
	LgSlot	   *slots;
	uint64		nslots;			/* a power of two */
	char	   *arena;
	Size		arena_left;
	int32		max_len;		/* longest key */
} LgGraph;

/* ERROR 54000 unless size more bytes fit the budget beside what is held. */
static void
lg_charge(LgGraph *g, Size size)
{
	Size		held = MemoryContextMemAllocated(g->cxt, true) + g->batch_bytes;

	if (held + size > g->budget)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("linked_groups needs more than %zu kB of memory", g->budget / 1024),
				 errdetail("seizure.linked_groups_max_bytes is %zu kB. Nodes read so far: %d; the longest key: %d bytes.",
						   g->budget / 1024, g->nnodes, g->max_len),
				 errhint("Link a smaller set of edges or shorter keys (a hash of a long key links the same), or have a superuser raise seizure.linked_groups_max_bytes.")));
}

static void *
lg_alloc(LgGraph *g, Size size)
{
	lg_charge(g, size);
	return MemoryContextAllocHuge(g->cxt, size);
}

static void *
lg_realloc(LgGraph *g, void *p, Size old_size, Size size)
{
	lg_charge(g, size - old_size);
	return repalloc_huge(p, size);
}

static void
lg_init(LgGraph *g, MemoryContext cxt, int32 limit, Size budget)
{
	uint64		i;

	memset(g, 0, sizeof(*g));
	g->cxt = cxt;
	g->budget = budget;
	g->limit = limit;
	g->capacity = Min(LG_INITIAL_NODES, limit);
	g->nodes = lg_alloc(g, sizeof(LgNode) * g->capacity);
	g->parent = lg_alloc(g, sizeof(int32) * g->capacity);
	g->size = lg_alloc(g, sizeof(int32) * g->capacity);
	g->nslots = 2 * LG_INITIAL_NODES;
	g->slots = lg_alloc(g, sizeof(LgSlot) * g->nslots);
	for (i = 0; i < g->nslots; i++)
		g->slots[i].node = -1;
}

/* Doubles the table; slots keep their hashes, so keys are not reread. */
static void
lg_grow_slots(LgGraph *g)
{
	uint64		newn = g->nslots * 2;
	uint64		mask = newn - 1;
	LgSlot	   *slots = lg_alloc(g, sizeof(LgSlot) * newn);
	uint64		i;

	for (i = 0; i < newn; i++)
		slots[i].node = -1;
	for (i = 0; i < g->nslots; i++)
	{
		LgSlot	   *s = &g->slots[i];
		uint64		j;

		if (s->node < 0)
			continue;
		for (j = s->hash & mask; slots[j].node >= 0; j = (j + 1) & mask)
			;
		slots[j] = *s;
	}
	pfree(g->slots);
	g->slots = slots;
	g->nslots = newn;
}

static void
lg_grow_nodes(LgGraph *g)
{
	int64		cap = Min((int64) g->capacity * 2, (int64) g->limit);

	g->nodes = lg_realloc(g, g->nodes, sizeof(LgNode) * g->capacity, sizeof(LgNode) * cap);
	g->parent = lg_realloc(g, g->parent, sizeof(int32) * g->capacity, sizeof(int32) * cap);
	g->size = lg_realloc(g, g->size, sizeof(int32) * g->capacity, sizeof(int32) * cap);
	g->capacity = (int32) cap;
}

static const char *
lg_store_key(LgGraph *g, const char *key, int32 len)
{
	char	   *p;

	if (len == 0)
		return "";
	if ((Size) len > g->arena_left)
	{
		/* a long key gets its own chunk, so the current one stays in use */
		if ((Size) len > LG_ARENA_CHUNK / 4)
		{
			p = lg_alloc(g, len);
			memcpy(p, key, len);
			return p;
		}
		g->arena = lg_alloc(g, LG_ARENA_CHUNK);
		g->arena_left = LG_ARENA_CHUNK;
	}
	p = g->arena;
	memcpy(p, key, len);
	g->arena += len;
	g->arena_left -= len;
	return p;
}

/* Node number of key, added if new. */
static int32
lg_intern(LgGraph *g, const char *key, int32 len)
{
	uint32		h = hash_bytes((const unsigned char *) key, len);
	uint64		mask = g->nslots - 1;
	uint64		i;
	int32		n;

	for (i = h & mask; g->slots[i].node >= 0; i = (i + 1) & mask)
	{
		LgSlot	   *s = &g->slots[i];
		LgNode	   *node = &g->nodes[s->node];

		if (s->hash == h && node->len == len && memcmp(node->key, key, len) == 0)
			return s->node;
	}

	if (g->nnodes >= g->limit)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("linked_groups found more than %d distinct nodes", g->limit),
				 errdetail("seizure.linked_groups_max_nodes is %d.", g->limit),
				 errhint("Link a smaller set of edges, or have a superuser raise seizure.linked_groups_max_nodes (each node takes about 70 bytes plus its text).")));
	if (g->nnodes == g->capacity)
		lg_grow_nodes(g);

	n = g->nnodes++;
	g->nodes[n].key = lg_store_key(g, key, len);
	g->nodes[n].len = len;
	g->nodes[n].hash = h;
	g->parent[n] = n;
	g->size[n] = 1;
	g->slots[i].hash = h;
	g->slots[i].node = n;
	if (len > g->max_len)
		g->max_len = len;
	/* keep the load factor at most 3/4 */
	if ((uint64) g->nnodes * 4 > g->nslots * 3)
		lg_grow_slots(g);
	return n;
}

static int32
lg_find(LgGraph *g, int32 x)
{
	int32	   *parent = g->parent;

	while (parent[x] != x)
	{
		parent[x] = parent[parent[x]];	/* path halving */
		x = parent[x];
	}
	return x;
}

static void
lg_union(LgGraph *g, int32 a, int32 b)
{
	int32		ra = lg_find(g, a);
	int32		rb = lg_find(g, b);

	if (ra == rb)
		return;
	if (g->size[ra] < g->size[rb])
	{
		int32		t = ra;

		ra = rb;
		rb = t;
	}
	g->parent[rb] = ra;
	g->size[ra] += g->size[rb];
}

static void
check_edge_columns(TupleDesc desc)
{
	int			i;

	if (desc->natts != 2)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("edge query must return two columns"),
				 errdetail_plural("The query returns %d column.",
								  "The query returns %d columns.",
								  desc->natts, desc->natts),
				 errhint("Return one row per edge, its two nodes as text columns.")));
	for (i = 0; i < 2; i++)
	{
		Oid			type = TupleDescAttr(desc, i)->atttypid;
		Oid			base = getBaseType(type);

		if (base != TEXTOID && base != VARCHAROID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column %d of the edge query has type %s, not text",
							i + 1, format_type_be(type)),
					 errhint("Cast both columns to text, as in SELECT a::text, b::text.")));
	}
}

/* ERROR unless the statement is one plain SELECT (or VALUES) that writes nothing. */
static void
check_edge_query(SPIPlanPtr plan)
{
	List	   *sources = SPI_plan_get_plan_sources(plan);
	CachedPlanSource *source;
	Query	   *query;

	if (list_length(sources) != 1 ||
		list_length((source = linitial(sources))->query_list) != 1 ||
		(query = linitial(source->query_list))->commandType != CMD_SELECT ||
		query->hasModifyingCTE || query->rowMarks != NIL || query->utilityStmt != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("edge query must be a single SELECT that changes nothing"),
				 errhint("Return the edges with SELECT or VALUES; a query that writes, locks rows or holds several statements is not run.")));
}

/*
 * Runs the edge query (with its nargs parameters) and joins the endpoints of
 * every edge.
 */
static void
lg_read_edges_now(LgGraph *g, const char *sql, int nargs, Oid *types, Datum *values, const char *nulls)
{
	MemoryContext batch_cxt;
	MemoryContext oldcxt;
	SPIPlanPtr	plan;
	Portal		portal;
	long		rows = LG_FIRST_FETCH_ROWS;
	uint64		seen_rows = 0;
	Size		seen_bytes = 0;

	batch_cxt = AllocSetContextCreate(g->cxt, "linked_groups batch",
									  ALLOCSET_DEFAULT_SIZES);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	plan = SPI_prepare(sql, nargs, types);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	check_edge_query(plan);
	portal = SPI_cursor_open(NULL, plan, values, nulls, false);
	check_edge_columns(portal->tupDesc);

	for (;;)
	{
		SPITupleTable *tt;
		uint64		i;
		Size		bytes = 0;

		SPI_cursor_fetch(portal, true, rows);
		tt = SPI_tuptable;
		if (SPI_processed == 0)
			break;
		for (i = 0; i < SPI_processed; i++)
			bytes += tt->vals[i]->t_len + HEAPTUPLESIZE;
		g->batch_bytes = bytes;
		lg_charge(g, 0);
		oldcxt = MemoryContextSwitchTo(batch_cxt);
		for (i = 0; i < SPI_processed; i++)
		{
			Datum		cols[2];
			bool		isnull[2];
			int32		ends[2];
			int			k;

			heap_deform_tuple(tt->vals[i], tt->tupdesc, cols, isnull);
			for (k = 0; k < 2; k++)
			{
				struct varlena *raw = (struct varlena *) DatumGetPointer(cols[k]);
				text	   *t;

				if (isnull[k])
					continue;
				/* a key kept out of line is read in whole: count it first */
				if (VARATT_IS_EXTENDED(raw))
					lg_charge(g, toast_raw_datum_size(cols[k]));
				t = (text *) pg_detoast_datum_packed(raw);
				ends[k] = lg_intern(g, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
				if ((Pointer) t != (Pointer) raw)
					pfree(t);
			}
			if (!isnull[0] && !isnull[1])
				lg_union(g, ends[0], ends[1]);
			if ((i & 1023) == 1023)
				CHECK_FOR_INTERRUPTS();
		}
		MemoryContextSwitchTo(oldcxt);
		SPI_freetuptable(tt);
		g->batch_bytes = 0;
		MemoryContextReset(batch_cxt);
		CHECK_FOR_INTERRUPTS();

		/* the next batch: as many rows of the average size as fit its share */
		seen_rows += SPI_processed;
		seen_bytes += bytes;
		rows = (long) Min((double) LG_FETCH_ROWS,
						  Max(1.0, (double) Min(g->budget / LG_BATCH_SHARE, LG_BATCH_MAX_BYTES) *
							  seen_rows / seen_bytes));
	}
	SPI_cursor_close(portal);
	SPI_finish();
	MemoryContextDelete(batch_cxt);
}

/*
 * lg_read_edges_now in a read-only transaction state: nothing the query runs
 * may write (25006), functions it calls included.  transaction_read_only
 * cannot be set locally in a function from PostgreSQL 16 on, so the state
 * itself is set, and put back however the query ends.
 */
static void
lg_read_edges(LgGraph *g, const char *sql, int nargs, Oid *types, Datum *values, const char *nulls)
{
	bool		was_read_only = XactReadOnly;

	XactReadOnly = true;
	PG_TRY();
	{
		lg_read_edges_now(g, sql, nargs, types, values, nulls);
	}
	PG_FINALLY();
	{
		XactReadOnly = was_read_only;
	}
	PG_END_TRY();
}

typedef struct LgSortItem
{
	uint64		prefix;			/* first 8 key bytes, big-endian, 0-padded */
	int32		index;
} LgSortItem;

static int
lg_cmp(const void *a, const void *b, void *arg)
{
	const LgSortItem *x = a;
	const LgSortItem *y = b;
	const LgNode *nodes = arg;
	const LgNode *nx = &nodes[x->index];
	const LgNode *ny = &nodes[y->index];
	int32		minlen;
	int			c;

	if (x->prefix != y->prefix)
		return x->prefix < y->prefix ? -1 : 1;
	/* text has no NUL bytes: equal prefixes mean equal first min(8, len) */
	minlen = Min(nx->len, ny->len);
	if (minlen > 8)
	{
		c = memcmp(nx->key + 8, ny->key + 8, minlen - 8);
		if (c != 0)
			return c;
	}
	return (nx->len > ny->len) - (nx->len < ny->len);
}

static uint64
key_prefix(const LgNode *node)
{
	uint64		p = 0;
	int			i;

	for (i = 0; i < 8; i++)
		p = (p << 8) | (i < node->len ? (unsigned char) node->key[i] : 0);
	return p;
}

/*
 * Writes every node with its group number and size, by group, then node.
 * parent[] is flattened to hold each node's root.
 */
static void
lg_emit(LgGraph *g, Tuplestorestate *store, TupleDesc desc)
{
	int32		n = g->nnodes;
	int32	   *group = lg_alloc(g, sizeof(int32) * Max(n, 1));
	int32	   *next = lg_alloc(g, sizeof(int32) * Max(n, 1));
	int32	   *order = lg_alloc(g, sizeof(int32) * Max(n, 1));
	LgSortItem *items = lg_alloc(g, sizeof(LgSortItem) * Max(n, 1));
	int32		ngroups = 0;
	int32		filled = 0;
	int32		i;
	text	   *buf;
	MemoryContext row_cxt;
	MemoryContext oldcxt;

	for (i = 0; i < n; i++)
	{
		g->parent[i] = lg_find(g, i);
		group[i] = 0;
		items[i].prefix = key_prefix(&g->nodes[i]);
		items[i].index = i;
	}
	qsort_arg(items, n, sizeof(LgSortItem), lg_cmp, g->nodes);
	CHECK_FOR_INTERRUPTS();

	/* in byte order, the first node met of a component is its smallest */
	for (i = 0; i < n; i++)
	{
		int32		r = g->parent[items[i].index];

		if (group[r] == 0)
		{
			group[r] = ++ngroups;
			next[r] = filled;
			filled += g->size[r];
		}
		order[next[r]++] = items[i].index;
	}
	pfree(items);

	buf = lg_alloc(g, VARHDRSZ + g->max_len);
	row_cxt = AllocSetContextCreate(g->cxt, "linked_groups row",
									ALLOCSET_SMALL_SIZES);
	oldcxt = MemoryContextSwitchTo(row_cxt);
	for (i = 0; i < n; i++)
	{
		int32		x = order[i];
		int32		r = g->parent[x];
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		SET_VARSIZE(buf, VARHDRSZ + g->nodes[x].len);
		memcpy(VARDATA(buf), g->nodes[x].key, g->nodes[x].len);
		values[0] = PointerGetDatum(buf);
		values[1] = Int64GetDatum((int64) group[r]);
		values[2] = Int64GetDatum((int64) g->size[r]);
		tuplestore_putvalues(store, desc, values, nulls);
		/* int8 may be passed by reference (32-bit builds) */
		if ((i & 1023) == 1023)
		{
			MemoryContextReset(row_cxt);
			CHECK_FOR_INTERRUPTS();
		}
	}
	MemoryContextSwitchTo(oldcxt);
}

/* The groups of the edges sql returns, given its parameters. */
static void
lg_run(FunctionCallInfo fcinfo, const char *sql, int nargs, Oid *types, Datum *values, const char *nulls)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext cxt;
	LgGraph		g;

	InitMaterializedSRF(fcinfo, 0);
	cxt = AllocSetContextCreate(CurrentMemoryContext, "linked_groups",
								ALLOCSET_DEFAULT_SIZES);
	lg_init(&g, cxt, linked_groups_max_nodes, (Size) linked_groups_max_kb * 1024);
	lg_read_edges(&g, sql, nargs, types, values, nulls);
	lg_emit(&g, rsinfo->setResult, rsinfo->setDesc);
	MemoryContextDelete(cxt);
}

PG_FUNCTION_INFO_V1(linked_groups);
Datum
linked_groups(PG_FUNCTION_ARGS)
{
	lg_run(fcinfo, text_to_cstring(PG_GETARG_TEXT_PP(0)), 0, NULL, NULL, NULL);
	return (Datum) 0;
}

/*
 * linked_groups(edges_sql, VARIADIC params "any"): $1, $2, ... in the query
 * are the values that follow it, of their own types (an untyped literal is
 * text); a NULL value is bound as NULL.  A NULL query gives no rows.
 */
PG_FUNCTION_INFO_V1(linked_groups_params);
Datum
linked_groups_params(PG_FUNCTION_ARGS)
{
	Datum	   *args;
	Oid		   *types;
	bool	   *isnull;
	char	   *nulls;
	int			nargs;

	if (PG_ARGISNULL(0))
	{
		InitMaterializedSRF(fcinfo, 0);
		return (Datum) 0;
	}
	nargs = extract_variadic_args(fcinfo, 1, true, &args, &types, &isnull);
	if (nargs < 0)
		nargs = 0;				/* VARIADIC NULL: no parameters */
	nulls = palloc(Max(nargs, 1));
	for (int i = 0; i < nargs; i++)
		nulls[i] = isnull[i] ? 'n' : ' ';
	lg_run(fcinfo, text_to_cstring(PG_GETARG_TEXT_PP(0)), nargs, types, args, nulls);
	return (Datum) 0;
}

/*
 * substance_cache.c
 *	  Per-backend cache of the substance catalog: a hash table from folded
 *	  names to substances, rebuilt when the reference tables change.
 *
 * Data changes reach the cache through relcache invalidation: a statement
 * trigger on each table (substance_catalog_changed) invalidates the table's
 * relcache entry, and the callback registered here drops the cache.  The
 * invalidation is processed at once in the changing session (at the next
 * command) and after commit in the others, so a new alias is seen
 * everywhere without polling.  The cache is read with the latest snapshot,
 * like PostgreSQL's catalog caches, so a session never keeps a view older
 * than the invalidations it has processed; pending invalidations are read
 * once per statement.
 *
 * The cache answers a user only if that user may read the tables: it is
 * built by whoever calls first, so every lookup by another user (SET ROLE,
 * SECURITY DEFINER) first checks that user's USAGE on the schema and SELECT
 * on the three tables, once until the user, a grant or a role membership
 * changes.  When row security is enabled on a table the rows read depend on
 * the user, and another user's lookup rebuilds the cache.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "substance_cache.h"
#include "substance_fold.h"

#if PG_VERSION_NUM >= 170000
#define CURRENT_LXID (MyProc->vxid.lxid)
#else
#define CURRENT_LXID (MyProc->lxid)
#endif

#if PG_VERSION_NUM >= 160000
#define schema_aclcheck(nsp, role, mode) object_aclcheck(NamespaceRelationId, (nsp), (role), (mode))
#else
#define schema_aclcheck(nsp, role, mode) pg_namespace_aclcheck((nsp), (role), (mode))
#endif

typedef struct NameEntry
{
	const char *folded;			/* NULL: empty slot */
	int			len;
	uint32		hash;
	bool		builtin;		/* for precedence while building */
	int			rank;			/* 0 key, 1 name_en, 2 name_ko, 3 alias */
	SubstMatch	m;
} NameEntry;

enum
{
	TAB_SUBSTANCE,
	TAB_ALIAS,
	TAB_FACTOR,
	NTABLES
};

static const char *const table_names[NTABLES] = {
	"substance", "substance_alias", "conversion_factor"
};

static Oid	table_oids[NTABLES];
static Oid	cache_nsp = InvalidOid;
static Oid	cache_user = InvalidOid;	/* a user allowed to read the tables */
static bool cache_per_user = false; /* row security: the rows depend on the user */
static bool callback_registered = false;
static bool cache_valid = false;
static uint64 inval_count = 0;
static bool cache_transient = false;	/* built in parallel mode */
static LocalTransactionId cache_lxid;
static MemoryContext cache_cxt = NULL;
static MemoryContext build_cxt = NULL;	/* a build in progress or failed */
static TimestampTz last_statement = 0;

/* the live cache */
static NameEntry *names;
static uint32 names_mask;
static int	max_folded_len;

/* building */
static SubstInfo *substs;
static int	nsubsts;

static void
catalog_changed(Datum arg, Oid relid)
{
	int			i;

	if (relid == InvalidOid)
	{
		cache_valid = false;
		inval_count++;
		return;
	}
	for (i = 0; i < NTABLES; i++)
		if (relid == table_oids[i])
		{
			cache_valid = false;
			inval_count++;
			return;
		}
}

/* A grant on the schema, a role or a membership changed. */
static void
roles_changed(Datum arg, int cacheid, uint32 hashvalue)
{
	cache_user = InvalidOid;
}

/*
 * Whether user may read the catalog as the build reads it: USAGE on its
 * schema and SELECT on the three tables.  raise: report the first missing
 * privilege, as reading the table would (SELECT on the columns the build
 * reads is enough then: the build reads them and finds out).
 */
static bool
may_read_catalog(Oid user, bool raise)
{
	int			i;

	if (schema_aclcheck(cache_nsp, user, ACL_USAGE) != ACLCHECK_OK)
	{
		if (raise)
			aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_SCHEMA, get_namespace_name(cache_nsp));
		return false;
	}
	for (i = 0; i < NTABLES; i++)
		if (pg_class_aclcheck(table_oids[i], user, ACL_SELECT) != ACLCHECK_OK)
		{
			if (raise &&
				pg_attribute_aclcheck_all(table_oids[i], user, ACL_SELECT, ACLMASK_ANY) != ACLCHECK_OK)
				aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_TABLE, table_names[i]);
			return false;
		}
	return true;
}

static bool
need_conversion(void)
{
	int			enc = GetDatabaseEncoding();

	return enc != PG_UTF8 && enc != PG_SQL_ASCII;
}

/*
 * s[0..*len) in UTF-8: converted from the server encoding when it is another
 * one (SQL_ASCII bytes are taken as they are).  The result may be s itself.
 */
const char *
subst_to_utf8(const char *s, int *len)
{
	char	   *utf8;

	if (*len == 0 || !need_conversion())
		return s;
	utf8 = pg_server_to_any(s, *len, PG_UTF8);
	if (utf8 != s)
		*len = strlen(utf8);
	return utf8;
}

/* Folds a name in the server encoding; result palloc'd in the current context. */
static char *
fold_server(const char *s, int len, int *outlen)
{
	const char *utf8 = subst_to_utf8(s, &len);
	char	   *out = palloc(SUBST_FOLD_SIZE(len));

	*outlen = subst_fold(utf8, len, out);
	return out;
}

static int
subst_key_cmp(const void *a, const void *b)
{
	return strcmp(((const SubstInfo *) a)->key, ((const SubstInfo *) b)->key);
}

static SubstInfo *
find_subst(const char *key)
{
	SubstInfo	probe;

	probe.key = (char *) key;
	return bsearch(&probe, substs, nsubsts, sizeof(SubstInfo), subst_key_cmp);
}

/* Does candidate c take precedence over the entry e for the same name? */
static bool
takes_precedence(const NameEntry *c, const NameEntry *e)
{
	int			r;

	if (c->builtin != e->builtin)
		return !c->builtin;		/* users' rows override built-in ones */
	r = DatumGetInt32(DirectFunctionCall2(numeric_cmp, c->m.confidence, e->m.confidence));
	if (r != 0)
		return r > 0;
	r = strcmp(c->m.subst->key, e->m.subst->key);
	if (r != 0)
		return r < 0;
	if (c->rank != e->rank)
		return c->rank < e->rank;
	return strcmp(c->m.matched, e->m.matched) < 0;
}

static void
add_name(const char *name, const SubstInfo *subst, Datum confidence,
		 bool builtin, int rank)
{
	int			len;
	char	   *folded = fold_server(name, strlen(name), &len);
	uint32		h;
	uint32		i;
	NameEntry	cand;

	if (len == 0)
		return;					/* nothing to match (the CHECK forbids it) */
	h = hash_bytes((const unsigned char *) folded, len);
	cand.folded = folded;
	cand.len = len;
	cand.hash = h;
	cand.builtin = builtin;
	cand.rank = rank;
	cand.m.subst = subst;
	cand.m.confidence = confidence;
	cand.m.matched = name;

	for (i = h & names_mask;; i = (i + 1) & names_mask)
	{
		NameEntry  *e = &names[i];

		if (e->folded == NULL)
		{
			*e = cand;
			if (len > max_folded_len)
				max_folded_len = len;
			return;
		}
		if (e->hash == h && e->len == len && memcmp(e->folded, folded, len) == 0)
		{
			if (takes_precedence(&cand, e))
				*e = cand;
			return;
		}
	}
}

static char *
get_text(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

static bool
get_bool(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	return !isnull && DatumGetBool(d);
}

static Datum
get_numeric(HeapTuple tup, TupleDesc desc, int col, Datum dflt)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	return isnull ? dflt : datumCopy(d, false, -1);
}

static void
run_query(const char *schema, const char *fmt)
{
	char	   *sql = psprintf(fmt, schema);
	int			rc = SPI_execute(sql, true, 0);

	if (rc != SPI_OK_SELECT)
		elog(ERROR, "reading the substance catalog failed: %s", SPI_result_code_string(rc));
}

static void
load_catalog(const char *schema)
{
	MemoryContext spi_cxt;
	SPITupleTable *tt;
	uint64		i;
	uint32		cap;
	uint64		nnames;
	Datum		one;

	/* substances */
	run_query(schema, "SELECT key, name_en, name_ko, unodc_group, kr_class, builtin FROM %s.substance");
	spi_cxt = MemoryContextSwitchTo(build_cxt);
	tt = SPI_tuptable;
	nsubsts = (int) SPI_processed;
	substs = palloc0(sizeof(SubstInfo) * Max(nsubsts, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		substs[i].key = get_text(tt->vals[i], tt->tupdesc, 1);
		substs[i].unodc_group = get_text(tt->vals[i], tt->tupdesc, 4);
		substs[i].kr_class = get_text(tt->vals[i], tt->tupdesc, 5);
	}
	qsort(substs, nsubsts, sizeof(SubstInfo), subst_key_cmp);
	MemoryContextSwitchTo(spi_cxt);

	/* aliases; with the keys and names, sizes the hash table */
	run_query(schema, "SELECT alias, substance, confidence, builtin FROM %s.substance_alias");
	MemoryContextSwitchTo(build_cxt);
	nnames = SPI_processed + 3 * (uint64) nsubsts;
	for (cap = 64; cap < 2 * nnames; cap <<= 1)
		if (cap >= (uint32) 1 << 30)
			elog(ERROR, "too many substance names");
	names = palloc0(sizeof(NameEntry) * cap);
	names_mask = cap - 1;
	max_folded_len = 0;
	one = DirectFunctionCall1(int4_numeric, Int32GetDatum(1));

	tt = SPI_tuptable;
	for (i = 0; i < SPI_processed; i++)
	{
		char	   *alias = get_text(tt->vals[i], tt->tupdesc, 1);
		char	   *key = get_text(tt->vals[i], tt->tupdesc, 2);
		SubstInfo  *s = key ? find_subst(key) : NULL;

		if (alias && s)			/* the foreign key guarantees s */
			add_name(alias, s, get_numeric(tt->vals[i], tt->tupdesc, 3, one),
					 get_bool(tt->vals[i], tt->tupdesc, 4), 3);
	}
	MemoryContextSwitchTo(spi_cxt);

	/* every key and name also names its substance, at full confidence */
	run_query(schema, "SELECT key, name_en, name_ko, builtin FROM %s.substance");
	MemoryContextSwitchTo(build_cxt);
	tt = SPI_tuptable;
	for (i = 0; i < SPI_processed; i++)
	{
		char	   *key = get_text(tt->vals[i], tt->tupdesc, 1);
		SubstInfo  *s = find_subst(key);
		bool		builtin = get_bool(tt->vals[i], tt->tupdesc, 4);
		int			col;

		add_name(s->key, s, one, builtin, 0);
		for (col = 2; col <= 3; col++)
		{
			char	   *name = get_text(tt->vals[i], tt->tupdesc, col);

			if (name)
				add_name(name, s, one, builtin, col - 1);
		}
	}
	MemoryContextSwitchTo(spi_cxt);

	/* conversion factors, grouped by substance */
	run_query(schema, "SELECT substance, unit, grams_per_unit, basis, builtin FROM %s.conversion_factor ORDER BY substance");
	MemoryContextSwitchTo(build_cxt);
	tt = SPI_tuptable;
	for (i = 0; i < SPI_processed;)
	{
		uint64		j;
		char	   *key = get_text(tt->vals[i], tt->tupdesc, 1);
		SubstInfo  *s = find_subst(key);
		int			n = 0;

		for (j = i; j < SPI_processed; j++)
		{
			char	   *k2 = get_text(tt->vals[j], tt->tupdesc, 1);

			if (strcmp(k2, key) != 0)
				break;
		}
		if (s)
		{
			s->factors = palloc(sizeof(SubstFactor) * (j - i));
			for (; i < j; i++)
			{
				SubstFactor *f = &s->factors[n];
				char	   *basis = get_text(tt->vals[i], tt->tupdesc, 4);

				f->unit = get_text(tt->vals[i], tt->tupdesc, 2);
				f->grams = get_numeric(tt->vals[i], tt->tupdesc, 3, (Datum) 0);
				f->builtin = get_bool(tt->vals[i], tt->tupdesc, 5);
				if (f->unit && f->grams && basis && subst_basis_lookup(basis, &f->basis))
					n++;
			}
			s->nfactors = n;
		}
		i = j;
	}
	MemoryContextSwitchTo(spi_cxt);
}

static void
build_cache(Oid fn_oid)
{
	Oid			nsp = get_func_namespace(fn_oid);
	char	   *nspname = nsp != InvalidOid ? get_namespace_name(nsp) : NULL;
	const char *schema;
	uint64		count_at_start;
	bool		transient = IsInParallelMode();
	int			i;

	if (nspname == NULL)
		elog(ERROR, "cache lookup failed for the schema of function %u", fn_oid);
	schema = quote_identifier(nspname);

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(catalog_changed, (Datum) 0);
		CacheRegisterSyscacheCallback(AUTHOID, roles_changed, (Datum) 0);
		CacheRegisterSyscacheCallback(AUTHMEMROLEMEM, roles_changed, (Datum) 0);
		CacheRegisterSyscacheCallback(NAMESPACEOID, roles_changed, (Datum) 0);
		callback_registered = true;
	}
	cache_user = InvalidOid;
	cache_nsp = nsp;
	for (i = 0; i < NTABLES; i++)
	{
		table_oids[i] = get_relname_relid(table_names[i], nsp);
		if (table_oids[i] == InvalidOid)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("table %s.%s is missing", schema, table_names[i]),
					 errdetail("The substance catalog lives in the schema of extension seizure."),
					 errhint("Reinstall the extension: DROP EXTENSION seizure; CREATE EXTENSION seizure;")));
	}
	(void) may_read_catalog(GetUserId(), true);

	/* a build that failed half-way left its memory behind */
	if (build_cxt != NULL)
		MemoryContextDelete(build_cxt);
	build_cxt = AllocSetContextCreate(CacheMemoryContext, "seizure substance cache",
									  ALLOCSET_DEFAULT_SIZES);
	count_at_start = inval_count;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* parallel mode cannot take a new snapshot: use the query's, for now */
	if (!transient)
		PushActiveSnapshot(GetLatestSnapshot());
	load_catalog(schema);
	if (!transient)
		PopActiveSnapshot();
	SPI_finish();

	if (cache_cxt != NULL)
		MemoryContextDelete(cache_cxt);
	cache_cxt = build_cxt;
	build_cxt = NULL;
	cache_transient = transient;
	cache_lxid = CURRENT_LXID;
	cache_user = GetUserId();
	cache_per_user = false;
	for (i = 0; i < NTABLES; i++)
		if (check_enable_rls(table_oids[i], InvalidOid, true) != RLS_NONE)
			cache_per_user = true;
	/* an invalidation that arrived while reading calls for another build */
	cache_valid = (inval_count == count_at_start);
}

/* The entry of a folded name, or NULL. */
static const SubstMatch *
probe(const char *folded, int n)
{
	uint32		h;
	uint32		i;

	if (n == 0 || n > max_folded_len)
		return NULL;
	h = hash_bytes((const unsigned char *) folded, n);
	for (i = h & names_mask;; i = (i + 1) & names_mask)
	{
		const NameEntry *e = &names[i];

		if (e->folded == NULL)
			return NULL;
		if (e->hash == h && e->len == n && memcmp(e->folded, folded, n) == 0)
			return &e->m;
	}
}

/*
 * Salts and forms read around a known name (substance_fold.h): each word
 * read takes the match's confidence down by a tenth (times 0.9), so a
 * reading is never as sure as the alias it rests on.  At most
 * SUBST_MAX_QUALIFIERS words are read.
 */
#define SUBST_MAX_QUALIFIERS 4

static const SubstMatch *
read_qualified(const char *utf8, int len, char *buf)
{
	static SubstMatch reading;
	int			start = 0;
	int			end = len;
	int			words;

	for (words = 1; words <= SUBST_MAX_QUALIFIERS; words++)
	{
		const SubstMatch *m;
		Datum		conf;
		int			i;

		if (subst_strip_qualifier(utf8, &start, &end) == SQ_NONE)
			return NULL;
		m = probe(buf, subst_fold(utf8 + start, end - start, buf));
		if (m == NULL)
			continue;
		conf = m->confidence;
		for (i = 0; i < words; i++)
			conf = DirectFunctionCall2(numeric_mul, conf,
									   DirectFunctionCall3(numeric_in, CStringGetDatum("0.9"),
														   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
		reading.subst = m->subst;
		reading.confidence = conf;
		reading.matched = m->matched;
		return &reading;
	}
	return NULL;
}

const SubstMatch *
subst_lookup(Oid fn_oid, const char *name, int len)
{
	char		stackbuf[256];
	char	   *buf;
	const char *utf8;
	const SubstMatch *m;

	/*
	 * Once per statement, read pending invalidations even if this statement
	 * took no lock that would: a change committed by another session before
	 * the statement began is then seen, also inside a transaction block.
	 */
	if (GetCurrentStatementStartTimestamp() != last_statement)
	{
		AcceptInvalidationMessages();
		last_statement = GetCurrentStatementStartTimestamp();
	}
	/* built for another user: answer only one who may read the tables */
	if (cache_valid && GetUserId() != cache_user)
	{
		if (!cache_per_user && may_read_catalog(GetUserId(), false))
			cache_user = GetUserId();
		else
			cache_valid = false;
	}
	if (!cache_valid || (cache_transient && cache_lxid != CURRENT_LXID))
		build_cache(fn_oid);

	utf8 = subst_to_utf8(name, &len);
	buf = SUBST_FOLD_SIZE(len) <= sizeof(stackbuf) ? stackbuf : palloc(SUBST_FOLD_SIZE(len));
	/* an alias as written first: "cannabis oil" and "crystal meth" are names */
	m = probe(buf, subst_fold(utf8, len, buf));
	if (m == NULL)
		m = read_qualified(utf8, len, buf);
	return m;
}

static const char *const basis_names[SB_NBASES] = {"net", "bulk", "gross"};

const char *
subst_basis_name(SubstBasis basis)
{
	return basis_names[basis];
}

bool
subst_basis_lookup(const char *name, SubstBasis *basis)
{
	int			b;

	for (b = 0; b < SB_NBASES; b++)
		if (strcmp(name, basis_names[b]) == 0)
		{
			*basis = (SubstBasis) b;
			return true;
		}
	return false;
}

/*
 * substance_cache.h
 *	  The substance catalog: canonical substances, their aliases and
 *	  conversion factors, read from the extension's reference tables into a
 *	  per-backend cache that relcache invalidation keeps current.
 */
#ifndef SEIZURE_SUBSTANCE_CACHE_H
#define SEIZURE_SUBSTANCE_CACHE_H

#include "postgres.h"
#include "fmgr.h"

typedef enum SubstBasis
{
	SB_NET = 0,					/* drug only */
	SB_BULK,					/* as seized, without packaging (UNODC) */
	SB_GROSS,					/* with packaging */
	SB_NBASES
} SubstBasis;

typedef struct SubstFactor
{
	char	   *unit;			/* "L" or a count unit symbol */
	Datum		grams;			/* numeric: grams per unit (per litre) */
	SubstBasis	basis;
	bool		builtin;
} SubstFactor;

typedef struct SubstInfo
{
	char	   *key;
	char	   *unodc_group;	/* NULL when none */
	char	   *kr_class;		/* NULL when none */
	int			nfactors;
	SubstFactor *factors;
} SubstInfo;

typedef struct SubstMatch
{
	const SubstInfo *subst;
	Datum		confidence;		/* numeric */
	const char *matched;		/* the alias, key or name as stored */
} SubstMatch;

/*
 * The catalog entry that name resolves to, or NULL.  fn_oid is the calling
 * SQL function, whose schema holds the reference tables.  The result lives
 * in the cache: use it before the next catalog access.
 */
extern const SubstMatch *subst_lookup(Oid fn_oid, const char *name, int len);

/* s[0..*len) in UTF-8 (the folding's encoding); may return s itself. */
extern const char *subst_to_utf8(const char *s, int *len);

extern const char *subst_basis_name(SubstBasis basis);
extern bool subst_basis_lookup(const char *name, SubstBasis *basis);

#endif

/*
 * substance.c
 *	  SQL functions over the substance catalog: name normalisation, audit
 *	  matches, classifications, conversion of counts and volumes to mass,
 *	  and the trigger that keeps caches current.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"

#include "numeric_build.h"
#include "quantity.h"
#include "substance_cache.h"
#include "tally.h"
#include "substance_fold.h"

static const SubstMatch *
lookup_arg(FunctionCallInfo fcinfo, int argno)
{
	text	   *name = PG_GETARG_TEXT_PP(argno);

	return subst_lookup(fcinfo->flinfo->fn_oid, VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
}

PG_FUNCTION_INFO_V1(substance_fold);
Datum
substance_fold(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	int			len = VARSIZE_ANY_EXHDR(name);
	const char *utf8 = subst_to_utf8(VARDATA_ANY(name), &len);
	char	   *out = palloc(SUBST_FOLD_SIZE(len));
	int			n = subst_fold(utf8, len, out);

	/* back to the server encoding if it is not the folding's */
	if (utf8 != VARDATA_ANY(name) && n > 0)
	{
		out = pg_any_to_server(out, n, PG_UTF8);
		n = strlen(out);
	}
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, n));
}

PG_FUNCTION_INFO_V1(normalize_substance);
Datum
normalize_substance(PG_FUNCTION_ARGS)
{
	const SubstMatch *m = lookup_arg(fcinfo, 0);

	if (m == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(m->subst->key));
}

PG_FUNCTION_INFO_V1(substance_match);
Datum
substance_match(PG_FUNCTION_ARGS)
{
	const SubstMatch *m = lookup_arg(fcinfo, 0);
	TupleDesc	desc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (m == NULL)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	desc = BlessTupleDesc(desc);
	values[0] = CStringGetTextDatum(m->subst->key);
	values[1] = m->confidence;
	values[2] = CStringGetTextDatum(m->matched);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

PG_FUNCTION_INFO_V1(substance_group);
Datum
substance_group(PG_FUNCTION_ARGS)
{
	const SubstMatch *m = lookup_arg(fcinfo, 0);

	if (m == NULL || m->subst->unodc_group == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(m->subst->unodc_group));
}

PG_FUNCTION_INFO_V1(substance_kr_class);
Datum
substance_kr_class(PG_FUNCTION_ARGS)
{
	const SubstMatch *m = lookup_arg(fcinfo, 0);

	if (m == NULL || m->subst->kr_class == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(m->subst->kr_class));
}

/* Schema-qualified name of a catalog table, for hints. */
static char *
catalog_table(FunctionCallInfo fcinfo, const char *table)
{
	char	   *nsp = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));

	return psprintf("%s.%s", quote_identifier(nsp ? nsp : "seizure"), table);
}

static const SubstMatch *
lookup_known(FunctionCallInfo fcinfo, int argno)
{
	const SubstMatch *m = lookup_arg(fcinfo, argno);

	if (m == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown substance \"%s\"", text_to_cstring(PG_GETARG_TEXT_PP(argno))),
				 errdetail("No key, name or alias in the substance catalog folds to the same text."),
				 errhint("Add an alias: INSERT INTO %s (alias, lang, substance) VALUES (%s, 'en', 'the_substance_key');",
						 catalog_table(fcinfo, "substance_alias"),
						 quote_literal_cstr(text_to_cstring(PG_GETARG_TEXT_PP(argno))))));
	return m;
}

/*
 * The factor for unit, of the given basis or (basis < 0) of the first basis
 * in the order net, bulk, gross; a user's row before a built-in one.
 */
static const SubstFactor *
choose_factor(const SubstInfo *s, const char *unit, int basis)
{
	const SubstFactor *best = NULL;
	int			i;

	for (i = 0; i < s->nfactors; i++)
	{
		const SubstFactor *f = &s->factors[i];

		if (strcmp(f->unit, unit) != 0 || (basis >= 0 && (int) f->basis != basis))
			continue;
		if (best == NULL || f->basis < best->basis ||
			(f->basis == best->basis && best->builtin && !f->builtin))
			best = f;
	}
	return best;
}

/* Display unit of a converted mass: kg from 1 kg, g from 1 g, else mg. */
static QtyUnit
mass_display_unit(int128 amount)
{
	int128		mag = amount < 0 ? -amount : amount;

	if (mag >= qty_pow10(15))
		return QU_KG;
	if (mag >= qty_pow10(12) || mag == 0)
		return QU_G;
	return QU_MG;
}

/* The weight basis of a mass converted with a factor of basis b. */
static QtyBasis
factor_basis(SubstBasis b)
{
	StaticAssertStmt(QB_NET == SB_NET + 1 && QB_BULK == SB_BULK + 1 && QB_GROSS == SB_GROSS + 1,
					 "factor bases and weight bases are in the same order");
	return (QtyBasis) (b + 1);
}

/*
 * q as a mass: itself when it is one, else converted with the factor of
 * substance m for its unit (of the basis asked for, when basis >= 0).  The
 * result is an estimate and carries the factor's weight basis.
 */
static Quantity *
to_mass_internal(FunctionCallInfo fcinfo, const SubstMatch *m, const Quantity *q, int basis)
{
	QtyBasis	result_basis;
	const SubstInfo *s = m->subst;
	QtyKind		kind = qty_kind(q);
	const SubstFactor *f;
	Datum		grams;
	int128		amount;
	const char *unit;

	if (kind == QK_MASS)
		return (Quantity *) q;

	unit = kind == QK_VOLUME ? "L" : qty_units[q->unit].symbol;
	f = choose_factor(s, unit, basis);
	if (f != NULL)
	{
		grams = f->grams;
		result_basis = factor_basis(f->basis);
	}
	else if (kind == QK_VOLUME && (basis < 0 || basis == SB_BULK))
	{
		/* UNODC counts liquids at 1 kg per litre, bulk weight */
		grams = DirectFunctionCall1(int4_numeric, Int32GetDatum(1000));
		result_basis = QB_BULK;
	}
	else if (kind == QK_VOLUME)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no %s density for substance \"%s\"", subst_basis_name(basis), s->key),
				 errdetail("Without a density, a volume counts as 1 kg per litre, which is a bulk weight."),
				 errhint("Add one: INSERT INTO %s (substance, unit, grams_per_unit, basis, source) VALUES ('%s', 'L', grams_per_litre, '%s', 'where the figure comes from');",
						 catalog_table(fcinfo, "conversion_factor"), s->key, subst_basis_name(basis))));
	else
	{
		/* the hint names the value to fill in as one SQL word: grams_per_dosage_unit */
		char	   *per = pstrdup(unit);
		char	   *c;

		for (c = per; *c; c++)
			if (*c == ' ')
				*c = '_';
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no %sconversion factor from %s to mass for substance \"%s\"",
						basis >= 0 ? psprintf("%s ", subst_basis_name(basis)) : "",
						qty_units[q->unit].plural, s->key),
				 errdetail("A count becomes a mass only through a factor whose source is known."),
				 errhint("Add one: INSERT INTO %s (substance, unit, grams_per_unit, basis, source) VALUES ('%s', '%s', grams_per_%s, '%s', 'where the figure comes from');",
						 catalog_table(fcinfo, "conversion_factor"), s->key, unit, per,
						 basis >= 0 ? subst_basis_name(basis) : "net")));
	}

	/* base steps are 1 pg, 1 pL and 10^-12 item: pg = steps * g per unit */
	amount = qty_mul_numeric(qty_amount(q), grams);
	return qty_make_basis(amount, mass_display_unit(amount), true, result_basis);
}

PG_FUNCTION_INFO_V1(substance_to_mass);
Datum
substance_to_mass(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(to_mass_internal(fcinfo, lookup_known(fcinfo, 1), PG_GETARG_QUANTITY_P(0), -1));
}

static SubstBasis
basis_arg(FunctionCallInfo fcinfo, int argno)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(argno));
	SubstBasis	basis;

	if (!subst_basis_lookup(name, &basis))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid basis \"%s\"", name),
				 errdetail("A conversion factor weighs the drug alone (net), the drug as seized without packaging (bulk) or with packaging (gross)."),
				 errhint("Use net, bulk or gross.")));
	return basis;
}

PG_FUNCTION_INFO_V1(substance_to_mass_basis);
Datum
substance_to_mass_basis(PG_FUNCTION_ARGS)
{
	/* the basis first, then the substance: the order of their errors */
	int			basis = (int) basis_arg(fcinfo, 2);

	PG_RETURN_QUANTITY_P(to_mass_internal(fcinfo, lookup_known(fcinfo, 1), PG_GETARG_QUANTITY_P(0), basis));
}

/*
 * A tally folded to one mass: each part through to_mass_internal, added up.
 * The result is an estimate when any part was converted or estimated; it is
 * written in kg, as tallies write masses.  Parts whose masses come out on
 * different weight bases do not add up (ERROR 22000).
 */
static Quantity *
tally_to_mass_internal(FunctionCallInfo fcinfo, const QtyTally *t, int basis)
{
	int128		sum = 0;
	bool		estimate = false;
	QtyBasis	result_basis = QB_UNSTATED;
	/* looked up once; an unknown substance is an error even for a pure mass */
	const SubstMatch *m = lookup_known(fcinfo, 1);
	int			i;

	for (i = 0; i < t->nparts; i++)
	{
		const TallyPart *p = &t->parts[i];
		Quantity   *part = qty_make_basis(tally_part_amount(p), qty_kind_unit((QtyKind) p->kind),
										  tally_part_estimate(p), tally_part_basis(p));
		Quantity   *mass = to_mass_internal(fcinfo, m, part, basis);

		if (i > 0)
			qty_check_same_basis(result_basis, qty_basis(mass), "add");
		result_basis = qty_basis(mass);
		sum = qty_add_amounts(sum, qty_amount(mass));
		estimate = estimate || qty_is_estimate(mass);
	}
	return qty_make_basis(sum, QU_KG, estimate, result_basis);
}

PG_FUNCTION_INFO_V1(substance_tally_to_mass);
Datum
substance_tally_to_mass(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(tally_to_mass_internal(fcinfo, PG_GETARG_TALLY_P(0), -1));
}

PG_FUNCTION_INFO_V1(substance_tally_to_mass_basis);
Datum
substance_tally_to_mass_basis(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(tally_to_mass_internal(fcinfo, PG_GETARG_TALLY_P(0),
												(int) basis_arg(fcinfo, 2)));
}

/* The one text value a query returns, copied out of SPI; NULL for NULL. */
static char *
spi_text(const char *sql, int nargs, Oid *argtypes, Datum *args)
{
	char	   *v;

	if (SPI_execute_with_args(sql, nargs, argtypes, args, NULL, true, 1) != SPI_OK_SELECT ||
		SPI_processed != 1)
		elog(ERROR, "reading the dose standards failed");
	v = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	return v ? strcpy(SPI_palloc(strlen(v) + 1), v) : NULL;
}

/*
 * The grams per dose of standard for substance key: the standard's row for
 * that substance, else its row for any substance (substance NULL); a
 * user's row before a built-in one.  ERROR 22023 when the standard is
 * unknown or gives no dose of the substance.
 */
static Datum
dose_grams(FunctionCallInfo fcinfo, const char *standard, const char *key)
{
	char	   *nsp = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));
	const char *table = catalog_table(fcinfo, "dose_standard");
	Oid			argtypes[2] = {TEXTOID, TEXTOID};
	Datum		args[2];
	Datum		grams = (Datum) 0;
	char	   *others = NULL;
	bool		isnull;

	if (nsp == NULL)
		elog(ERROR, "cache lookup failed for the schema of function %u", fcinfo->flinfo->fn_oid);
	args[0] = CStringGetTextDatum(standard);
	args[1] = CStringGetTextDatum(key);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(psprintf("SELECT grams_per_dose FROM %s "
									   "WHERE standard OPERATOR(pg_catalog.=) $1 "
									   "AND (substance OPERATOR(pg_catalog.=) $2 OR substance IS NULL) "
									   "ORDER BY substance IS NULL, builtin LIMIT 1", table),
							  2, argtypes, args, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "reading %s failed", table);
	if (SPI_processed > 0)
	{
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
			grams = SPI_datumTransfer(d, false, -1);
	}
	else
	{
		/* the substances the standard gives doses of; none: it is unknown */
		others = spi_text(psprintf("SELECT pg_catalog.string_agg(DISTINCT substance, ', ' ORDER BY substance) "
								   "FROM %s WHERE standard OPERATOR(pg_catalog.=) $1", table),
						  1, argtypes, args);
		if (others == NULL)
		{
			char	   *known = spi_text(psprintf("SELECT pg_catalog.string_agg(DISTINCT standard, ', ' ORDER BY standard) FROM %s",
												  table), 0, NULL, NULL);

			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown dose standard \"%s\"", standard),
					 known ? errdetail("The dose standards are: %s.", known) :
					 errdetail("Table %s has no rows.", table),
					 errhint("Name one of them, or add one: INSERT INTO %s (standard, substance, grams_per_dose, measures, source) VALUES (%s, NULL, grams_per_dose, measures, 'where the figure comes from');",
							 table, quote_literal_cstr(standard))));
		}
	}
	SPI_finish();
	if (grams == (Datum) 0 && others != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("dose standard \"%s\" gives no dose of substance \"%s\"", standard, key),
				 errdetail("Standard %s gives doses of %s only.", standard, others),
				 errhint("Add one: INSERT INTO %s (standard, substance, grams_per_dose, measures, source) VALUES (%s, '%s', grams_per_dose, measures, 'where the figure comes from');",
						 table, quote_literal_cstr(standard), key)));
	if (grams == (Datum) 0)
		elog(ERROR, "dose standard \"%s\" has no grams per dose", standard);
	return grams;
}

/*
 * The doses a seizure is enough for: its mass (a count or volume through
 * to_mass_internal) over the standard's grams per dose, rounded half away
 * from zero to a whole dose, as an estimate.  A dose standard weighs the
 * drug as seized without packaging: a gross mass is refused (22000).
 */
static Quantity *
doses_internal(FunctionCallInfo fcinfo, const Quantity *q, const char *standard)
{
	const SubstMatch *m = lookup_known(fcinfo, 1);
	const char *key = pstrdup(m->subst->key);
	Quantity   *mass = to_mass_internal(fcinfo, m, q, -1);
	Datum		grams = dose_grams(fcinfo, standard, key);
	Datum		pg_per_dose;
	Datum		n;

	if (qty_basis(mass) == QB_GROSS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("cannot count doses in a gross weight"),
				 errdetail("A dose standard weighs the drug without its packaging; the mass is %s.",
						   qty_basis_phrase(QB_GROSS)),
				 errhint("Give the drug's net or bulk weight; a count converts on a net basis with doses(to_mass(q, substance, 'net'), substance).")));
	/* base steps of a mass are picograms: doses = pg / (g per dose * 10^12) */
	pg_per_dose = DirectFunctionCall2(numeric_mul, grams, qty_int128_numeric(qty_pow10(12)));
	n = DirectFunctionCall2(numeric_div, qty_int128_numeric(qty_amount(mass)), pg_per_dose);
	n = DirectFunctionCall2(numeric_round, n, Int32GetDatum(0));
	return qty_make(qty_numeric_scale(n, qty_units[QU_DOSE].mult, qty_units[QU_DOSE].exp), QU_DOSE, true);
}

PG_FUNCTION_INFO_V1(substance_doses);
Datum
substance_doses(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(doses_internal(fcinfo, PG_GETARG_QUANTITY_P(0), "kcs"));
}

PG_FUNCTION_INFO_V1(substance_doses_standard);
Datum
substance_doses_standard(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(doses_internal(fcinfo, PG_GETARG_QUANTITY_P(0),
										text_to_cstring(PG_GETARG_TEXT_PP(2))));
}

/*
 * Statement trigger on the reference tables: a relcache invalidation of the
 * changed table reaches every backend's cache (see substance_cache.c).
 */
PG_FUNCTION_INFO_V1(substance_catalog_changed);
Datum
substance_catalog_changed(PG_FUNCTION_ARGS)
{
	TriggerData *td;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("substance_catalog_changed() must be called as a trigger")));
	td = (TriggerData *) fcinfo->context;
	CacheInvalidateRelcache(td->tg_relation);
	return PointerGetDatum(NULL);
}

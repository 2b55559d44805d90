/*
 * party.c
 *	  SQL interface: normalize_party and party_phone_countries.
 */
#include "postgres.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/tuplestore.h"

#include "pg_compat.h"
#include "party_phone.h"
#include "party_text.h"
#include "textkit.h"

typedef enum PartyKind
{
	PK_PHONE,
	PK_EMAIL,
	PK_NAME,
	PK_ADDRESS
} PartyKind;

static PartyKind
parse_kind(text *kind)
{
	const char *s = VARDATA_ANY(kind);
	int			len = VARSIZE_ANY_EXHDR(kind);

	if (tk_ascii_equal_fold(s, len, "phone"))
		return PK_PHONE;
	if (tk_ascii_equal_fold(s, len, "email"))
		return PK_EMAIL;
	if (tk_ascii_equal_fold(s, len, "name"))
		return PK_NAME;
	if (tk_ascii_equal_fold(s, len, "address"))
		return PK_ADDRESS;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown party kind \"%s\"", text_to_cstring(kind)),
			 errhint("The kinds are phone, email, name and address.")));
	return PK_PHONE;			/* not reached */
}

/* Shared by both SQL forms; home is the default country, or NULL. */
static text *
normalize_party_internal(text *value, PartyKind kind, const PhonePlan *home)
{
	const char *s = VARDATA_ANY(value);
	int			len = VARSIZE_ANY_EXHDR(value);
	bool		utf8 = (GetDatabaseEncoding() == PG_UTF8);
	char	   *out;
	int			n;

	if (kind == PK_PHONE)
	{
		char		buf[PARTY_PHONE_MAXLEN];

		if (!party_phone_normalize(s, len, home, utf8, buf))
			return NULL;
		return cstring_to_text(buf);
	}
	out = palloc(PARTY_TEXT_GROWTH * len + 1);
	n = party_text_normalize(s, len,
							 kind == PK_EMAIL ? PARTY_EMAIL :
							 kind == PK_NAME ? PARTY_NAME : PARTY_ADDRESS,
							 utf8, out);
	Assert(n <= PARTY_TEXT_GROWTH * len);
	if (n == 0)
		return NULL;
	return cstring_to_text_with_len(out, n);
}

PG_FUNCTION_INFO_V1(normalize_party);
Datum
normalize_party(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	PartyKind	kind = parse_kind(PG_GETARG_TEXT_PP(1));
	text	   *result = normalize_party_internal(value, kind, NULL);

	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(result);
}

PG_FUNCTION_INFO_V1(normalize_party_country);
Datum
normalize_party_country(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	text	   *kindtext = PG_GETARG_TEXT_PP(1);
	text	   *country = PG_GETARG_TEXT_PP(2);
	PartyKind	kind = parse_kind(kindtext);
	const PhonePlan *home;
	text	   *result;

	if (kind != PK_PHONE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a default country applies only to kind phone"),
				 errhint("Call normalize_party(value, '%s') without a country.",
						 text_to_cstring(kindtext))));
	home = party_phone_country(VARDATA_ANY(country), VARSIZE_ANY_EXHDR(country));
	if (home == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown country code \"%s\"", text_to_cstring(country)),
				 errdetail("The default country is an ISO 3166-1 alpha-2 code of one of the %d countries whose numbering plans are known.",
						   party_phone_nplans),
				 errhint("SELECT country FROM party_phone_countries() lists the known countries.")));
	result = normalize_party_internal(value, kind, home);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(result);
}

static Datum
prefix_array(const char *const *prefixes, const char *first)
{
	Datum	   *elems;
	int			n = 0;
	int			i;

	while (prefixes[n])
		n++;
	elems = palloc((n + 1) * sizeof(Datum));
	n = 0;
	if (first)
		elems[n++] = CStringGetTextDatum(first);
	for (i = 0; prefixes[i]; i++)
		elems[n++] = CStringGetTextDatum(prefixes[i]);
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* Shortest (or longest) national significant number a plan allows. */
static int
plan_length(const PhonePlan *p, bool longest)
{
	int			n;

	for (n = longest ? 63 : 1; n > 0 && n < 64; n += longest ? -1 : 1)
		if (p->lengths & (UINT64CONST(1) << n))
			return n;
	return 0;
}

PG_FUNCTION_INFO_V1(party_phone_countries);
Datum
party_phone_countries(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < party_phone_nplans; i++)
	{
		const PhonePlan *p = &party_phone_plans[i];
		Datum		values[7];
		bool		nulls[7] = {0};

		values[0] = CStringGetTextDatum(p->country);
		values[1] = CStringGetTextDatum(p->cc);
		values[2] = prefix_array(p->trunk, NULL);
		values[3] = prefix_array(p->intl, "00");
		values[4] = prefix_array(p->carrier, NULL);
		values[5] = Int32GetDatum(plan_length(p, false));
		values[6] = Int32GetDatum(plan_length(p, true));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/*
 * route_type.c
 *	  SQL interface of the route type: text and binary I/O, comparison,
 *	  hashing, labels and transport modes.
 *
 * A route is one byte, passed by value; its number is its sort order.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "pg_compat.h"
#include "route.h"

#define DatumGetRoute(d)	((int) DatumGetUInt8(d))
#define RouteGetDatum(r)	UInt8GetDatum((uint8) (r))
#define PG_GETARG_ROUTE(n)	DatumGetRoute(PG_GETARG_DATUM(n))
#define PG_RETURN_ROUTE(r)	return RouteGetDatum(r)

#define ROUTE_LABELS_HINT \
	"Valid routes are traveler, international_mail, express_cargo, air_cargo, " \
	"sea_cargo, general_cargo, land_border and other; English and Korean aliases " \
	"such as \"passenger\", \"EMS\", \"courier\" or \"container\" are accepted too."

/* a route stored by another build or sent by a client must be one we know */
static int
route_check(int r)
{
	if (r < 0 || r >= ROUTE_NVALUES)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid route value %d", r),
				 errdetail("A route is stored as a number from 0 to %d.", ROUTE_NVALUES - 1)));
	return r;
}

PG_FUNCTION_INFO_V1(route_in);
Datum
route_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int			len = strlen(str);
	char	   *utf8 = pg_server_to_any(str, len, PG_UTF8);
	int			r = route_parse(utf8, strlen(utf8));

	if (r == ROUTE_NONE)
		ereturn(INPUT_ESCONTEXT(fcinfo), (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type route: \"%s\"", str),
				 errhint(ROUTE_LABELS_HINT)));
	PG_RETURN_ROUTE(r);
}

PG_FUNCTION_INFO_V1(route_out);
Datum
route_out(PG_FUNCTION_ARGS)
{
	int			r = route_check(PG_GETARG_ROUTE(0));

	PG_RETURN_CSTRING(pstrdup(route_canonical_label(r)));
}

/* binary format: one byte, the route's number (its place in the sort order) */
PG_FUNCTION_INFO_V1(route_recv);
Datum
route_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			r = pq_getmsgbyte(buf);

	if (r < 0 || r >= ROUTE_NVALUES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type route: %d", r),
				 errdetail("A route is sent as one byte from 0 to %d.", ROUTE_NVALUES - 1)));
	PG_RETURN_ROUTE(r);
}

PG_FUNCTION_INFO_V1(route_send);
Datum
route_send(PG_FUNCTION_ARGS)
{
	int			r = route_check(PG_GETARG_ROUTE(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, (uint8) r);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(route_cmp);
Datum
route_cmp(PG_FUNCTION_ARGS)
{
	int			a = PG_GETARG_ROUTE(0);
	int			b = PG_GETARG_ROUTE(1);

	PG_RETURN_INT32((a > b) - (a < b));
}

#define ROUTE_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_ROUTE(0) op PG_GETARG_ROUTE(1)); \
}

ROUTE_CMP_FN(route_eq, ==)
ROUTE_CMP_FN(route_ne, !=)
ROUTE_CMP_FN(route_lt, <)
ROUTE_CMP_FN(route_le, <=)
ROUTE_CMP_FN(route_gt, >)
ROUTE_CMP_FN(route_ge, >=)

/* min() and max() of routes, in the enum's order */
#define ROUTE_PICK_FN(name, pick) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_ROUTE(pick(PG_GETARG_ROUTE(0), PG_GETARG_ROUTE(1))); \
}

ROUTE_PICK_FN(route_smaller, Min)
ROUTE_PICK_FN(route_larger, Max)

PG_FUNCTION_INFO_V1(route_hash);
Datum
route_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_ROUTE(0));
}

PG_FUNCTION_INFO_V1(route_hash_extended);
Datum
route_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_ROUTE(0), PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(route_label);
Datum
route_label(PG_FUNCTION_ARGS)
{
	int			r = route_check(PG_GETARG_ROUTE(0));
	char	   *lang = text_to_cstring(PG_GETARG_TEXT_PP(1));
	const char *label = NULL;

	if (pg_strcasecmp(lang, "en") == 0)
		label = route_english_label(r);
	else if (pg_strcasecmp(lang, "ko") == 0)
		label = route_korean_label(r);
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown language for route_label: \"%s\"", lang),
				 errhint("Use \"en\" (English) or \"ko\" (Korean).")));
	PG_RETURN_TEXT_P(cstring_to_text(pg_any_to_server(label, strlen(label), PG_UTF8)));
}

PG_FUNCTION_INFO_V1(route_transport_mode_sql);
Datum
route_transport_mode_sql(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT16((int16) route_transport_mode(route_check(PG_GETARG_ROUTE(0))));
}

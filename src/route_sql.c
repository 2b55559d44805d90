/*
 * route_sql.c
 *	  SQL interface of identifier checks and free-text route classification.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

#include "classify.h"
#include "identifiers.h"
#include "route.h"

#define ID_KINDS_HINT \
	"Valid kinds are upu_s10, iata_awb, iso6346, ups, fedex_express, " \
	"fedex_ground, dhl_express, flight and mrz_document."

static IdKind
kind_of_text(text *t)
{
	return id_kind_of(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

PG_FUNCTION_INFO_V1(identifier_kind);
Datum
identifier_kind(PG_FUNCTION_ARGS)
{
	IdKind		k = kind_of_text(PG_GETARG_TEXT_PP(0));

	if (k == IDK_NONE)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(id_kind_name(k)));
}

PG_FUNCTION_INFO_V1(is_valid_identifier);
Datum
is_valid_identifier(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	text	   *kt = PG_GETARG_TEXT_PP(1);
	IdKind		k = id_kind_lookup(VARDATA_ANY(kt), VARSIZE_ANY_EXHDR(kt));

	if (k == IDK_NONE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown identifier kind: \"%s\"", text_to_cstring(kt)),
				 errhint(ID_KINDS_HINT)));
	PG_RETURN_BOOL(id_is_valid(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), k));
}

PG_FUNCTION_INFO_V1(route_of_identifier);
Datum
route_of_identifier(PG_FUNCTION_ARGS)
{
	IdKind		k = kind_of_text(PG_GETARG_TEXT_PP(0));

	if (k == IDK_NONE)
		PG_RETURN_NULL();
	return UInt8GetDatum((uint8) id_kind_route(k));
}

/* the classifier's workspace grows with the remark (docs/routes.md) */
static void *
classify_alloc(size_t size)
{
	if (!AllocSizeIsValid(size))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("remark is too long to classify"),
				 errdetail("Its tokens and keywords would need more than 1 GB of working memory."),
				 errhint("Classify a part of it, such as left(remark, 1000000).")));
	return palloc(size);
}

/* The remark as UTF-8 (the classifier's keywords are UTF-8). */
static char *
remark_utf8(text *t, int *len)
{
	char	   *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);
	char	   *u;

	if (GetDatabaseEncoding() == PG_UTF8 || GetDatabaseEncoding() == PG_SQL_ASCII)
	{
		*len = n;
		return s;
	}
	u = pg_server_to_any(s, n, PG_UTF8);
	*len = (u == s) ? n : (int) strlen(u);
	return u;
}

PG_FUNCTION_INFO_V1(classify_route);
Datum
classify_route(PG_FUNCTION_ARGS)
{
	int			len;
	char	   *s = remark_utf8(PG_GETARG_TEXT_PP(0), &len);
	RouteClassifier rc;

	route_classify(&rc, s, len, classify_alloc);
	if (rc.route == ROUTE_NONE)
		PG_RETURN_NULL();
	return UInt8GetDatum((uint8) rc.route);
}

/* 0.95 from 950 thousandths; weights and confidences are whole hundredths */
static void
append_hundredths(StringInfo buf, int hundredths)
{
	appendStringInfo(buf, "%d.%02d", hundredths / 100, hundredths % 100);
}

static void
append_json_string(StringInfo buf, const char *utf8, int len)
{
	char	   *part = pnstrdup(utf8, len);

	escape_json(buf, pg_any_to_server(part, len, PG_UTF8));
}

PG_FUNCTION_INFO_V1(classify_route_explain);
Datum
classify_route_explain(PG_FUNCTION_ARGS)
{
	int			len;
	char	   *s = remark_utf8(PG_GETARG_TEXT_PP(0), &len);
	RouteClassifier rc;
	StringInfoData buf;
	int			i;

	route_classify(&rc, s, len, classify_alloc);

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"route\": ");
	if (rc.route == ROUTE_NONE)
		appendStringInfoString(&buf, "null");
	else
		escape_json(&buf, route_canonical_label(rc.route));
	appendStringInfoString(&buf, ", \"confidence\": ");
	append_hundredths(&buf, rc.confidence);
	appendStringInfoString(&buf, ", \"evidence\": [");
	for (i = 0; i < rc.nevidence; i++)
	{
		const RouteEvidence *ev = &rc.evidence[i];

		if (i > 0)
			appendStringInfoString(&buf, ", ");
		appendStringInfoString(&buf, "{\"kind\": ");
		escape_json(&buf, ev->kind == EV_KEYWORD ? "keyword" : id_kind_name(ev->kind));
		appendStringInfoString(&buf, ", \"text\": ");
		append_json_string(&buf, s + ev->start, ev->len);
		if (ev->kind != EV_KEYWORD)
		{
			appendStringInfoString(&buf, ", \"identifier\": ");
			escape_json(&buf, ev->ident);
		}
		appendStringInfo(&buf, ", \"position\": %d, \"length\": %d, \"route\": ",
						 ev->cpos, ev->clen);
		if (ev->route == ROUTE_NONE)
			appendStringInfoString(&buf, "null");
		else
			escape_json(&buf, route_canonical_label(ev->route));
		appendStringInfoString(&buf, ", \"weight\": ");
		append_hundredths(&buf, ev->weight / 10);
		appendStringInfo(&buf, ", \"counted\": %s", ev->counted ? "true" : "false");
		if (ev->note != NULL)
		{
			appendStringInfoString(&buf, ", \"note\": ");
			escape_json(&buf, ev->note);
		}
		appendStringInfoChar(&buf, '}');
	}
	appendStringInfoChar(&buf, ']');
	if (rc.nomitted > 0)
		appendStringInfo(&buf, ", \"evidence_omitted\": %d", rc.nomitted);
	appendStringInfoChar(&buf, '}');

	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/*
 * party.c
 *	  SQL interface: normalize_party, party_pseudonym and
 *	  party_phone_countries.
 */
#include "postgres.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/tuplestore.h"

#include "hmac.h"
#include "pg_compat.h"
#include "party_chars.h"
#include "party_phone.h"
#include "party_text.h"
#include "sha256.h"
#include "textkit.h"

typedef enum PartyKind
{
	PK_PHONE,
	PK_EMAIL,
	PK_NAME,
	PK_ADDRESS
} PartyKind;

/* The kinds' names, as party_pseudonym hashes them. */
static const char *const kind_names[] = {"phone", "email", "name", "address"};

StaticAssertDecl(lengthof(kind_names) == PK_ADDRESS + 1, "a name for every PartyKind");

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

/*
 * The key of s[0..len) read as UTF-8 (utf8) or as ASCII with other bytes
 * copied through; home is the default country, or NULL.
 */
static text *
party_key_of(const char *s, int len, bool utf8, PartyKind kind, const PhonePlan *home)
{
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

/* Shared by both SQL forms: the key in the database's encoding. */
static text *
normalize_party_internal(text *value, PartyKind kind, const PhonePlan *home)
{
	return party_key_of(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value),
						GetDatabaseEncoding() == PG_UTF8, kind, home);
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

/*
 * The numbering plan of default_country, which only kind phone takes; the
 * hint names the call without it: fname(value, kind<more>).
 */
static const PhonePlan *
default_country_plan(PartyKind kind, text *kindtext, text *country,
					 const char *fname, const char *more)
{
	const PhonePlan *home;

	if (kind != PK_PHONE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a default country applies only to kind phone"),
				 errhint("Call %s(value, '%s'%s) without a country.",
						 fname, text_to_cstring(kindtext), more)));
	home = party_phone_country(VARDATA_ANY(country), VARSIZE_ANY_EXHDR(country));
	if (home == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown country code \"%s\"", text_to_cstring(country)),
				 errdetail("The default country is an ISO 3166-1 alpha-2 code of one of the %d countries whose numbering plans are known.",
						   party_phone_nplans),
				 errhint("SELECT country FROM party_phone_countries() lists the known countries.")));
	return home;
}

PG_FUNCTION_INFO_V1(normalize_party_country);
Datum
normalize_party_country(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	text	   *kindtext = PG_GETARG_TEXT_PP(1);
	text	   *country = PG_GETARG_TEXT_PP(2);
	PartyKind	kind = parse_kind(kindtext);
	const PhonePlan *home = default_country_plan(kind, kindtext, country,
												 "normalize_party", "");
	text	   *result = normalize_party_internal(value, kind, home);

	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(result);
}

/*
 * party_pseudonym: HMAC-SHA-256 under a secret of
 *
 *		"seizure-party-v1" 0x00 kind 0x00 key
 *
 * where kind is the kind's lower-case name and key normalize_party's key in
 * UTF-8, as 64 lower-case hex digits (docs/networks.md, party_pseudonym).  The
 * tag names this message; a release that changes what a key is changes it
 * too, so that pseudonyms of two definitions are told apart.  Neither the
 * tag nor a kind holds 0x00, so the message is read back one way only.
 */
#define PSEUDONYM_TAG "seizure-party-v1"
#define PSEUDONYM_MIN_SECRET 16
#define PSEUDONYM_HEX (2 * SHA256_DIGEST)

/*
 * Per call site (fn_extra): the secret last seen and HMAC's states keyed
 * with it, recomputed only when the secret changes.
 */
typedef struct PseudonymCache
{
	HmacSha256Key key;
	int			secret_len;
	char		secret[FLEXIBLE_ARRAY_MEMBER];
} PseudonymCache;

static const HmacSha256Key *
pseudonym_key(FunctionCallInfo fcinfo, bytea *secret)
{
	PseudonymCache *cache = (PseudonymCache *) fcinfo->flinfo->fn_extra;
	const char *s = VARDATA_ANY(secret);
	int			len = VARSIZE_ANY_EXHDR(secret);

	if (cache != NULL && cache->secret_len == len && memcmp(cache->secret, s, len) == 0)
		return &cache->key;
	if (len < PSEUDONYM_MIN_SECRET)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("secret of party_pseudonym is too short"),
				 errdetail("The secret is %d bytes long; it must be at least %d bytes.",
						   len, PSEUDONYM_MIN_SECRET),
				 errhint("Use 32 random bytes, such as gen_random_bytes(32) from pgcrypto, shared only with the other agency of the operation.")));
	if (cache == NULL || cache->secret_len < len)
	{
		if (cache != NULL)
			pfree(cache);
		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
								   offsetof(PseudonymCache, secret) + len);
		fcinfo->flinfo->fn_extra = cache;
	}
	hmac_sha256_key(&cache->key, (const uint8 *) s, len);
	memcpy(cache->secret, s, len);
	cache->secret_len = len;
	return &cache->key;
}

static Datum
party_pseudonym_internal(FunctionCallInfo fcinfo, text *value, PartyKind kind,
						 const PhonePlan *home, bytea *secret)
{
	const HmacSha256Key *key = pseudonym_key(fcinfo, secret);
	const char *s = VARDATA_ANY(value);
	int			len = VARSIZE_ANY_EXHDR(value);
	const char *u;
	text	   *norm;
	const char *k;
	int			klen;
	const char *name = kind_names[kind];
	Sha256		ctx;
	uint8		mac[SHA256_DIGEST];
	text	   *result;
	char	   *hex;
	int			i;

	/*
	 * The key of the value read as UTF-8, so that databases in every
	 * encoding give one pseudonym: EUC_KR text is converted, SQL_ASCII text
	 * is read as UTF-8 when it is well formed (ASCII alone otherwise), and
	 * the key is made with the UTF-8 rules (Korean provinces, jamo).
	 */
	u = pg_server_to_any(s, len, PG_UTF8);
	if (u != s)
		len = strlen(u);
	norm = party_key_of(u, len, tk_utf8_valid(u, len), kind, home);
	if (norm == NULL)
		PG_RETURN_NULL();
	k = VARDATA_ANY(norm);
	klen = VARSIZE_ANY_EXHDR(norm);

	hmac_sha256_begin(key, &ctx);
	sha256_update(&ctx, PSEUDONYM_TAG, sizeof(PSEUDONYM_TAG));	/* with its 0x00 */
	sha256_update(&ctx, name, strlen(name) + 1);
	sha256_update(&ctx, k, klen);
	hmac_sha256_end(key, &ctx, mac);

	result = palloc(VARHDRSZ + PSEUDONYM_HEX);
	SET_VARSIZE(result, VARHDRSZ + PSEUDONYM_HEX);
	hex = VARDATA(result);
	for (i = 0; i < SHA256_DIGEST; i++)
	{
		hex[2 * i] = "0123456789abcdef"[mac[i] >> 4];
		hex[2 * i + 1] = "0123456789abcdef"[mac[i] & 15];
	}
	PG_RETURN_TEXT_P(result);
}

PG_FUNCTION_INFO_V1(party_pseudonym);
Datum
party_pseudonym(PG_FUNCTION_ARGS)
{
	return party_pseudonym_internal(fcinfo, PG_GETARG_TEXT_PP(0),
									parse_kind(PG_GETARG_TEXT_PP(1)), NULL,
									PG_GETARG_BYTEA_PP(2));
}

PG_FUNCTION_INFO_V1(party_pseudonym_country);
Datum
party_pseudonym_country(PG_FUNCTION_ARGS)
{
	text	   *kindtext = PG_GETARG_TEXT_PP(1);
	PartyKind	kind = parse_kind(kindtext);
	const PhonePlan *home = default_country_plan(kind, kindtext, PG_GETARG_TEXT_PP(2),
												 "party_pseudonym", ", secret");

	return party_pseudonym_internal(fcinfo, PG_GETARG_TEXT_PP(0), kind, home,
									PG_GETARG_BYTEA_PP(3));
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

PG_FUNCTION_INFO_V1(party_script);
Datum
party_script(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);

	switch (party_script_of(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value),
							GetDatabaseEncoding() == PG_UTF8))
	{
		case PARTY_SCRIPT_HANGUL:
			PG_RETURN_TEXT_P(cstring_to_text("hangul"));
		case PARTY_SCRIPT_LATIN:
			PG_RETURN_TEXT_P(cstring_to_text("latin"));
		case PARTY_SCRIPT_NONE:
			break;
	}
	PG_RETURN_NULL();
}

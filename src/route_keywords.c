/*
 * route_keywords.c
 *	  The keyword table and its matcher.  Plain C: shared with the fuzz
 *	  targets.
 *
 * Weights (thousandths) say how strongly a word alone points to its route:
 * 800 names the route ("EMS", "특송화물"), 600-700 usually means it
 * ("baggage", "vessel"), 400-500 is generic ("cargo" could be any cargo).
 * A keyword with no route only vouches for a nearby identifier ("flight").
 */
#include "c.h"

#include "cancel.h"
#include "route.h"
#include "route_keywords.h"
#include "textkit.h"

#define T	ROUTE_TRAVELER
#define M	ROUTE_INTERNATIONAL_MAIL
#define X	ROUTE_EXPRESS_CARGO
#define A	ROUTE_AIR_CARGO
#define S	ROUTE_SEA_CARGO
#define G	ROUTE_GENERAL_CARGO
#define L	ROUTE_LAND_BORDER
#define N	ROUTE_NONE

static const RouteKeyword keywords[] = {
	/* travelers */
	{"traveler", T, 800, KW_CTX_FLIGHT, 0}, {"travelers", T, 800, KW_CTX_FLIGHT, 0},
	{"traveller", T, 800, KW_CTX_FLIGHT, 0}, {"travellers", T, 800, KW_CTX_FLIGHT, 0},
	{"passenger", T, 800, KW_CTX_FLIGHT, 0}, {"passengers", T, 800, KW_CTX_FLIGHT, 0},
	{"air passenger", T, 800, KW_CTX_FLIGHT, 0}, {"air passengers", T, 800, KW_CTX_FLIGHT, 0},
	{"pax", T, 700, KW_CTX_FLIGHT, 0},
	{"carry on", T, 800, 0, 0}, {"hand luggage", T, 800, 0, 0},
	{"hand baggage", T, 800, 0, 0}, {"checked baggage", T, 800, 0, 0},
	{"checked luggage", T, 800, 0, 0}, {"baggage", T, 600, 0, 0},
	{"luggage", T, 600, 0, 0}, {"suitcase", T, 600, 0, 0}, {"suitcases", T, 600, 0, 0},
	{"body packer", T, 800, 0, 0}, {"body packers", T, 800, 0, 0},
	{"bodypacker", T, 800, 0, 0}, {"body packing", T, 800, 0, 0},
	{"swallower", T, 700, 0, 0},
	{"passport", T, 600, KW_CTX_MRZ, 0}, {"travel document", T, 600, KW_CTX_MRZ, 0},
	{"mrz", T, 600, KW_CTX_MRZ, 0},
	{"boarding", T, 500, KW_CTX_FLIGHT, 0}, {"boarding pass", T, 700, KW_CTX_FLIGHT, 0},
	{"flight", N, 0, KW_CTX_FLIGHT, 0}, {"flights", N, 0, KW_CTX_FLIGHT, 0},
	{"flt", N, 0, KW_CTX_FLIGHT, 0},
	{"여행자", T, 800, KW_CTX_FLIGHT, 0}, {"항공 여행자", T, 800, KW_CTX_FLIGHT, 0},
	{"여행객", T, 800, KW_CTX_FLIGHT, 0}, {"입국자", T, 700, KW_CTX_FLIGHT, 0},
	{"승객", T, 800, KW_CTX_FLIGHT, 0}, {"탑승객", T, 800, KW_CTX_FLIGHT, 0},
	{"탑승", T, 500, KW_CTX_FLIGHT, 0},
	{"휴대품", T, 800, 0, 0}, {"휴대 수하물", T, 800, 0, 0}, {"기내", T, 600, 0, 0},
	{"수하물", T, 600, 0, 0}, {"위탁 수하물", T, 800, 0, 0}, {"여행 가방", T, 600, 0, 0},
	{"체내 은닉", T, 800, 0, 0},
	{"여권", T, 600, KW_CTX_MRZ, 0},
	{"항공편", N, 0, KW_CTX_FLIGHT, 0}, {"편명", N, 0, KW_CTX_FLIGHT, 0},

	/* international mail */
	{"mail", M, 700, 0, 0}, {"mailed", M, 600, 0, 0},
	{"international mail", M, 800, 0, 0}, {"postal", M, 700, 0, 0},
	{"post office", M, 700, 0, 0}, {"postal parcel", M, 800, 0, 0},
	{"postal item", M, 800, 0, 0}, {"parcel post", M, 800, 0, 0},
	{"letter post", M, 800, 0, 0}, {"registered mail", M, 800, 0, 0},
	{"registered letter", M, 800, 0, 0}, {"airmail", M, 800, 0, 0},
	{"air mail", M, 800, 0, 0}, {"ems", M, 800, 0, 0},
	{"express mail", M, 800, 0, 0}, {"express mail service", M, 800, 0, 0},
	{"military mail", M, 800, 0, 0}, {"k packet", M, 800, 0, 0},
	{"e packet", M, 800, 0, 0}, {"epacket", M, 800, 0, 0},
	{"e mail", N, 0, 0, KW_STOP},
	{"국제 우편", M, 800, 0, 0}, {"우편", M, 700, 0, 0}, {"우편물", M, 700, 0, 0},
	{"국제 소포", M, 800, 0, 0}, {"소포", M, 600, 0, 0}, {"등기 우편", M, 800, 0, 0},
	{"국제 특급 우편", M, 800, 0, 0}, {"특급 우편", M, 800, 0, 0},
	{"우체국", M, 700, 0, 0}, {"군사 우편", M, 800, 0, 0},
	{"우편 번호", N, 0, 0, KW_STOP},

	/* express cargo */
	{"express", X, 700, 0, 0}, {"express cargo", X, 800, 0, 0},
	{"express courier", X, 800, 0, 0}, {"express consignment", X, 800, 0, 0},
	{"express delivery", X, 800, 0, 0}, {"express shipment", X, 800, 0, 0},
	{"courier", X, 800, 0, 0}, {"couriers", X, 800, 0, 0},
	{"dhl", X, 800, KW_CTX_DHL, 0}, {"fedex", X, 800, KW_CTX_FEDEX, 0},
	{"fed ex", X, 800, KW_CTX_FEDEX, 0}, {"UPS", X, 800, 0, KW_CASE},
	{"특송", X, 800, 0, 0}, {"특송 화물", X, 800, 0, 0}, {"특송 물품", X, 800, 0, 0},
	{"특송 업체", X, 800, 0, 0}, {"해상 특송", X, 800, 0, 0},
	{"페덱스", X, 800, KW_CTX_FEDEX, 0}, {"쿠리어", X, 800, 0, 0},

	/* air cargo */
	{"air cargo", A, 800, KW_CTX_AWB, 0}, {"air freight", A, 800, KW_CTX_AWB, 0},
	{"airfreight", A, 800, KW_CTX_AWB, 0}, {"air waybill", A, 800, KW_CTX_AWB, 0},
	{"airway bill", A, 800, KW_CTX_AWB, 0}, {"airwaybill", A, 800, KW_CTX_AWB, 0},
	{"awb", A, 800, KW_CTX_AWB, 0}, {"mawb", A, 800, KW_CTX_AWB, 0},
	{"hawb", A, 800, KW_CTX_AWB, 0},
	{"항공 화물", A, 800, KW_CTX_AWB, 0}, {"항공 운송장", A, 800, KW_CTX_AWB, 0},
	{"항공 화물 운송장", A, 800, KW_CTX_AWB, 0},

	/* sea cargo */
	{"sea cargo", S, 800, 0, 0}, {"sea freight", S, 800, 0, 0},
	{"ocean freight", S, 800, 0, 0}, {"maritime", S, 700, 0, 0},
	{"container", S, 700, 0, 0}, {"containers", S, 700, 0, 0},
	{"shipping container", S, 800, 0, 0}, {"vessel", S, 600, 0, 0},
	{"bill of lading", S, 800, 0, 0}, {"seaport", S, 600, 0, 0},
	{"해상 화물", S, 800, 0, 0}, {"해상", S, 600, 0, 0}, {"컨테이너", S, 700, 0, 0},
	{"선박", S, 600, 0, 0}, {"선하 증권", S, 800, 0, 0},

	/* general cargo */
	{"general cargo", G, 800, 0, 0}, {"cargo", G, 500, 0, 0}, {"freight", G, 500, 0, 0},
	{"일반 화물", G, 800, 0, 0}, {"화물", G, 500, 0, 0},

	/* land border */
	{"land border", L, 800, 0, 0}, {"land crossing", L, 800, 0, 0},
	{"border crossing", L, 700, 0, 0}, {"land port", L, 700, 0, 0},
	{"land", L, 400, 0, 0}, {"vehicle", L, 600, 0, 0}, {"vehicles", L, 600, 0, 0},
	{"truck", L, 600, 0, 0}, {"trucks", L, 600, 0, 0}, {"lorry", L, 600, 0, 0},
	{"pedestrian", L, 700, 0, 0}, {"육로", L, 800, 0, 0}, {"차량", L, 600, 0, 0},
	{"화물차", L, 600, 0, 0},	/* a truck, not cargo */

	/* Korean words that contain a keyword but mean something else */
	{"해상도", N, 0, 0, KW_STOP},	/* (screen) resolution */
};

#define NKEYWORDS lengthof(keywords)

/*
 * Buckets by first character: ASCII letters by their lower-case byte, Hangul
 * by the low bits of its first two bytes.  Each bucket lists keyword
 * indexes, longest first, so the first match is the longest.
 */
#define NBUCKETS (128 + 256)

static int16 bucket_start[NBUCKETS + 1];
static int16 bucket_items[NKEYWORDS];
static bool buckets_ready = false;

static int
bucket_of(const unsigned char *p, int avail)
{
	if (p[0] < 0x80)
		return (unsigned char) tk_ascii_lower((char) p[0]);
	if (avail < 2)
		return -1;
	return 128 + (((p[0] & 0x03) << 6) | (p[1] & 0x3F));
}

static void
build_buckets(void)
{
	int			count[NBUCKETS] = {0};
	int			fill[NBUCKETS];
	int			b;
	size_t		k;

	for (k = 0; k < NKEYWORDS; k++)
		count[bucket_of((const unsigned char *) keywords[k].text,
						(int) strlen(keywords[k].text))]++;
	bucket_start[0] = 0;
	for (b = 0; b < NBUCKETS; b++)
	{
		bucket_start[b + 1] = bucket_start[b] + count[b];
		fill[b] = bucket_start[b];
	}
	for (k = 0; k < NKEYWORDS; k++)
	{
		int			bk = bucket_of((const unsigned char *) keywords[k].text,
								   (int) strlen(keywords[k].text));
		int			i = fill[bk]++;
		size_t		klen = strlen(keywords[k].text);

		/* insertion by length, longest first */
		while (i > bucket_start[bk] &&
			   strlen(keywords[bucket_items[i - 1]].text) < klen)
		{
			bucket_items[i] = bucket_items[i - 1];
			i--;
		}
		bucket_items[i] = (int16) k;
	}
	buckets_ready = true;
}

static bool
is_ascii_sep(unsigned char c)
{
	return tk_is_space((char) c) || c == '-' || c == '_';
}

/* match one keyword at pos; the byte after it, or -1 */
static int
match_one(const RouteKeyword *kw, const unsigned char *s, int len, int pos)
{
	const unsigned char *k = (const unsigned char *) kw->text;
	bool		ascii = k[0] < 0x80;
	int			p = pos;

	for (; *k; k++)
	{
		if (*k == ' ')
		{
			int			q = p;
			uint32		ticks = 0;

			/* a run of separators can be long: the statement may be cancelled */
			if (ascii)
			{
				while (q < len && is_ascii_sep(s[q]))
				{
					CANCEL_TICK(ticks);
					q++;
				}
				if (q == p)
					return -1;
			}
			else
				while (q < len && tk_is_space((char) s[q]))
				{
					CANCEL_TICK(ticks);
					q++;
				}
			p = q;
			continue;
		}
		if (p >= len)
			return -1;
		if (ascii && !(kw->flags & KW_CASE))
		{
			if ((unsigned char) tk_ascii_lower((char) s[p]) != *k)
				return -1;
		}
		else if (s[p] != *k)
			return -1;
		p++;
	}
	/* a word boundary, and not inside an e-mail address or domain ("mail.com") */
	if (ascii && p < len &&
		(tk_is_ascii_alnum(s[p]) || s[p] == '@' ||
		 (s[p] == '.' && p + 1 < len && tk_is_ascii_alnum(s[p + 1]))))
		return -1;
	return p;
}

const RouteKeyword *
route_keyword_match(const char *s, int len, int pos, int *end)
{
	const unsigned char *u = (const unsigned char *) s;
	int			b;
	int			i;

	if (!buckets_ready)
		build_buckets();
	b = bucket_of(u + pos, len - pos);
	if (b < 0)
		return NULL;
	for (i = bucket_start[b]; i < bucket_start[b + 1]; i++)
	{
		const RouteKeyword *kw = &keywords[bucket_items[i]];
		int			e = match_one(kw, u, len, pos);

		if (e >= 0)
		{
			*end = e;
			return kw;
		}
	}
	return NULL;
}

/*
 * route.c
 *	  Route labels, aliases (English and Korean) and transport modes.
 *	  Plain C: shared with the fuzz targets.
 */
#include "c.h"

#include "route.h"
#include "textkit.h"

typedef struct RouteInfo
{
	const char *canonical;
	const char *english;
	const char *korean;
	int			mode;			/* UN/ECE Recommendation 19 */
} RouteInfo;

/*
 * Modes: 0 "not specified" where the route does not fix one: travelers
 * arrive by air, sea and land, and general cargo is air or sea cargo that
 * the statistics do not split.  Express consignments clear as air cargo
 * (4); land border crossings are counted as road (3).
 */
static const RouteInfo routes[ROUTE_NVALUES] = {
	[ROUTE_TRAVELER] = {"traveler", "traveler", "여행자", 0},
	[ROUTE_INTERNATIONAL_MAIL] = {"international_mail", "international mail", "국제우편", 5},
	[ROUTE_EXPRESS_CARGO] = {"express_cargo", "express cargo", "특송화물", 4},
	[ROUTE_AIR_CARGO] = {"air_cargo", "air cargo", "항공화물", 4},
	[ROUTE_SEA_CARGO] = {"sea_cargo", "sea cargo", "해상화물", 1},
	[ROUTE_GENERAL_CARGO] = {"general_cargo", "general cargo", "일반화물", 0},
	[ROUTE_LAND_BORDER] = {"land_border", "land border", "육로", 3},
	[ROUTE_OTHER] = {"other", "other", "기타", 0},
};

typedef struct RouteAlias
{
	const char *name;			/* lower-case, single spaces */
	RouteValue	route;
} RouteAlias;

/* Canonical labels are matched too: "international_mail" folds to "international mail". */
static const RouteAlias aliases[] = {
	{"traveler", ROUTE_TRAVELER}, {"travelers", ROUTE_TRAVELER},
	{"traveller", ROUTE_TRAVELER}, {"travellers", ROUTE_TRAVELER},
	{"passenger", ROUTE_TRAVELER}, {"passengers", ROUTE_TRAVELER},
	{"air passenger", ROUTE_TRAVELER}, {"air passengers", ROUTE_TRAVELER},
	{"여행자", ROUTE_TRAVELER}, {"항공여행자", ROUTE_TRAVELER},
	{"항공 여행자", ROUTE_TRAVELER}, {"여행객", ROUTE_TRAVELER},

	{"international mail", ROUTE_INTERNATIONAL_MAIL}, {"mail", ROUTE_INTERNATIONAL_MAIL},
	{"postal", ROUTE_INTERNATIONAL_MAIL}, {"post", ROUTE_INTERNATIONAL_MAIL},
	{"ems", ROUTE_INTERNATIONAL_MAIL},
	{"국제우편", ROUTE_INTERNATIONAL_MAIL}, {"국제 우편", ROUTE_INTERNATIONAL_MAIL},
	{"우편", ROUTE_INTERNATIONAL_MAIL},

	{"express cargo", ROUTE_EXPRESS_CARGO}, {"express", ROUTE_EXPRESS_CARGO},
	{"courier", ROUTE_EXPRESS_CARGO},
	{"특송", ROUTE_EXPRESS_CARGO}, {"특송화물", ROUTE_EXPRESS_CARGO},
	{"특송 화물", ROUTE_EXPRESS_CARGO},

	{"air cargo", ROUTE_AIR_CARGO}, {"air freight", ROUTE_AIR_CARGO},
	{"airfreight", ROUTE_AIR_CARGO},
	{"항공화물", ROUTE_AIR_CARGO}, {"항공 화물", ROUTE_AIR_CARGO},

	{"sea cargo", ROUTE_SEA_CARGO}, {"sea freight", ROUTE_SEA_CARGO},
	{"maritime", ROUTE_SEA_CARGO}, {"container", ROUTE_SEA_CARGO},
	{"해상화물", ROUTE_SEA_CARGO}, {"해상 화물", ROUTE_SEA_CARGO},

	{"general cargo", ROUTE_GENERAL_CARGO},
	{"일반화물", ROUTE_GENERAL_CARGO}, {"일반 화물", ROUTE_GENERAL_CARGO},

	{"land border", ROUTE_LAND_BORDER}, {"land", ROUTE_LAND_BORDER},
	{"vehicle", ROUTE_LAND_BORDER}, {"육로", ROUTE_LAND_BORDER},

	{"other", ROUTE_OTHER}, {"기타", ROUTE_OTHER},
};

#define MAX_ROUTE_NAME 64

const char *
route_canonical_label(int route)
{
	return (route >= 0 && route < ROUTE_NVALUES) ? routes[route].canonical : NULL;
}

const char *
route_english_label(int route)
{
	return (route >= 0 && route < ROUTE_NVALUES) ? routes[route].english : NULL;
}

const char *
route_korean_label(int route)
{
	return (route >= 0 && route < ROUTE_NVALUES) ? routes[route].korean : NULL;
}

int
route_transport_mode(int route)
{
	return (route >= 0 && route < ROUTE_NVALUES) ? routes[route].mode : -1;
}

int
route_parse(const char *s, int len)
{
	char		name[MAX_ROUTE_NAME];
	int			n = tk_fold_name(s, len, "_-", name, MAX_ROUTE_NAME);
	size_t		a;

	if (n <= 0)
		return ROUTE_NONE;
	for (a = 0; a < lengthof(aliases); a++)
		if (strcmp(aliases[a].name, name) == 0)
			return aliases[a].route;
	return ROUTE_NONE;
}

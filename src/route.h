/*
 * route.h
 *	  Smuggling routes: the values of the route type, their labels in
 *	  English and Korean, the aliases text input accepts, and their UN/ECE
 *	  Recommendation 19 transport mode.
 *
 * Plain C with no backend calls (strings are UTF-8), so the parser can be
 * fuzzed outside the server.
 */
#ifndef SEIZURE_ROUTE_H
#define SEIZURE_ROUTE_H

#include "c.h"

/*
 * A route is stored on disk and sent in the binary format as this number:
 * never renumber, only append.  The numbering is also the sort order.
 */
typedef enum RouteValue
{
	ROUTE_TRAVELER = 0,
	ROUTE_INTERNATIONAL_MAIL,
	ROUTE_EXPRESS_CARGO,
	ROUTE_AIR_CARGO,
	ROUTE_SEA_CARGO,
	ROUTE_GENERAL_CARGO,
	ROUTE_LAND_BORDER,
	ROUTE_OTHER,
	ROUTE_NVALUES
} RouteValue;

#define ROUTE_NONE (-1)

/* canonical label: what route_out prints ("international_mail") */
extern const char *route_canonical_label(int route);

/* display labels for route_label(): "international mail", "국제우편" */
extern const char *route_english_label(int route);
extern const char *route_korean_label(int route);

/* UN/ECE Recommendation 19 code of a route (see docs/routes.md) */
extern int	route_transport_mode(int route);

/*
 * A label or alias (UTF-8, any ASCII case, surrounding white space ignored,
 * runs of white space, '_' and '-' read as one space) to its route, or
 * ROUTE_NONE.
 */
extern int	route_parse(const char *s, int len);

#endif							/* SEIZURE_ROUTE_H */

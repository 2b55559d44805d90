/*
 * identifiers.h
 *	  Shipment and travel identifiers: formats, check digits, and the route
 *	  each kind reveals.  Rules and their sources: docs/routes.md.
 *
 * Plain C with no backend calls, so the checks can be fuzzed outside the
 * server.
 */
#ifndef SEIZURE_IDENTIFIERS_H
#define SEIZURE_IDENTIFIERS_H

#include "c.h"

typedef enum IdKind
{
	IDK_NONE = 0,
	IDK_UPU_S10,
	IDK_IATA_AWB,
	IDK_ISO6346,
	IDK_UPS,
	IDK_FEDEX_EXPRESS,
	IDK_FEDEX_GROUND,
	IDK_DHL_EXPRESS,
	IDK_FLIGHT,
	IDK_MRZ_DOCUMENT,
	IDK_NKINDS
} IdKind;

/* longest normalised identifier (UPS: 18; S10 with its 3-digit suffix: 16) */
#define ID_MAX_LEN 18

/* "upu_s10", ...; NULL for IDK_NONE */
extern const char *id_kind_name(IdKind kind);

/* kind named exactly (ASCII case ignored), or IDK_NONE */
extern IdKind id_kind_lookup(const char *s, int len);

/* the route (RouteValue) a kind reveals, ROUTE_NONE for IDK_NONE */
extern int	id_kind_route(IdKind kind);

/*
 * Normalise: drop ASCII white space and '-', upper-case ASCII letters.
 * Returns the length written to out (ID_MAX_LEN + 1 bytes, NUL-terminated),
 * or -1 when the text has any other byte outside [A-Za-z0-9<] or is longer
 * than ID_MAX_LEN once normalised.
 */
extern int	id_normalise(const char *s, int len, char *out);

/* Checks on normalised text, one per kind. */
extern bool id_valid_normalised(const char *n, int len, IdKind kind);

/*
 * The kind of normalised text: the kinds' grammars do not overlap, so at
 * most one kind is valid (see docs/routes.md).
 */
extern IdKind id_kind_normalised(const char *n, int len);

/* The same on raw text (normalised first). */
extern IdKind id_kind_of(const char *s, int len);
extern bool id_is_valid(const char *s, int len, IdKind kind);

/* The ICAO 9303 check digit of s[0..len) (weights 7, 3, 1). */
extern int	id_icao9303_check(const char *s, int len);


#endif							/* SEIZURE_IDENTIFIERS_H */

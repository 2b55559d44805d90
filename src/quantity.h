/*
 * quantity.h
 *	  The quantity type: an exact amount of a substance with its unit.
 *
 * On disk: 16 bytes, fixed length, 8-byte aligned.  The amount is a signed
 * 96-bit count of base steps (1 pg, 1 pL or 10^-12 item; see units.h)
 * split into lo/hi so that no 16-byte alignment is needed.
 */
#ifndef SEIZURE_QUANTITY_H
#define SEIZURE_QUANTITY_H

#include "postgres.h"
#include "fmgr.h"

#include "amount.h"
#include "basis.h"
#include "quantity_text.h"
#include "textkit.h"
#include "units.h"


typedef struct Quantity
{
	uint64		lo;				/* low 64 bits of the amount */
	int32		hi;				/* high 32 bits, sign included */
	uint8		unit;			/* QtyUnit */
	uint8		flags;			/* QTY_ESTIMATE, basis */
	uint16		reserved;		/* zero */
} Quantity;

StaticAssertDecl(sizeof(Quantity) == 16, "quantity must be 16 bytes");

#define DatumGetQuantityP(X)	((Quantity *) DatumGetPointer(X))
#define QuantityPGetDatum(X)	PointerGetDatum(X)
#define PG_GETARG_QUANTITY_P(n)	DatumGetQuantityP(PG_GETARG_DATUM(n))
#define PG_RETURN_QUANTITY_P(x)	PG_RETURN_POINTER(x)

static inline int128
qty_amount(const Quantity *q)
{
	return tk_int128_join(q->hi, q->lo);
}

static inline void
qty_set_amount(Quantity *q, int128 amount)
{
	q->lo = (uint64) amount;
	q->hi = (int32) (amount >> 64);
}

static inline QtyKind
qty_kind(const Quantity *q)
{
	return qty_units[q->unit].kind;
}

static inline bool
qty_is_estimate(const Quantity *q)
{
	return (q->flags & QTY_ESTIMATE) != 0;
}

static inline QtyBasis
qty_basis(const Quantity *q)
{
	return qty_flags_basis(q->flags);
}

/* A new palloc'd quantity; ERROR 22003 when amount is out of range. */
extern Quantity *qty_make_basis(int128 amount, QtyUnit unit, bool estimate, QtyBasis basis);

/* The same with the basis unstated (always so for volumes and counts). */
static inline Quantity *
qty_make(int128 amount, QtyUnit unit, bool estimate)
{
	return qty_make_basis(amount, unit, estimate, QB_UNSTATED);
}

/* A quantity like q with another amount and unit, its marks kept. */
static inline Quantity *
qty_make_like(const Quantity *q, int128 amount, QtyUnit unit)
{
	return qty_make_basis(amount, unit, qty_is_estimate(q), qty_basis(q));
}

/* Text form into buf (at least QTY_TEXT_MAX bytes). */
static inline void
qty_to_cstring(const Quantity *q, char *buf)
{
	qty_format(qty_amount(q), q->unit, qty_is_estimate(q), qty_basis(q), buf);
}

/*
 * Reports what qty_parse found wrong (22P02, or 22003 for QPC_RANGE)
 * through escontext, and returns NULL; raises the error without one.
 */
extern Quantity *qty_report_parse_error(QtyParseCode code, const QtyParsed *r,
										const char *shown, const char *typname,
										Node *escontext);

/* ERROR 22000 unless a and b are of the same kind; op names the operation. */
extern void qty_check_same_kind(QtyKind a, QtyKind b, const char *op);

/* A basis named in SQL (net, bulk, gross, unstated); ERROR 22023 else. */
extern QtyBasis qty_basis_from_text(text *t);

/* Describes a basis for messages: "a net weight", "a mass of unstated basis". */
extern const char *qty_basis_phrase(QtyBasis b);

/* ERROR 22000 unless two masses have the same weight basis. */
extern void qty_check_same_basis(QtyBasis a, QtyBasis b, const char *op);

/* a + b with an overflow check (ERROR 22003). */
extern int128 qty_add_amounts(int128 a, int128 b);

/* The detail of 22003 when the kind is not known */
#define QTY_RANGE_DETAIL "A quantity must be smaller than 100000000000 kg, 100000000000000 L or 100000000000000 items in magnitude."

/* Rejects an amount at or over QTY_AMOUNT_LIMIT with ERROR 22003. */
extern void qty_check_range(int128 amount);

/* amount * factor, exact, rounded half to even (ERROR 22003 / 22023). */
extern int128 qty_mul_numeric(int128 amount, Datum factor);

/* num * mult * 10^exp rounded half to even; ERROR on NaN, infinity, range. */
extern int128 qty_numeric_scale(Datum num, int64 mult, int exp);

#endif

/*
 * basis.h
 *	  The weight basis of a mass: which weight a figure is.
 *
 * Customs records hold a gross weight at seizure and a net weight after the
 * laboratory, both in kg; UNODC reports bulk weight.  A mass says which one
 * it is, or nothing (unstated), and unlike bases never add up silently.
 * Plain C: shared with the fuzz targets.
 */
#ifndef SEIZURE_BASIS_H
#define SEIZURE_BASIS_H

#include "c.h"

/* Stored in bits 1-2 of a quantity's flags: never renumber. */
typedef enum QtyBasis
{
	QB_UNSTATED = 0,
	QB_NET,						/* the drug alone */
	QB_BULK,					/* as seized, without packaging */
	QB_GROSS,					/* with packaging */
	QB_NBASES
} QtyBasis;

/* "net", "bulk", "gross"; NULL for unstated. */
extern const char *qty_basis_name(QtyBasis b);

/*
 * The basis named by s[0..len): the English words and phrases (any case,
 * any white space between words: "net", "gross weight", "N.W.", "(gross)")
 * or the Korean 순중량 (net) and 총중량 (gross); QB_NBASES when s names none.
 */
extern QtyBasis qty_basis_lookup(const char *s, int len);

#endif

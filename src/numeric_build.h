/*
 * numeric_build.h
 *	  numeric results built straight from 128-bit amounts, without text.
 */
#ifndef SEIZURE_NUMERIC_BUILD_H
#define SEIZURE_NUMERIC_BUILD_H

#include "postgres.h"

#include "units.h"

/* Amount in unit as numeric: the shortest exact decimal. */
extern Datum qty_amount_numeric(int128 amount, QtyUnit unit);

/* A whole number as numeric. */
extern Datum qty_int128_numeric(int128 v);

#endif							/* SEIZURE_NUMERIC_BUILD_H */

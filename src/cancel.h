/*
 * cancel.h
 *	  Interrupt checks for the plain-C core.
 *
 * The core includes no server header, so it cannot call
 * CHECK_FOR_INTERRUPTS itself: the server glue points cancel_check_hook at
 * a function that does (seizure.c), and the fuzz targets leave the default,
 * which does nothing.  Every loop whose length grows with its input calls
 * cancel_check() per item, or CANCEL_TICK once per byte, so that a
 * statement_timeout or a cancel request ends a call on a long text at once.
 */
#ifndef SEIZURE_CANCEL_H
#define SEIZURE_CANCEL_H

#include "c.h"

typedef void (*CancelCheckFn) (void);

extern CancelCheckFn cancel_check_hook;

static inline void
cancel_check(void)
{
	cancel_check_hook();
}

/* bytes between two checks in a loop over bytes: a few microseconds */
#define CANCEL_EVERY 4096

/* In a loop over bytes: checks once every CANCEL_EVERY calls; n is a counter. */
#define CANCEL_TICK(n) \
	do { \
		if (unlikely(((n)++ & (CANCEL_EVERY - 1)) == 0)) \
			cancel_check_hook(); \
	} while (0)

#endif							/* SEIZURE_CANCEL_H */

/*
 * party.h
 *	  Parties to a seizure (senders, receivers, their phones, e-mails,
 *	  names and addresses) as matching keys, and the networks they link.
 */
#ifndef SEIZURE_PARTY_H
#define SEIZURE_PARTY_H

#include "postgres.h"

#include "fmgr.h"

/* Defines this module's settings; called once from _PG_init. */
extern void party_init(void);

/*
 * Sets up a set-returning function to return its rows in a tuplestore
 * (InitMaterializedSRF where the server has it).
 */
extern void party_materialize_srf(FunctionCallInfo fcinfo);

#endif							/* SEIZURE_PARTY_H */

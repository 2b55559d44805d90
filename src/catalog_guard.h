/*
 * catalog_guard.h
 *	  The substance catalog of a Citus cluster is changed on the coordinator.
 */
#ifndef SEIZURE_CATALOG_GUARD_H
#define SEIZURE_CATALOG_GUARD_H

/* Defines seizure.catalog_sync_applying; called once from _PG_init. */
extern void catalog_guard_init(void);

#endif							/* SEIZURE_CATALOG_GUARD_H */

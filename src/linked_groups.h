/*
 * linked_groups.h
 *	  Connected components of a graph given as text edges (union-find).
 */
#ifndef SEIZURE_LINKED_GROUPS_H
#define SEIZURE_LINKED_GROUPS_H

#include "postgres.h"

#define LG_DEFAULT_MAX_NODES 10000000
/* node numbers are int32; past 2^30 the hash table would need 2^32 slots */
#define LG_MAX_NODES_LIMIT 1073741823
/* seizure.linked_groups_max_bytes, in kB: 256 MB; at most 1 TB */
#define LG_DEFAULT_MAX_KB (256 * 1024)
#define LG_MAX_KB_LIMIT (1024 * 1024 * 1024)

/* Defines this module's settings; called once from _PG_init. */
extern void linked_groups_init(void);

#endif							/* SEIZURE_LINKED_GROUPS_H */

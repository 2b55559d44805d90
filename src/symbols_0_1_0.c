/*
 * symbols_0_1_0.c
 *	  The C symbols that the install script of 0.1.0 names and that have
 *	  since been renamed after their SQL functions.
 *
 * A database created under 0.1.0 calls these until ALTER EXTENSION seizure
 * UPDATE points its functions at the new names, so each old name stays a
 * thin call of the new one.  test/extra/upgrade_path.sh installs the frozen
 * 0.1.0 script against this library, which fails if one is missing.
 */
#include "postgres.h"

#include "fmgr.h"

#define OLD_SYMBOL(old, new) \
extern Datum new(PG_FUNCTION_ARGS); \
PG_FUNCTION_INFO_V1(old); \
Datum \
old(PG_FUNCTION_ARGS) \
{ \
	return new(fcinfo); \
}

OLD_SYMBOL(tally_in, quantity_tally_in)
OLD_SYMBOL(tally_out, quantity_tally_out)
OLD_SYMBOL(tally_recv, quantity_tally_recv)
OLD_SYMBOL(tally_send, quantity_tally_send)
OLD_SYMBOL(quantity_to_tally, quantity_tally_from_quantity)
OLD_SYMBOL(tally_add, quantity_tally_add)
OLD_SYMBOL(tally_add_quantity, quantity_tally_add_quantity)
OLD_SYMBOL(quantity_add_tally, quantity_tally_add_to_quantity)
OLD_SYMBOL(tally_eq, quantity_tally_eq)
OLD_SYMBOL(tally_ne, quantity_tally_ne)
OLD_SYMBOL(tally_hash, quantity_tally_hash)
OLD_SYMBOL(tally_trans, quantity_tally_trans)
OLD_SYMBOL(tally_combine, quantity_tally_combine)

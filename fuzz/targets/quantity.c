/*
 * quantity: text input of the quantity type.
 *
 * Every input either is refused (22P02 / 22003 in the server) or gives an
 * amount in range whose output reads back to the same value.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_cstring(data, size);
	FuzzQty		q;

	if (fuzz_qty_parse(s, &q) == QPC_OK)
		fuzz_qty_check_round_trip(&q, s);
	free(s);
	return 0;
}

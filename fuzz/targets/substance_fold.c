/*
 * substance_fold: the folding behind normalize_substance.  The result fits
 * SUBST_FOLD_SIZE(len) bytes exactly and is NUL-terminated.
 */
#include "fuzz_common.h"
#include "substance_fold.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size ? size : 1);
	char	   *out = malloc(SUBST_FOLD_SIZE(size));
	int			n;

	memcpy(s, data, size);
	n = subst_fold(s, (int) size, out);
	FUZZ_CHECK(n >= 0 && (size_t) n < SUBST_FOLD_SIZE(size), "folded length %d of %zu", n, size);
	FUZZ_CHECK((int) strnlen(out, n + 1) == n, "folded text not terminated at %d", n);
	free(out);
	free(s);
	return 0;
}

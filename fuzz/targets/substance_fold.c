/*
 * substance_fold: the folding behind normalize_substance.  The result fits
 * SUBST_FOLD_SIZE(len) bytes exactly and is NUL-terminated.  The salts and
 * forms read around a name (as the lookup reads them, up to four) narrow
 * the range each time to a part that is never empty and folds to text.
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
	{
		int			start = 0;
		int			end = (int) size;
		int			i;

		for (i = 0; i < 4; i++)
		{
			int			s0 = start;
			int			e0 = end;
			SubstQualifier q = subst_strip_qualifier(s, &start, &end);

			if (q == SQ_NONE)
			{
				FUZZ_CHECK(start == s0 && end == e0, "range moved without a qualifier");
				break;
			}
			FUZZ_CHECK(q == SQ_SALT || q == SQ_FORM, "qualifier kind %d", (int) q);
			FUZZ_CHECK(s0 <= start && start < end && end <= e0 && end - start < e0 - s0,
					   "range %d..%d from %d..%d", start, end, s0, e0);
			FUZZ_CHECK(subst_fold(s + start, end - start, out) > 0, "empty core %d..%d", start, end);
		}
	}
	free(out);
	free(s);
	return 0;
}

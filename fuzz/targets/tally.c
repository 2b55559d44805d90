/*
 * tally: text input of quantity_tally, the splitter in src/tally_parse.c
 * with each part read as tally_in does, the parts added per kind with the
 * range checks of tally_add_part.  Accepted input prints as text that
 * reads back to the same tally and prints the same again.
 */
#include "fuzz_common.h"
#include "tally_parse.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct FuzzTally
{
	bool		present[QK_NKINDS][2];
	int128		amount[QK_NKINDS][2];
} FuzzTally;

static FuzzStatus
tally_parse(const char *str, FuzzTally *t)
{
	TallySplitter s;
	const char *start;
	int			len;
	const char *prev_end = str;

	memset(t, 0, sizeof(*t));
	tally_split_init(&s, str);
	while (tally_split_next(&s, &start, &len))
	{
		char	   *part;
		FuzzQty		q;
		FuzzStatus	st;
		QtyKind		k;

		FUZZ_CHECK(start >= prev_end && len >= 0 && start + len <= str + strlen(str),
				   "part out of bounds");
		FUZZ_CHECK(len > 0, "empty part in \"%s\"", str);
		prev_end = start + len;
		part = strndup(start, len);
		st = fuzz_qty_parse(part, &q);
		free(part);
		if (st != FS_OK)
			return st;
		k = qty_units[q.unit].kind;
		if (t->present[k][q.estimate])
		{
			int128		sum;

			if (__builtin_add_overflow(t->amount[k][q.estimate], q.amount, &sum) ||
				sum >= QTY_AMOUNT_LIMIT || sum <= -QTY_AMOUNT_LIMIT)
				return FS_RANGE;
			t->amount[k][q.estimate] = sum;
		}
		else
		{
			t->present[k][q.estimate] = true;
			t->amount[k][q.estimate] = q.amount;
		}
		if (s.dangling)
			return FS_SYNTAX;
	}
	return FS_OK;
}

/* What tally_out does: kinds in order, measured first, " + " between. */
static char *
tally_format(const FuzzTally *t)
{
	char	   *buf = malloc(QK_NKINDS * 2 * (FUZZ_QTY_TEXT_MAX + 3) + 1);
	int			r,
				e;

	buf[0] = '\0';
	for (r = 0; r < QK_NKINDS; r++)
	{
		QtyKind		k = qty_kinds_in_order[r];

		for (e = 0; e < 2; e++)
			if (t->present[k][e])
			{
				FuzzQty		q = {t->amount[k][e], qty_kind_unit((QtyKind) k), e != 0};
				char		part[FUZZ_QTY_TEXT_MAX];

				fuzz_qty_format(&q, part);
				if (buf[0])
					strcat(buf, " + ");
				strcat(buf, part);
			}
	}
	return buf;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_cstring(data, size);
	FuzzTally	t,
				back;

	if (tally_parse(s, &t) == FS_OK)
	{
		char	   *text = tally_format(&t);
		char	   *again;

		FUZZ_CHECK(tally_parse(text, &back) == FS_OK, "output \"%s\" of \"%s\" does not parse",
				   text, s);
		FUZZ_CHECK(memcmp(t.present, back.present, sizeof(t.present)) == 0 &&
				   memcmp(t.amount, back.amount, sizeof(t.amount)) == 0,
				   "output \"%s\" of \"%s\" reads back differently", text, s);
		again = tally_format(&back);
		FUZZ_CHECK(strcmp(text, again) == 0, "\"%s\" prints as \"%s\"", text, again);
		free(again);
		free(text);
	}
	free(s);
	return 0;
}

/*
 * tally_text.c
 *	  Text input and output of quantity_tally.  Plain C: shared with the
 *	  fuzz targets.
 */
#include "c.h"

#include "cancel.h"
#include "tally_text.h"

/*
 * The end of the part that starts at p.  A '+' separates parts once a
 * unit has started; before that it is a sign or an exponent's sign.
 */
static const char *
part_end(const char *p)
{
	const char *start = p;
	bool		unit_started = false;
	uint32		ticks = 0;

	for (; *p && !(*p == '+' && unit_started); p++)
	{
		unsigned char c = (unsigned char) *p;
		bool		exponent = (c == 'e' || c == 'E') && p > start &&
			p[-1] >= '0' && p[-1] <= '9';

		CANCEL_TICK(ticks);
		if (c >= 0x80 || (tk_is_ascii_alpha((char) c) && !exponent))
			unit_started = true;
	}
	return p;
}

/* Adds (kind, flags, amount) into the sorted parts; false when out of range. */
static bool
add_part(TallyPart *parts, int *nparts, int kind, uint8 flags, int128 amount)
{
	bool		found;
	int			i = tally_part_position(parts, *nparts, kind, flags, &found);

	if (found)
	{
		int128		sum;

		if (__builtin_add_overflow(tally_part_amount(&parts[i]), amount, &sum) ||
			sum >= QTY_AMOUNT_LIMIT || sum <= -QTY_AMOUNT_LIMIT)
			return false;
		tally_part_set_amount(&parts[i], sum);
		return true;
	}
	memmove(parts + i + 1, parts + i, sizeof(TallyPart) * (*nparts - i));
	tally_part_init(&parts[i], kind, flags, amount);
	(*nparts)++;
	return true;
}

TallyParseCode
tally_parse(const char *str, TallyPart *parts, int *nparts,
			QtyParseCode *part_code, QtyParsed *part, char *work)
{
	size_t		len = strlen(str);
	char	   *folded = work;
	char	   *copy = work + len + 1;
	char	   *qwork = copy + len + 1;
	const char *p;

	/* "１ ㎏ ＋ ２ 정": the "+" between parts may be full-width too */
	qty_fold_compat(str, (int) len, folded);
	p = tk_skip_space(folded);

	*nparts = 0;
	*part_code = QPC_OK;
	while (*p)
	{
		const char *end = part_end(p);
		uint8		flags;

		cancel_check();
		memcpy(copy, p, end - p);
		copy[end - p] = '\0';
		*part_code = qty_parse(copy, part, qwork);
		if (*part_code != QPC_OK)
			return TPC_PART;
		flags = qty_flags(part->estimate, part->basis);
		if (!add_part(parts, nparts, qty_units[part->unit].kind, flags, part->amount))
			return TPC_RANGE;
		p = end;
		if (*p == '+')
		{
			p = tk_skip_space(p + 1);
			if (*p == '\0')
				return TPC_DANGLING;
		}
	}
	return TPC_OK;
}

void
tally_format(const TallyPart *parts, int n, char *buf)
{
	char	   *p = buf;

	*p = '\0';
	for (int i = 0; i < n; i++)
	{
		if (i > 0)
		{
			memcpy(p, " + ", 3);
			p += 3;
		}
		qty_format(tally_part_amount(&parts[i]), qty_kind_unit((QtyKind) parts[i].kind),
				   (parts[i].flags & QTY_ESTIMATE) != 0, qty_flags_basis(parts[i].flags), p);
		p += strlen(p);
	}
}

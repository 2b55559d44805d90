/*
 * tally_parse.c
 *	  Splitting quantity_tally text into parts.  Plain C: shared with the
 *	  fuzz targets.
 */
#include "c.h"

#include "tally_parse.h"

static inline bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void
tally_split_init(TallySplitter *s, const char *str)
{
	while (is_blank(*str))
		str++;
	s->p = str;
	s->dangling = false;
}

bool
tally_split_next(TallySplitter *s, const char **start, int *len)
{
	const char *p = s->p;
	bool		unit_started = false;

	if (*p == '\0')
		return false;
	*start = p;
	for (; *p && !(*p == '+' && unit_started); p++)
	{
		unsigned char c = (unsigned char) *p;
		bool		exponent = (c == 'e' || c == 'E') && p > *start &&
			p[-1] >= '0' && p[-1] <= '9';

		if (c >= 0x80 || (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !exponent))
			unit_started = true;
	}
	*len = (int) (p - *start);
	s->dangling = false;
	if (*p == '+')
	{
		const char *q = ++p;

		while (is_blank(*q))
			q++;
		s->dangling = *q == '\0';
	}
	s->p = p;
	return true;
}

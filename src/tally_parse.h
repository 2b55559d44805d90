/*
 * tally_parse.h
 *	  Splitting quantity_tally text into its parts ("1 kg + 2 tablets").
 *
 * Plain C with no backend calls, so the splitter can be fuzzed outside the
 * server; tally_in parses each part as a quantity.
 */
#ifndef SEIZURE_TALLY_PARSE_H
#define SEIZURE_TALLY_PARSE_H

#include "c.h"

typedef struct TallySplitter
{
	const char *p;				/* where the next part starts */
	bool		dangling;		/* the last part ended in a '+' with nothing after it */
} TallySplitter;

/* Starts splitting str (leading white space skipped). */
extern void tally_split_init(TallySplitter *s, const char *str);

/*
 * The next part, as [*start, *start + *len), without its '+'; false at the
 * end of the text.  A '+' separates parts once a unit has started; before
 * that it is a sign or an exponent's sign.  After a part, s->dangling says
 * that it ended in a '+' followed only by white space: an error, reported
 * once the part itself has been checked.
 */
extern bool tally_split_next(TallySplitter *s, const char **start, int *len);

#endif

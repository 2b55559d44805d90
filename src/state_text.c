/*
 * state_text.c
 *	  The text forms of quantity_sum_state and quantity_tally_state, and the
 *	  invariants of both: see state_text.h.
 *
 * A sum state's text is
 *		n=<count> sum=<steps> units=<unit>,<unit>[ basis=<basis>,<basis>][ estimate]
 * (no basis part when every input was of unstated basis); a tally state's
 * gives every part in base steps, in the tally's order, an estimated part
 * marked with "~" and a mass's weight basis after a colon:
 *		mass=18500000000000000 ~mass:gross=7200000000000000 tablet=2782000000000000
 * the empty state being the empty string.
 */
#include "c.h"

#include "amount.h"
#include "amount_out.h"
#include "basis.h"
#include "cancel.h"
#include "quantity_text.h"
#include "state_text.h"

const char *
state_problem_detail(StateProblem p)
{
	switch (p)
	{
		case SPC_OK:
			return "";
		case SPC_SUM_EXPECTED_N:
			return "Expected \"n=\".";
		case SPC_SUM_EXPECTED_SUM:
			return "Expected \" sum=\".";
		case SPC_SUM_EXPECTED_UNITS:
			return "Expected \" units=\".";
		case SPC_SUM_EXPECTED_ESTIMATE:
			return "Expected \" estimate\".";
		case SPC_SUM_COUNT:
			return "The count must be a whole number from 0.";
		case SPC_SUM_SUM:
			return "The sum must be a whole number of steps.";
		case SPC_SUM_UNIT_NAMES:
			return "Units are written by their symbols, separated by commas.";
		case SPC_SUM_BASIS_NAMES:
			return "Bases are written unstated, net, bulk or gross, separated by commas.";
		case SPC_SUM_UNSTATED_PART:
			return "A state of unstated basis has no basis part.";
		case SPC_SUM_TRAILING:
		case SPC_TALLY_TRAILING:
			return "Unexpected text after the state.";
		case SPC_SUM_NEGATIVE_COUNT:
			return "The count is negative.";
		case SPC_SUM_UNKNOWN_FLAGS:
			return "Unknown flags are set.";
		case SPC_SUM_EMPTY_NOT_EMPTY:
			return "An empty state has no sum, units or flags.";
		case SPC_SUM_UNITS:
			return "The set of units is empty or holds unknown units.";
		case SPC_SUM_KIND:
			return "The kind does not match the units.";
		case SPC_SUM_MIXED_SUM:
			return "A state of mixed kinds has no sum.";
		case SPC_SUM_BASIS_NOT_MASS:
			return "Only masses have a weight basis.";
		case SPC_TALLY_TOO_MANY:
			return "There are more parts than kinds.";
		case SPC_TALLY_SEPARATOR:
			return "Parts are separated by one space.";
		case SPC_TALLY_KIND:
			return "A part is written kind=steps, the kind being mass, volume or a count unit such as tablet.";
		case SPC_TALLY_BASIS:
			return "A mass's weight basis is written mass:net, mass:bulk or mass:gross.";
		case SPC_TALLY_AMOUNT:
			return "The amount of a part must be a whole number of steps.";
		case SPC_TALLY_UNKNOWN_KIND:
			return "A part has an unknown kind.";
		case SPC_TALLY_BASIS_NOT_MASS:
			return "A part that is not a mass has a weight basis.";
		case SPC_TALLY_ORDER:
			return "Parts are repeated or out of order.";
		case SPC_TALLY_RANGE:
			return "A part is out of range.";
	}
	return "The state is not valid.";
}

uint8
qss_units_kind(uint32 units)
{
	int			kind = -1;

	for (int u = 1; u < QU_NUNITS; u++)
		if (units & QTY_UNIT_BIT(u))
		{
			if (kind >= 0 && kind != (int) qty_units[u].kind)
				return QSS_MIXED;
			kind = (int) qty_units[u].kind;
		}
	return (uint8) kind;
}

StateProblem
qss_problem(const QtySumState *s)
{
	if (s->count < 0)
		return SPC_SUM_NEGATIVE_COUNT;
	if (s->reserved != 0 || (s->flags & ~QSS_ESTIMATE) != 0 ||
		(s->bases & ~((1 << QB_NBASES) - 1)) != 0)
		return SPC_SUM_UNKNOWN_FLAGS;
	if (s->count == 0)
		return (s->units == 0 && qss_sum(s) == 0 && s->flags == 0 && s->kind == 0 &&
				s->bases == 0) ? SPC_OK : SPC_SUM_EMPTY_NOT_EMPTY;
	if (s->units == 0 || (s->units & ~QTY_UNITS_KNOWN) != 0 ||
		(s->units & QTY_UNIT_BIT(QU_INVALID)) != 0)
		return SPC_SUM_UNITS;
	if (s->kind != qss_units_kind(s->units))
		return SPC_SUM_KIND;
	if (s->kind == QSS_MIXED && qss_sum(s) != 0)
		return SPC_SUM_MIXED_SUM;
	if (s->kind != QK_MASS && s->kind != QSS_MIXED && qss_bases(s) != (1 << QB_UNSTATED))
		return SPC_SUM_BASIS_NOT_MASS;
	return SPC_OK;
}

static const char *
unit_name(int u)
{
	return u == QU_INVALID ? NULL : qty_units[u].symbol;
}

static const char *
basis_name(int b)
{
	return b == QB_UNSTATED ? "unstated" : qty_basis_name((QtyBasis) b);
}

/* Appends the names of mask's members, comma-separated; the new end. */
static char *
append_names(char *p, uint32 mask, int n, const char *(*name) (int))
{
	bool		first = true;

	for (int i = 0; i < n; i++)
		if ((mask & ((uint32) 1 << i)) && name(i) != NULL)
		{
			if (!first)
				*p++ = ',';
			p = stpcpy(p, name(i));
			first = false;
		}
	return p;
}

/*
 * Reads such a list into *mask, up to the first name that no comma follows;
 * false on an unknown name.  A name is matched whole, up to a comma, a space
 * or the end, and the longest wins: a unit's name may hold a space ("dosage
 * unit"), so a space alone does not end the list.
 */
static bool
read_names(const char **pp, int n, const char *(*name) (int), uint32 *mask)
{
	const char *p = *pp;

	if (*p == '\0' || *p == ' ')
		return true;			/* the empty list */
	for (;;)
	{
		int			best = -1;
		size_t		best_len = 0;

		cancel_check();			/* a list may repeat a name without end */
		for (int i = 0; i < n; i++)
		{
			size_t		len = name(i) != NULL ? strlen(name(i)) : 0;

			if (len > best_len && strncmp(p, name(i), len) == 0 &&
				(p[len] == ',' || p[len] == ' ' || p[len] == '\0'))
				best = i, best_len = len;
		}
		if (best < 0)
			return false;
		*mask |= (uint32) 1 << best;
		p += best_len;
		if (*p != ',')
			break;
		p++;
		if (*p == '\0' || *p == ' ')
			break;				/* a comma that ends the list, as 0.2.0 read it */
	}
	*pp = p;
	return true;
}

/* p past word, or NULL when word is not at p. */
static const char *
expect(const char *p, const char *word)
{
	size_t		n = strlen(word);

	return strncmp(p, word, n) == 0 ? p + n : NULL;
}

StateProblem
qss_parse(const char *text, QtySumState *s)
{
	const char *p = text;
	int128		v;
	StateProblem problem;

	if ((p = expect(p, "n=")) == NULL)
		return SPC_SUM_EXPECTED_N;
	if (!qty_str_to_int128(p, &p, &v) || v < 0 || v > PG_INT64_MAX)
		return SPC_SUM_COUNT;
	s->count = (int64) v;
	if ((p = expect(p, " sum=")) == NULL)
		return SPC_SUM_EXPECTED_SUM;
	if (!qty_str_to_int128(p, &p, &v))
		return SPC_SUM_SUM;
	qss_set_sum(s, v);
	if ((p = expect(p, " units=")) == NULL)
		return SPC_SUM_EXPECTED_UNITS;
	if (!read_names(&p, QU_NUNITS, unit_name, &s->units))
		return SPC_SUM_UNIT_NAMES;
	if (s->units != 0)
		s->kind = qss_units_kind(s->units);
	if (strncmp(p, " basis=", 7) == 0)
	{
		uint32		bases = 0;

		p += 7;
		if (!read_names(&p, QB_NBASES, basis_name, &bases))
			return SPC_SUM_BASIS_NAMES;
		s->bases = (uint8) bases;
		if (s->bases == (1 << QB_UNSTATED))
			return SPC_SUM_UNSTATED_PART;
	}
	if (*p == ' ')
	{
		if ((p = expect(p, " estimate")) == NULL)
			return SPC_SUM_EXPECTED_ESTIMATE;
		s->flags |= QSS_ESTIMATE;
	}
	if (*p != '\0')
		return SPC_SUM_TRAILING;
	if ((problem = qss_problem(s)) != SPC_OK)
		return problem;
	/* a state with no basis part holds unstated masses, as the aggregate's own */
	if (s->count > 0)
		s->bases = qss_bases(s);
	return SPC_OK;
}

void
qss_format(const QtySumState *s, char *buf)
{
	char	   *p = buf;

	p = stpcpy(p, "n=");
	p += qty_int128_to_str((int128) s->count, p);
	p = stpcpy(p, " sum=");
	p += qty_int128_to_str(qss_sum(s), p);
	p = stpcpy(p, " units=");
	p = append_names(p, s->units, QU_NUNITS, unit_name);
	if (s->count > 0 && qss_bases(s) != (1 << QB_UNSTATED))
	{
		p = stpcpy(p, " basis=");
		p = append_names(p, qss_bases(s), QB_NBASES, basis_name);
	}
	if (s->flags & QSS_ESTIMATE)
		p = stpcpy(p, " estimate");
	*p = '\0';
}

StateProblem
tally_parts_problem(const TallyPart *parts, int n, bool in_range)
{
	for (int i = 0; i < n; i++)
	{
		const TallyPart *p = &parts[i];
		int128		a = tally_part_amount(p);

		if (p->kind >= QK_NKINDS || (p->flags & ~QTY_FLAGS_KNOWN) != 0)
			return SPC_TALLY_UNKNOWN_KIND;
		if (qty_flags_basis(p->flags) != QB_UNSTATED && p->kind != QK_MASS)
			return SPC_TALLY_BASIS_NOT_MASS;
		if (i > 0 && tally_part_order(p->kind, p->flags) <=
			tally_part_order(parts[i - 1].kind, parts[i - 1].flags))
			return SPC_TALLY_ORDER;
		if (in_range && (a >= QTY_AMOUNT_LIMIT || a <= -QTY_AMOUNT_LIMIT))
			return SPC_TALLY_RANGE;
	}
	return SPC_OK;
}

StateProblem
tally_state_parse(const char *text, TallyPart *parts, int *nparts)
{
	const char *p = text;
	int			n = 0;
	uint32		ticks = 0;

	*nparts = 0;
	/* count the parts first: more than there are kinds is refused unread */
	for (; *p; p++)
	{
		CANCEL_TICK(ticks);
		if (*p == '=')
			n++;
	}
	if (n > TALLY_MAX_PARTS)
		return SPC_TALLY_TOO_MANY;
	p = text;
	for (int i = 0; i < n; i++)
	{
		const char *eq = strchr(p, '=');
		const char *colon;
		const char *name_end;
		char		name[32];
		QtyKind		kind;
		QtyBasis	basis = QB_UNSTATED;
		int128		v;
		bool		estimate;

		if (i > 0)
		{
			if (*p != ' ')
				return SPC_TALLY_SEPARATOR;
			p++;
		}
		estimate = *p == '~';
		p += estimate ? 1 : 0;
		colon = memchr(p, ':', eq - p);
		name_end = colon ? colon : eq;
		if ((size_t) (name_end - p) >= sizeof(name))
			return SPC_TALLY_KIND;
		memcpy(name, p, name_end - p);
		name[name_end - p] = '\0';
		if (!qty_kind_lookup(name, &kind) || strcmp(name, qty_kind_name(kind)) != 0)
			return SPC_TALLY_KIND;
		if (colon)
		{
			basis = qty_basis_lookup(colon + 1, (int) (eq - colon - 1));
			if (basis == QB_NBASES || basis == QB_UNSTATED || kind != QK_MASS ||
				strncmp(colon + 1, qty_basis_name(basis), eq - colon - 1) != 0)
				return SPC_TALLY_BASIS;
		}
		if (!qty_str_to_int128(eq + 1, &p, &v))
			return SPC_TALLY_AMOUNT;
		tally_part_init(&parts[i], kind, qty_flags(estimate, basis), v);
		*nparts = i + 1;
	}
	if (*p != '\0')
		return SPC_TALLY_TRAILING;
	return tally_parts_problem(parts, n, false);
}

void
tally_state_format(const TallyPart *parts, int n, char *buf)
{
	char	   *p = buf;

	for (int i = 0; i < n; i++)
	{
		const char *basis = qty_basis_name(qty_flags_basis(parts[i].flags));

		if (i > 0)
			*p++ = ' ';
		if (parts[i].flags & QTY_ESTIMATE)
			*p++ = '~';
		p = stpcpy(p, qty_kind_name((QtyKind) parts[i].kind));
		if (basis)
		{
			*p++ = ':';
			p = stpcpy(p, basis);
		}
		*p++ = '=';
		p += qty_int128_to_str(tally_part_amount(&parts[i]), p);
	}
	*p = '\0';
}

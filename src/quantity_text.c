/*
 * quantity_text.c
 *	  The text grammar of a quantity.  Plain C: the server's input
 *	  functions and the fuzz targets share it.
 */
#include "c.h"

#include "amount_out.h"
#include "quantity_text.h"
#include "textkit.h"

/* Estimate words, matched without regard to case; "~" is handled apart. */
static const char *const estimate_words[] = {
	"approximately", "approx.", "approx", "about", "circa", "ca.", "ca"
};

#define KOREAN_ABOUT "\xec\x95\xbd"	/* 약 */
#define KOREAN_BASIS_LEN 9		/* 순중량, 총중량: three syllables */

/* Length of the word at p if it is w (ASCII, any case), else 0. */
static int
match_word(const char *p, const char *w)
{
	int			n = 0;

	while (w[n] && tk_ascii_lower(p[n]) == w[n])
		n++;
	if (w[n] != '\0')
		return 0;
	/* a word that ends in a letter must end there: "about" but not "abouts" */
	if (w[n - 1] != '.' && p[n] != '\0' && !tk_is_space(p[n]))
		return 0;
	return n;
}

/* Length of an estimate mark at p ("~", "약" or a word), else 0. */
static int
estimate_mark(const char *p, bool *word)
{
	*word = false;
	if (*p == '~')
		return 1;
	*word = true;
	if (strncmp(p, KOREAN_ABOUT, strlen(KOREAN_ABOUT)) == 0)
		return strlen(KOREAN_ABOUT);
	for (int i = 0; i < (int) lengthof(estimate_words); i++)
	{
		int			n = match_word(p, estimate_words[i]);

		if (n > 0)
			return n;
	}
	*word = false;
	return 0;
}

/* A Korean basis word at p (followed by anything), else QB_NBASES. */
static QtyBasis
korean_basis_at(const char *p)
{
	if (strlen(p) < KOREAN_BASIS_LEN || (unsigned char) p[0] < 0x80)
		return QB_NBASES;
	return qty_basis_lookup(p, KOREAN_BASIS_LEN);
}

/* The start of the word that ends at e (e > s, e[-1] not white space). */
static const char *
word_start(const char *s, const char *e)
{
	uint32		ticks = 0;

	while (e > s && !tk_is_space(e[-1]))
	{
		CANCEL_TICK(ticks);
		e--;
	}
	return e;
}

/*
 * Takes a basis off the end of [s, *end): an English word or two-word
 * phrase after white space ("gross", "net weight", "N.W."), one in
 * parentheses even without white space ("kg(gross)"), or a Korean one,
 * with or without white space before it.
 */
static QtyBasis
basis_suffix(const char *s, const char **end)
{
	const char *e = *end;
	const char *w1;
	QtyBasis	b;

	if (e == s)
		return QB_NBASES;
	if (e[-1] == ')')
	{
		const char *q = e - 1;
		uint32		ticks = 0;

		while (q > s && *q != '(')
		{
			CANCEL_TICK(ticks);
			q--;
		}
		if (q > s && *q == '(' && (b = qty_basis_lookup(q, (int) (e - q))) != QB_NBASES)
		{
			*end = tk_trim_end(s, q);
			return b;
		}
	}
	w1 = word_start(s, e);
	if (w1 > s)
	{
		const char *w2 = word_start(s, tk_trim_end(s, w1));

		if (w2 > s && (b = qty_basis_lookup(w2, (int) (e - w2))) != QB_NBASES)
		{
			*end = tk_trim_end(s, w2);
			return b;
		}
		if ((b = qty_basis_lookup(w1, (int) (e - w1))) != QB_NBASES)
		{
			*end = tk_trim_end(s, w1);
			return b;
		}
	}
	if (e - s > KOREAN_BASIS_LEN &&
		(b = korean_basis_at(e - KOREAN_BASIS_LEN)) != QB_NBASES)
	{
		*end = tk_trim_end(s, e - KOREAN_BASIS_LEN);
		return b;
	}
	return QB_NBASES;
}

/* The end of the word at p: at white space, or just after a colon ("N.W.:1 kg"). */
static const char *
word_end(const char *p)
{
	uint32		ticks = 0;

	while (*p && !tk_is_space(*p))
	{
		CANCEL_TICK(ticks);
		if (*p++ == ':')
			break;
	}
	return p;
}

/*
 * Takes a basis off the start of p: a Korean word, with or without white
 * space after it, or an English word or two-word phrase ("net weight",
 * "G.W."), a colon after it allowed ("N.W.: 1.8 kg").  *after is where
 * the amount starts.
 */
static QtyBasis
basis_prefix(const char *p, const char **after)
{
	const char *e1;
	const char *e2;
	const char *stop = NULL;
	QtyBasis	b;

	if ((b = korean_basis_at(p)) != QB_NBASES)
		stop = p + KOREAN_BASIS_LEN;
	else if (*p != '\0')
	{
		e1 = word_end(p);
		e2 = word_end(tk_skip_space(e1));
		for (const char *e = e2;; e = e1)
		{
			int			n = (int) (e - p);

			if (n > 1 && e[-1] == ':')
				n--;
			if ((b = qty_basis_lookup(p, n)) != QB_NBASES)
			{
				stop = e;
				break;
			}
			if (e == e1)
				break;
		}
	}
	if (stop == NULL)
		return QB_NBASES;
	stop = tk_skip_space(stop);
	if (*stop == ':')
		stop = tk_skip_space(stop + 1);
	*after = stop;
	return b;
}

/* Whether p starts a basis word that stands alone as a word. */
static bool
basis_word_at(const char *p)
{
	const char *e = p;
	uint32		ticks = 0;

	while (*e && !tk_is_space(*e) && !tk_is_ascii_digit(*e))
	{
		CANCEL_TICK(ticks);
		e++;
	}
	return e > p && qty_basis_lookup(p, (int) (e - p)) != QB_NBASES;
}

QtyParseCode
qty_parse(const char *str, QtyParsed *out, char *work)
{
	const char *p;
	const char *end;
	const char *uend;
	size_t		len = strlen(str);
	bool		basis_before = false;
	bool		word;
	int			n;
	QtyDecimal	d;
	QtyBasis	b;
	const char *after;

	memset(out, 0, sizeof(*out));
	out->unit = QU_INVALID;

	/* full-width digits, ㎏, no-break spaces...: read as their ASCII */
	len = qty_fold_compat(str, (int) len, work);
	str = work;
	work += len + 1;
	p = tk_skip_space(str);

	/* a basis before the amount: 총중량 2 kg, net weight 1.8 kg, N.W.: 1.8 kg */
	if ((b = basis_prefix(p, &after)) != QB_NBASES)
	{
		out->basis = b;
		basis_before = true;
		p = after;
	}
	if ((n = estimate_mark(p, &word)) > 0)
	{
		out->estimate = true;
		out->token = p;
		out->token_len = n;
		p = tk_skip_space(p + n);
	}

	out->numerr = qty_parse_number(p, &end, &d, work);
	if (out->numerr != QNE_OK)
	{
		if (out->numerr == QNE_NO_DIGITS && (basis_before || basis_word_at(p)))
			return QPC_BASIS_NO_AMOUNT;
		if (out->numerr == QNE_NO_DIGITS && word)
			return QPC_ESTIMATE_NO_NUMBER;
		return QPC_NUMBER;
	}

	/* the unit: the rest, trimmed, less a basis word at its end */
	end = tk_skip_space(end);
	uend = tk_trim_end(end, str + len);
	if ((b = basis_suffix(end, &uend)) != QB_NBASES)
	{
		const char *again = uend;

		if (basis_before || basis_suffix(end, &again) != QB_NBASES)
			return QPC_BASIS_TWICE;
		out->basis = b;
	}
	out->token = end;
	out->token_len = (int) (uend - end);
	if (uend == end)
		return QPC_NO_UNIT;
	out->unit = qty_unit_lookup(end, (int) (uend - end));
	if (out->unit == QU_INVALID)
	{
		/* "2 gross": the word is a basis, and the unit is missing */
		if (qty_basis_lookup(end, (int) (uend - end)) != QB_NBASES)
			return QPC_NO_UNIT;
		out->reason = qty_unit_rejection(end, (int) (uend - end), &out->reason_hint);
		return out->reason ? QPC_UNIT_REFUSED : QPC_UNIT_UNKNOWN;
	}
	if (out->basis != QB_UNSTATED && qty_kind_dimension(qty_units[out->unit].kind) != QD_MASS)
		return QPC_BASIS_NOT_MASS;

	out->numerr = qty_decimal_scale(&d, qty_units[out->unit].mult, qty_units[out->unit].exp,
									&out->amount, work + len + 1);
	return out->numerr == QNE_OK ? QPC_OK : QPC_RANGE;
}

void
qty_format(int128 amount, QtyUnit unit, bool estimate, QtyBasis basis, char *buf)
{
	const QtyUnitInfo *u = &qty_units[unit];
	const char *name = qty_amount_is_one(amount, u->mult, u->exp) ? u->symbol : u->plural;
	char	   *p = buf;
	size_t		n;

	if (estimate)
		*p++ = '~';
	p += qty_amount_format(amount, u->mult, u->exp, p);
	*p++ = ' ';
	n = strlen(name);
	memcpy(p, name, n);
	p += n;
	if (basis != QB_UNSTATED)
	{
		const char *b = qty_basis_name(basis);

		*p++ = ' ';
		n = strlen(b);
		memcpy(p, b, n);
		p += n;
	}
	*p = '\0';
}

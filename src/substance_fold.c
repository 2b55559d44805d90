/*
 * substance_fold.c
 *	  Locale-independent folding of substance names (rule in the header).
 */
#include "c.h"

#include "cancel.h"
#include "substance_fold.h"
#include "textkit.h"

typedef struct FoldState
{
	char	   *out;
	int			n;				/* bytes written */
	int			word;			/* start of the current ASCII-letter run, or -1 */
} FoldState;

static bool
is_opening(int32 cp)
{
	return cp == '(' || cp == '[' || cp == '{' ||
		cp == 0xFF08 || cp == 0xFF3B || cp == 0xFF5B ||	/* fullwidth */
		cp == 0x3010 || cp == 0x3014;	/* 【 〔 */
}

static bool
is_closing(int32 cp)
{
	return cp == ')' || cp == ']' || cp == '}' ||
		cp == 0xFF09 || cp == 0xFF3D || cp == 0xFF5D ||
		cp == 0x3011 || cp == 0x3015;
}

/* Spaces, punctuation and symbols outside ASCII that separate words. */
static bool
is_word_separator(int32 cp)
{
	return (cp >= 0x80 && cp <= 0xBF) ||	/* C1 controls, NBSP, Latin-1 signs */
		cp == 0xD7 || cp == 0xF7 ||		/* multiplication, division signs */
		(cp >= 0x2000 && cp <= 0x206F) ||	/* general punctuation, spaces */
		(cp >= 0x2190 && cp <= 0x2BFF) ||	/* arrows, math, boxes, shapes */
		(cp >= 0x3000 && cp <= 0x303F) ||	/* CJK symbols and punctuation */
		cp == 0x30FB ||			/* katakana middle dot */
		(cp >= 0xFE10 && cp <= 0xFE1F) ||	/* vertical forms */
		(cp >= 0xFE30 && cp <= 0xFE6F) ||	/* CJK compatibility, small forms */
		(cp >= 0xFF5F && cp <= 0xFF65) ||	/* halfwidth punctuation */
		cp == 0xFEFF;			/* byte order mark */
}

/* Ends the current run of ASCII letters, applying the plural rule. */
static void
end_word(FoldState *st)
{
	int			wlen;
	char	   *w;

	if (st->word < 0)
		return;
	wlen = st->n - st->word;
	w = st->out + st->word;
	st->word = -1;
	if (wlen < 4 || w[wlen - 1] != 's')
		return;
	if (w[wlen - 2] == 'e' && w[wlen - 3] == 'i')
	{
		w[wlen - 3] = 'y';
		st->n -= 2;
	}
	else if (w[wlen - 2] != 's' && w[wlen - 2] != 'u' && w[wlen - 2] != 'i')
		st->n -= 1;
}

static void
put_letters(FoldState *st, const char *letters)
{
	if (st->word < 0)
		st->word = st->n;
	while (*letters)
		st->out[st->n++] = *letters++;
}

static void
put_ascii(FoldState *st, int32 c)
{
	c = tk_ascii_lower((char) c);
	if (c >= 'a' && c <= 'z')
	{
		if (st->word < 0)
			st->word = st->n;
		st->out[st->n++] = (char) c;
	}
	else if (c >= '0' && c <= '9')
	{
		end_word(st);
		st->out[st->n++] = (char) c;
	}
	else
		end_word(st);			/* space, punctuation, control */
}

static int
fold_pass(const unsigned char *s, int len, char *out, bool strip)
{
	FoldState	st = {out, 0, -1};
	int			depth = 0;
	int			i = 0;
	uint32		ticks = 0;

	while (i < len)
	{
		int32		cp;
		int			nb = tk_utf8_next((const char *) s + i, len - i, &cp);

		CANCEL_TICK(ticks);
		if (cp >= 0 && is_opening(cp))
		{
			end_word(&st);
			if (strip)
				depth++;
		}
		else if (cp >= 0 && is_closing(cp))
		{
			end_word(&st);
			if (depth > 0)
				depth--;
		}
		else if (depth > 0)
			;					/* inside a qualifier */
		else if (cp < 0)
		{
			end_word(&st);
			out[st.n++] = (char) s[i];
		}
		else if (cp < 0x80)
			put_ascii(&st, cp);
		else if (cp >= 0xFF01 && cp <= 0xFF5E)	/* fullwidth ASCII */
			put_ascii(&st, cp - 0xFF01 + '!');
		else if (cp == 0x3B1 || cp == 0x391)
			put_letters(&st, "alpha");
		else if (cp == 0x3B2 || cp == 0x392)
			put_letters(&st, "beta");
		else if (cp == 0x3B3 || cp == 0x393)
			put_letters(&st, "gamma");
		else if (cp == 0x3B4 || cp == 0x394)
			put_letters(&st, "delta");
		else if (is_word_separator(cp))
			end_word(&st);
		else
		{
			end_word(&st);
			if (cp >= 0xC0 && cp <= 0xDE)	/* Latin-1 capitals (0xD7 is a separator) */
				cp += 0x20;
			if (cp < 0x800)
				st.n += tk_utf8_put(out + st.n, cp);
			else
			{
				memcpy(out + st.n, s + i, nb);
				st.n += nb;
			}
		}
		i += nb;
	}
	end_word(&st);
	out[st.n] = '\0';
	return st.n;
}

int
subst_fold(const char *s, int len, char *out)
{
	int			n = fold_pass((const unsigned char *) s, len, out, true);

	if (n == 0)
		n = fold_pass((const unsigned char *) s, len, out, false);
	return n;
}

/*
 * Qualifiers as written; they are compared folded, so "pills", "Pill" and
 * "PILLS" are one entry, and a two-word qualifier ("black tar", "vape
 * cartridge", "free base") is one folded string.
 */
static const char *const salt_words[] = {
	"hydrochloride", "HCl", "hydrobromide", "sulfate", "sulphate", "phosphate",
	"tartrate", "bitartrate", "citrate", "salt", "base", "freebase",
	"염산염", "황산염", "인산염", "주석산염", "구연산염",
	NULL
};

static const char *const form_words[] = {
	"pill", "tablet", "capsule", "powder", "powdered", "crystal", "crystalline",
	"liquid", "oil", "vape", "cartridge", "vape cartridge", "vape pen", "patch", "patches",
	"black tar", "counterfeit", "fake",
	"분말", "가루", "알약", "정제", "결정", "액상", "오일", "카트리지", "패치",
	NULL
};

/* Korean qualifiers that may be written onto the name, after it */
static const char *const attached_salts[] = {
	"염산염", "황산염", "인산염", "주석산염", "구연산염", NULL
};
static const char *const attached_forms[] = {
	"분말", "가루", "알약", "정제", "결정", "액상", "오일", "카트리지", "패치", NULL
};

#define QUAL_MAX_WORDS 32
#define QUAL_MAX_BYTES 64

typedef struct QualWord
{
	int			start;
	int			end;
} QualWord;

/* A code point that ends a word: what folding removes, and brackets. */
static bool
qual_separator(int32 cp)
{
	if (cp < 0)
		return false;			/* an invalid byte is kept, as folding keeps it */
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		cp = cp - 0xFF01 + '!';
	if (cp < 0x80)
		return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'));
	return is_opening(cp) || is_closing(cp) || is_word_separator(cp);
}

/* The words of s[start..end) outside brackets; -1 when there are too many. */
static int
qual_words(const char *s, int start, int end, QualWord *w)
{
	int			n = 0;
	int			depth = 0;
	int			i = start;
	int			wstart = -1;

	while (i < end)
	{
		int32		cp;
		int			nb = tk_utf8_next(s + i, end - i, &cp);
		bool		sep = qual_separator(cp);

		if (sep || depth > 0)
		{
			if (wstart >= 0)
			{
				if (n == QUAL_MAX_WORDS)
					return -1;
				w[n].start = wstart;
				w[n++].end = i;
				wstart = -1;
			}
			if (cp >= 0 && is_opening(cp))
				depth++;
			else if (cp >= 0 && is_closing(cp) && depth > 0)
				depth--;
		}
		else if (wstart < 0)
			wstart = i;
		i += nb;
	}
	if (wstart >= 0)
	{
		if (n == QUAL_MAX_WORDS)
			return -1;
		w[n].start = wstart;
		w[n++].end = end;
	}
	return n;
}

/* Whether s[from..to) folds like one of list. */
static bool
qual_in(const char *s, int from, int to, const char *const *list)
{
	char		buf[SUBST_FOLD_SIZE(QUAL_MAX_BYTES)];
	char		entry[SUBST_FOLD_SIZE(QUAL_MAX_BYTES)];
	int			n;

	if (to - from > QUAL_MAX_BYTES)
		return false;
	n = subst_fold(s + from, to - from, buf);
	for (; *list; list++)
	{
		int			m = subst_fold(*list, strlen(*list), entry);

		if (m == n && memcmp(buf, entry, n) == 0)
			return true;
	}
	return false;
}

/* The kind of qualifier s[from..to) is; salts only where after is true. */
static SubstQualifier
qual_kind(const char *s, int from, int to, bool after)
{
	if (after && qual_in(s, from, to, salt_words))
		return SQ_SALT;
	if (qual_in(s, from, to, form_words))
		return SQ_FORM;
	return SQ_NONE;
}

/* The length of an entry of list that word s[from..to) ends with, leaving some of it. */
static int
qual_attached(const char *s, int from, int to, const char *const *list)
{
	for (; *list; list++)
	{
		int			m = strlen(*list);

		if (to - from > m && memcmp(s + to - m, *list, m) == 0)
			return m;
	}
	return 0;
}

SubstQualifier
subst_strip_qualifier(const char *s, int *start, int *end)
{
	QualWord	w[QUAL_MAX_WORDS];
	int			n = qual_words(s, *start, *end, w);
	int			k;
	int			m;
	SubstQualifier q;

	if (n <= 0)
		return SQ_NONE;
	/* after the name: two words, then one */
	for (k = 2; k >= 1; k--)
		if (n > k && (q = qual_kind(s, w[n - k].start, w[n - 1].end, true)) != SQ_NONE)
		{
			*end = w[n - k - 1].end;
			*start = w[0].start;
			return q;
		}
	/* written onto the name */
	if ((m = qual_attached(s, w[n - 1].start, w[n - 1].end, attached_salts)) > 0 ||
		(m = qual_attached(s, w[n - 1].start, w[n - 1].end, attached_forms)) > 0)
	{
		q = qual_attached(s, w[n - 1].start, w[n - 1].end, attached_salts) > 0 ? SQ_SALT : SQ_FORM;
		*end = w[n - 1].end - m;
		*start = w[0].start;
		return q;
	}
	/* before it */
	for (k = 2; k >= 1; k--)
		if (n > k && (q = qual_kind(s, w[0].start, w[k - 1].end, false)) != SQ_NONE)
		{
			*start = w[k].start;
			*end = w[n - 1].end;
			return q;
		}
	return SQ_NONE;
}

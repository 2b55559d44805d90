/*
 * textkit.h
 *	  Small text and integer helpers shared by every plain-C parser, so
 *	  that "white space" and a 128-bit amount mean one thing everywhere.
 */
#ifndef SEIZURE_TEXTKIT_H
#define SEIZURE_TEXTKIT_H

#include "c.h"

#include "cancel.h"

/* White space between the words of an input: C's isspace() set, in ASCII. */
static inline bool
tk_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline const char *
tk_skip_space(const char *p)
{
	uint32		ticks = 0;

	while (tk_is_space(*p))
	{
		CANCEL_TICK(ticks);
		p++;
	}
	return p;
}

/* The end of s[..end) without trailing white space. */
static inline const char *
tk_trim_end(const char *s, const char *end)
{
	uint32		ticks = 0;

	while (end > s && tk_is_space(end[-1]))
	{
		CANCEL_TICK(ticks);
		end--;
	}
	return end;
}

static inline char
tk_ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
}

static inline char
tk_ascii_upper(char c)
{
	return (c >= 'a' && c <= 'z') ? (char) (c - ('a' - 'A')) : c;
}

static inline bool
tk_is_ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
tk_is_ascii_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
tk_is_ascii_alnum(unsigned char c)
{
	return tk_is_ascii_alpha((char) c) || tk_is_ascii_digit((char) c);
}

/* Whether s[0..len) is the lower-case word w, ignoring ASCII case. */
static inline bool
tk_ascii_equal_fold(const char *s, int len, const char *w)
{
	int			i;

	for (i = 0; i < len; i++)
		if (w[i] == '\0' || tk_ascii_lower(s[i]) != w[i])
			return false;
	return w[len] == '\0';
}

/*
 * s[0..len) as a name to look up: ASCII lower-cased, each run of white space
 * or of the bytes in extra_seps one space, none at either end.  Writes
 * out[0..size) with its NUL; the length, or -1 if it does not fit or s
 * holds a NUL.
 */
static inline int
tk_fold_name(const char *s, int len, const char *extra_seps, char *out, int size)
{
	int			n = 0;
	bool		sep = false;
	int			i;
	uint32		ticks = 0;

	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		CANCEL_TICK(ticks);
		if (c == '\0')
			return -1;
		if (tk_is_space(c) || strchr(extra_seps, c) != NULL)
		{
			sep = n > 0;
			continue;
		}
		if (n + 2 >= size)
			return -1;
		if (sep)
			out[n++] = ' ';
		sep = false;
		out[n++] = tk_ascii_lower(c);
	}
	out[n] = '\0';
	return n;
}

/*
 * UTF-8 stepping.  A byte that does not start a well-formed character
 * (a stray continuation byte, an overlong form, a surrogate, a value past
 * U+10FFFF or a character cut off by the end) is one step of its own, so
 * every caller moves forward and decides what such a byte means.
 */
static inline bool
tk_utf8_is_continuation(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* The character at s[0..len), len > 0: its length, and *cp or -1. */
static inline int
tk_utf8_next(const char *s, int len, int32 *cp)
{
	const unsigned char *u = (const unsigned char *) s;
	int			need;
	int32		c;
	int			k;

	*cp = -1;
	if (u[0] < 0x80)
	{
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xC2 && u[0] <= 0xDF)
		need = 1, c = u[0] & 0x1F;
	else if (u[0] >= 0xE0 && u[0] <= 0xEF)
		need = 2, c = u[0] & 0x0F;
	else if (u[0] >= 0xF0 && u[0] <= 0xF4)
		need = 3, c = u[0] & 0x07;
	else
		return 1;
	if (need >= len)
		return 1;
	for (k = 1; k <= need; k++)
	{
		if (!tk_utf8_is_continuation(u[k]))
			return 1;
		c = (c << 6) | (u[k] & 0x3F);
	}
	if ((need == 2 && c < 0x800) || (need == 3 && (c < 0x10000 || c > 0x10FFFF)) ||
		(c >= 0xD800 && c <= 0xDFFF))
		return 1;
	*cp = c;
	return need + 1;
}

/* Writes the character cp (0..U+10FFFF) as UTF-8; returns its length. */
static inline int
tk_utf8_put(char *out, int32 cp)
{
	unsigned char *u = (unsigned char *) out;

	if (cp < 0x80)
	{
		u[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		u[0] = 0xC0 | (cp >> 6);
		u[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp < 0x10000)
	{
		u[0] = 0xE0 | (cp >> 12);
		u[1] = 0x80 | ((cp >> 6) & 0x3F);
		u[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	u[0] = 0xF0 | (cp >> 18);
	u[1] = 0x80 | ((cp >> 12) & 0x3F);
	u[2] = 0x80 | ((cp >> 6) & 0x3F);
	u[3] = 0x80 | (cp & 0x3F);
	return 4;
}

/* Whether s[0..len) is well-formed UTF-8 without NUL, as a UTF8 text is. */
static inline bool
tk_utf8_valid(const char *s, int len)
{
	int			i = 0;
	uint32		ticks = 0;

	while (i < len)
	{
		int32		cp;

		CANCEL_TICK(ticks);
		i += tk_utf8_next(s + i, len - i, &cp);
		if (cp <= 0)
			return false;
	}
	return true;
}

/* A signed 128-bit amount from the two halves it is stored in. */
static inline int128
tk_int128_join(int64 hi, uint64 lo)
{
	return (int128) (((uint128) (int128) hi << 64) | lo);
}

#endif

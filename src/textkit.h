/*
 * textkit.h
 *	  Small text and integer helpers shared by every plain-C parser, so
 *	  that "white space" and a 128-bit amount mean one thing everywhere.
 */
#ifndef SEIZURE_TEXTKIT_H
#define SEIZURE_TEXTKIT_H

#include "c.h"

/* White space between the words of an input: C's isspace() set, in ASCII. */
static inline bool
tk_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline const char *
tk_skip_space(const char *p)
{
	while (tk_is_space(*p))
		p++;
	return p;
}

/* The end of s[..end) without trailing white space. */
static inline const char *
tk_trim_end(const char *s, const char *end)
{
	while (end > s && tk_is_space(end[-1]))
		end--;
	return end;
}

static inline char
tk_ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
}

static inline bool
tk_is_ascii_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A signed 128-bit amount from the two halves it is stored in. */
static inline int128
tk_int128_join(int64 hi, uint64 lo)
{
	return (int128) (((uint128) (int128) hi << 64) | lo);
}

#endif

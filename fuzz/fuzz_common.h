/*
 * fuzz_common.h
 *	  Shared by the libFuzzer targets: the glue around the plain-C parsers
 *	  that the server's thin wrappers add (white space, "~", the unit), so a
 *	  target sees what quantity_in sees, and a failed check that aborts.
 *
 * The glue mirrors qty_from_cstring and qty_to_cstring in src/quantity.c;
 * keep them in step.
 */
#ifndef SEIZURE_FUZZ_COMMON_H
#define SEIZURE_FUZZ_COMMON_H

#include "postgres.h"

#include <stdio.h>
#include <stdlib.h>

#include "amount.h"
#include "units.h"

/* port.h routes these to libpgport's versions; the libc ones do here */
#undef fprintf
#undef snprintf

/* Assert() in the linked sources is compiled in: report and abort. */
#if PG_VERSION_NUM >= 160000
void
ExceptionalCondition(const char *cond, const char *file, int line)
#else
void
ExceptionalCondition(const char *cond, const char *type, const char *file, int line)
#endif
{
	fprintf(stderr, "Assert(%s) failed at %s:%d\n", cond, file, line);
	abort();
}

#define FUZZ_CHECK(cond, ...) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "check failed: %s: ", #cond); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
			abort(); \
		} \
	} while (0)

/* A NUL-terminated copy of the fuzzer's bytes (which have none). */
static char *
fuzz_cstring(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);

	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/*
 * Whether s[0..len) is valid UTF-8 (no overlongs, surrogates or values past
 * U+10FFFF), as every text in a UTF8 database is.
 */
static bool
fuzz_valid_utf8(const uint8_t *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		uint8_t		c = s[i];
		int			n;
		uint32_t	cp;
		size_t		k;

		if (c < 0x80)
		{
			if (c == 0)
				return false;	/* no NUL in a text */
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 1, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			n = 2, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 3, cp = c & 0x07;
		else
			return false;
		for (k = 1; k <= (size_t) n; k++)
		{
			if (i + k >= len || (s[i + k] & 0xc0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
			(cp >= 0xd800 && cp <= 0xdfff))
			return false;
		i += n + 1;
	}
	return true;
}

typedef struct FuzzQty
{
	int128		amount;
	QtyUnit		unit;
	bool		estimate;
} FuzzQty;

typedef enum FuzzStatus
{
	FS_OK = 0,
	FS_SYNTAX,					/* 22P02 in the server */
	FS_RANGE					/* 22003 */
} FuzzStatus;

static inline bool
fuzz_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* What qty_from_cstring does, errors as a status. */
static FuzzStatus
fuzz_qty_parse(const char *str, FuzzQty *out)
{
	const char *p = str;
	const char *end;
	const char *uend;
	size_t		len = strlen(str);
	char	   *digits = malloc(len + 1);
	char	   *scratch = NULL;
	QtyDecimal	d;
	QtyNumError err;
	FuzzStatus	status = FS_OK;

	out->estimate = false;
	while (fuzz_is_space(*p))
		p++;
	if (*p == '~')
	{
		out->estimate = true;
		p++;
		while (fuzz_is_space(*p))
			p++;
	}
	err = qty_parse_number(p, &end, &d, digits);
	FUZZ_CHECK(qty_num_error_detail(err) != NULL, "no detail for %d", (int) err);
	if (err != QNE_OK)
	{
		FUZZ_CHECK(err != QNE_RANGE, "the number reader never reports range");
		status = FS_SYNTAX;
		goto done;
	}
	FUZZ_CHECK(end > p && end <= str + len, "end out of bounds");
	FUZZ_CHECK(d.ndigits >= 0 && (size_t) d.ndigits <= len, "ndigits %d", d.ndigits);
	FUZZ_CHECK(d.ndigits == 0 || (d.digits[0] != '0' && d.digits[d.ndigits - 1] != '0'),
			   "digits not trimmed");
	while (fuzz_is_space(*end))
		end++;
	uend = str + len;
	while (uend > end && fuzz_is_space(uend[-1]))
		uend--;
	if (uend == end)
	{
		status = FS_SYNTAX;
		goto done;
	}
	out->unit = qty_unit_lookup(end, (int) (uend - end));
	if (out->unit == QU_INVALID)
	{
		char	   *uname = strndup(end, uend - end);

		/* the error path builds a hint from the name */
		(void) qty_unit_rejection(end, (int) (uend - end), NULL);
		FUZZ_CHECK(qty_unit_closest(uname) != NULL, "no closest unit");
		free(uname);
		status = FS_SYNTAX;
		goto done;
	}
	FUZZ_CHECK(out->unit > QU_INVALID && out->unit < QU_NUNITS, "unit %d", (int) out->unit);
	if (d.ndigits > 23)
		scratch = malloc(d.ndigits + 32);
	err = qty_decimal_scale(&d, qty_units[out->unit].mult, qty_units[out->unit].exp,
							&out->amount, scratch);
	if (err != QNE_OK)
	{
		FUZZ_CHECK(err == QNE_RANGE, "scale error %d", (int) err);
		status = FS_RANGE;
		goto done;
	}
	FUZZ_CHECK(out->amount < QTY_AMOUNT_LIMIT && out->amount > -QTY_AMOUNT_LIMIT,
			   "amount out of range accepted: %s", str);
done:
	free(scratch);
	free(digits);
	return status;
}

#define FUZZ_QTY_TEXT_MAX 96

/* What qty_to_cstring does; the number gets exactly the 80 bytes it may use. */
static void
fuzz_qty_format(const FuzzQty *q, char *buf)
{
	const QtyUnitInfo *u = &qty_units[q->unit];
	char		num[80];
	bool		one = q->amount == (int128) u->mult * qty_pow10(u->exp);

	qty_amount_format(q->amount, u->mult, u->exp, num);
	snprintf(buf, FUZZ_QTY_TEXT_MAX, "%s%s %s", q->estimate ? "~" : "", num,
			 one ? u->symbol : u->plural);
}

static bool
fuzz_qty_equal(const FuzzQty *a, const FuzzQty *b)
{
	return a->amount == b->amount && a->unit == b->unit && a->estimate == b->estimate;
}

/* Output reads back to the same value, and prints the same again. */
static void
fuzz_qty_check_round_trip(const FuzzQty *q, const char *input)
{
	char		text[FUZZ_QTY_TEXT_MAX];
	char		again[FUZZ_QTY_TEXT_MAX];
	FuzzQty		back;

	fuzz_qty_format(q, text);
	FUZZ_CHECK(fuzz_qty_parse(text, &back) == FS_OK, "output \"%s\" of \"%s\" does not parse",
			   text, input);
	FUZZ_CHECK(fuzz_qty_equal(q, &back), "output \"%s\" of \"%s\" reads back differently",
			   text, input);
	fuzz_qty_format(&back, again);
	FUZZ_CHECK(strcmp(text, again) == 0, "\"%s\" prints as \"%s\"", text, again);
}

#endif

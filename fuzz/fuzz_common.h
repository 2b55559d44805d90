/*
 * fuzz_common.h
 *	  Shared by the libFuzzer targets: the grammar's own functions with the
 *	  invariants of their results checked, and a failed check that aborts.
 *	  The server's input functions call the same functions, so a target and
 *	  the server cannot disagree.
 */
#ifndef SEIZURE_FUZZ_COMMON_H
#define SEIZURE_FUZZ_COMMON_H

#include "postgres.h"

#include <stdio.h>
#include <stdlib.h>

#include "quantity_text.h"

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

/* A quantity as the grammar reads it (src/quantity_text.c). */
typedef QtyParsed FuzzQty;

/*
 * qty_parse itself, with the invariants of its result checked: a value in
 * range with a known unit, or an error code with what its message needs.
 */
static QtyParseCode
fuzz_qty_parse(const char *str, FuzzQty *out)
{
	size_t		len = strlen(str);
	char	   *work = malloc(QTY_PARSE_WORK(len));
	QtyParseCode code = qty_parse(str, out, work);

	switch (code)
	{
		case QPC_OK:
			FUZZ_CHECK(out->unit > QU_INVALID && out->unit < QU_NUNITS, "unit %d", (int) out->unit);
			FUZZ_CHECK(out->amount < QTY_AMOUNT_LIMIT && out->amount > -QTY_AMOUNT_LIMIT,
					   "amount out of range accepted: %s", str);
			FUZZ_CHECK(out->basis == QB_UNSTATED ||
					   qty_kind_dimension(qty_units[out->unit].kind) == QD_MASS,
					   "basis on a non-mass accepted: %s", str);
			break;
		case QPC_NUMBER:
			FUZZ_CHECK(out->numerr != QNE_OK && out->numerr != QNE_RANGE &&
					   qty_num_error_detail(out->numerr) != NULL, "number error %d", (int) out->numerr);
			break;
		case QPC_UNIT_UNKNOWN:
			{
				char	   *uname = strndup(out->token, out->token_len);
				const char *closest;

				/* the token is in the folded copy of str, at the start of work */
				FUZZ_CHECK(out->token >= work && out->token + out->token_len <= work + len,
						   "unit token out of bounds");
				/* a hint, when there is one, names a unit that reads */
				closest = qty_unit_closest(uname);
				FUZZ_CHECK(closest == NULL || qty_unit_lookup(closest, (int) strlen(closest)) != QU_INVALID,
						   "hint \"%s\" names no unit", closest);
				free(uname);
			}
			break;
		case QPC_UNIT_REFUSED:
			FUZZ_CHECK(out->reason != NULL && out->reason_hint != NULL, "a refused unit without a reason or hint");
			break;
		case QPC_ESTIMATE_NO_NUMBER:
			FUZZ_CHECK(out->token_len > 0, "estimate word without its token");
			break;
		case QPC_BASIS_NOT_MASS:
		case QPC_RANGE:
			FUZZ_CHECK(out->unit > QU_INVALID && out->unit < QU_NUNITS, "unit %d", (int) out->unit);
			break;
		case QPC_BASIS_NO_AMOUNT:
		case QPC_NO_UNIT:
		case QPC_BASIS_TWICE:
			break;
		default:
			FUZZ_CHECK(false, "unknown parse code %d", (int) code);
	}
	free(work);
	return code;
}

static void
fuzz_qty_format(const FuzzQty *q, char *buf)
{
	qty_format(q->amount, q->unit, q->estimate, q->basis, buf);
	FUZZ_CHECK(strlen(buf) < QTY_TEXT_MAX, "output too long");
}

static bool
fuzz_qty_equal(const FuzzQty *a, const FuzzQty *b)
{
	return a->amount == b->amount && a->unit == b->unit && a->estimate == b->estimate &&
		a->basis == b->basis;
}

/* Output reads back to the same value, and prints the same again. */
static void
fuzz_qty_check_round_trip(const FuzzQty *q, const char *input)
{
	char		text[QTY_TEXT_MAX];
	char		again[QTY_TEXT_MAX];
	FuzzQty		back;

	fuzz_qty_format(q, text);
	FUZZ_CHECK(fuzz_qty_parse(text, &back) == QPC_OK, "output \"%s\" of \"%s\" does not parse",
			   text, input);
	FUZZ_CHECK(fuzz_qty_equal(q, &back), "output \"%s\" of \"%s\" reads back differently",
			   text, input);
	fuzz_qty_format(&back, again);
	FUZZ_CHECK(strcmp(text, again) == 0, "\"%s\" prints as \"%s\"", text, again);
}

#endif

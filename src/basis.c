/*
 * basis.c
 *	  Names of the weight bases.  Plain C: shared with the fuzz targets.
 */
#include "c.h"

#include "basis.h"
#include "textkit.h"

static const char *const basis_names[QB_NBASES] = {NULL, "net", "bulk", "gross"};

typedef struct BasisWord
{
	const char *word;
	QtyBasis	basis;
} BasisWord;

/* English matched without regard to case; Korean as written */
static const BasisWord basis_words[] = {
	{"net", QB_NET},
	{"bulk", QB_BULK},
	{"gross", QB_GROSS},
	{"순중량", QB_NET},
	{"총중량", QB_GROSS},
};

const char *
qty_basis_name(QtyBasis b)
{
	return b < QB_NBASES ? basis_names[b] : NULL;
}

QtyBasis
qty_basis_lookup(const char *s, int len)
{
	for (int i = 0; i < (int) lengthof(basis_words); i++)
		if (tk_ascii_equal_fold(s, len, basis_words[i].word))
			return basis_words[i].basis;
	return QB_NBASES;
}

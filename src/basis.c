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

/*
 * English matched without regard to case and with any white space between
 * words; Korean as written.  Trade documents (invoices, packing lists, air
 * waybills) write "N.W." and "G.W."; sources in docs/quantity.md.
 */
static const BasisWord basis_words[] = {
	{"net", QB_NET},
	{"bulk", QB_BULK},
	{"gross", QB_GROSS},
	{"순중량", QB_NET},
	{"총중량", QB_GROSS},
	/* added in 0.3.0 */
	{"net weight", QB_NET}, {"net wt", QB_NET}, {"net wt.", QB_NET},
	{"n.w.", QB_NET}, {"n.w", QB_NET}, {"n/w", QB_NET},
	{"(net)", QB_NET}, {"(net weight)", QB_NET}, {"(net wt.)", QB_NET},
	{"gross weight", QB_GROSS}, {"gross wt", QB_GROSS}, {"gross wt.", QB_GROSS},
	{"g.w.", QB_GROSS}, {"g.w", QB_GROSS}, {"g/w", QB_GROSS},
	{"(gross)", QB_GROSS}, {"(gross weight)", QB_GROSS}, {"(gross wt.)", QB_GROSS},
	{"bulk weight", QB_BULK}, {"(bulk)", QB_BULK}, {"(bulk weight)", QB_BULK},
};

#define MAX_BASIS_NAME 32

const char *
qty_basis_name(QtyBasis b)
{
	return b < QB_NBASES ? basis_names[b] : NULL;
}

QtyBasis
qty_basis_lookup(const char *s, int len)
{
	char		name[MAX_BASIS_NAME];
	int			n;

	if (len >= 2 * MAX_BASIS_NAME)
		return QB_NBASES;
	n = tk_fold_name(s, len, "", name, MAX_BASIS_NAME);
	if (n <= 0)
		return QB_NBASES;
	for (int i = 0; i < (int) lengthof(basis_words); i++)
		if (strcmp(name, basis_words[i].word) == 0)
			return basis_words[i].basis;
	return QB_NBASES;
}

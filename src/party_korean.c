/*
 * party_korean.c
 *	  Korean personal names as one key across Hangul and Latin letters.
 *
 * A name is read as Korean when it is written
 *
 *	- in Hangul syllables only, in at most three words of two to five
 *	  syllables in all, beginning with a surname of the table below
 *	  ("김민수", "김 민수", "남궁 민"); or
 *	- in Latin letters only, in two to four words, one of them (the first
 *	  or the last) a spelling of a surname of the table, every other one a
 *	  sequence of romanized syllables, one to three in all ("KIM MIN SU",
 *	  "Gim Min-su", "Minsoo Kim", "Ch'oe Chŏng-hŭi").
 *
 * The key is the name in Hangul, surname first, without spaces: Latin
 * letters are turned back into Hangul.  Given-name syllables are read with
 * the Revised Romanization of Korean (Ministry of Culture and Tourism,
 * 2000), or McCune-Reischauer (1939) when the name carries its marks (ŏ,
 * ŭ, or an apostrophe after an aspirated consonant), plus the spellings
 * passports commonly use (oo for u, Sung, Hyun, Young, ...).  A hyphen
 * or space ends a syllable; within a run of letters the split with the
 * fewest syllables, then the fewest syllables starting with a vowel, then
 * the most passport spellings wins ("Hana" is 하나, "Minsoo" 민수).
 *
 * Readings that are lost (documented in docs/networks.md): initial k is
 * read as ㄱ outside McCune-Reischauer, because ㅋ hardly occurs in Korean
 * given names and passports write ㄱ as k; final t is ㅅ; McCune-Reischauer
 * without its marks is read as Revised Romanization.
 */
#include "c.h"

#include "party_chars.h"
#include "party_korean.h"
#include "textkit.h"

#define SYLLABLE(l, v, t) (HANGUL_FIRST + ((l) * JAMO_V_COUNT + (v)) * JAMO_T_COUNT + (t))
#define L_IEUNG 11				/* the silent initial of a vowel syllable */

#define MAX_WORDS 4
#define MAX_WORD 32				/* letters of one word, as read */
#define MAX_HANGUL 5			/* syllables of a Hangul name */
#define MAX_GIVEN 3				/* syllables of a romanized given name */

/*
 * A word as read.  Latin: lower-case ASCII letters, '-' between syllables,
 * '\'' for a McCune-Reischauer aspiration mark, 'O' for ŏ and 'U' for ŭ.
 * Hangul: its syllables.
 */
typedef struct Word
{
	bool		hangul;
	int			n;
	char		c[MAX_WORD];
	int			syl[MAX_HANGUL];
} Word;

/*
 * Surnames, most frequent first (Statistics Korea, 2015 census), with
 * their spellings: Revised Romanization, McCune-Reischauer without its
 * marks (ŏ as eo, ŭ as eu), and the spellings common in passports.  A
 * spelling belongs to one surname only: where two claim it, the Revised
 * Romanization wins (Cheon is 천, though McCune-Reischauer writes 전 so).
 */
typedef struct Surname
{
	const char *hangul;
	const char *spellings;		/* separated by single spaces */
} Surname;

static const Surname surnames[] = {
	{"김", "kim gim ghim kym"},
	{"이", "lee yi rhee i ri rhie ree lie yee"},
	{"박", "park pak bak bahk pahk"},
	{"최", "choi choe chey choy"},
	{"정", "jung jeong chung cheong jeung"},
	{"강", "kang gang kahng"},
	{"조", "cho jo joe chough"},
	{"윤", "yoon yun youn"},
	{"장", "jang chang jahng"},
	{"임", "lim im rim yim"},
	{"한", "han hahn"},
	{"오", "oh o"},
	{"서", "seo suh seuh"},
	{"신", "shin sin shinn"},
	{"권", "kwon gwon kweon kwun"},
	{"황", "hwang whang"},
	{"안", "ahn an"},
	{"송", "song soung"},
	{"전", "jeon jun chun chon jon"},
	{"홍", "hong"},
	{"유", "yoo yu you"},
	{"고", "ko go koh"},
	{"문", "moon mun"},
	{"양", "yang ryang"},
	{"손", "son sohn"},
	{"배", "bae pae bai"},
	{"백", "baek paik baik paek back"},
	{"허", "heo hur huh hoh"},
	{"남", "nam"},
	{"심", "shim sim"},
	{"노", "noh no roh"},
	{"하", "ha hah"},
	{"곽", "kwak gwak"},
	{"성", "sung seong seung"},
	{"차", "cha"},
	{"주", "joo ju"},
	{"우", "woo u"},
	{"구", "koo gu ku goo"},
	{"민", "min"},
	{"류", "ryu ryoo rhyu"},
	{"진", "jin chin"},
	{"지", "ji chi jee"},
	{"엄", "eom um uhm"},
	{"채", "chae chai"},
	{"원", "won"},
	{"천", "cheon"},
	{"방", "bang pang"},
	{"공", "kong gong"},
	{"현", "hyun hyeon"},
	{"함", "ham hahm"},
	{"변", "byun byeon pyun"},
	{"염", "yeom yum youm"},
	{"여", "yeo yuh yoh"},
	{"추", "chu choo"},
	{"도", "do doh to"},
	{"소", "so soh"},
	{"석", "seok suk sok"},
	{"선", "sun seon"},
	{"설", "seol sul"},
	{"마", "ma"},
	{"길", "gil kil"},
	{"연", "yeon yon"},
	{"위", "wi wee"},
	{"표", "pyo"},
	{"명", "myung myeong"},
	{"기", "ki gi"},
	{"반", "ban pan"},
	{"나", "na ra rha"},
	{"왕", "wang"},
	{"금", "keum geum kum"},
	{"옥", "ok"},
	{"육", "yuk yook"},
	{"인", "in"},
	{"맹", "maeng"},
	{"제", "je jeh che"},
	{"모", "mo"},
	{"탁", "tak"},
	{"국", "kook guk kuk"},
	{"어", "eo uh"},
	{"은", "eun"},
	{"편", "pyeon"},
	{"용", "yong"},
	{"예", "ye"},
	{"경", "kyung gyeong kyeong"},
	{"봉", "bong pong"},
	{"사", "sa"},
	{"부", "boo bu pu"},
	{"가", "ka ga"},
	{"황보", "hwangbo"},
	{"남궁", "namgung namkung"},
	{"제갈", "jegal chegal"},
	{"선우", "sunwoo seonwoo seonu"},
	{"독고", "dokgo tokko"},
	{"사공", "sagong"},
};

/* Romanized jamo: a spelling and the jamo index it stands for. */
typedef struct Spelling
{
	const char *s;
	int			len;
	int			jamo;
} Spelling;

#define SP(s, jamo) {s, sizeof(s) - 1, jamo}

/* Revised Romanization, with passport spellings (k for ㄱ, sh, l, oo). */
static const Spelling rr_initial[] = {
	SP("g", 0), SP("kk", 1), SP("n", 2), SP("d", 3), SP("tt", 4), SP("r", 5), SP("l", 5),
	SP("m", 6), SP("b", 7), SP("pp", 8), SP("s", 9), SP("sh", 9), SP("ss", 10),
	SP("j", 12), SP("jj", 13), SP("ch", 14), SP("k", 0), SP("t", 16), SP("p", 17),
	SP("h", 18), {NULL, 0, 0}
};
static const Spelling rr_vowel[] = {
	SP("a", 0), SP("ae", 1), SP("ya", 2), SP("yae", 3), SP("eo", 4), SP("e", 5),
	SP("yeo", 6), SP("ye", 7), SP("o", 8), SP("wa", 9), SP("wae", 10), SP("oe", 11),
	SP("yo", 12), SP("u", 13), SP("oo", 13), SP("wo", 14), SP("we", 15), SP("wi", 16),
	SP("yu", 17), SP("eu", 18), SP("ui", 19), SP("i", 20), {NULL, 0, 0}
};

/* McCune-Reischauer: plain stops unvoiced or voiced, aspirates marked. */
static const Spelling mr_initial[] = {
	SP("k", 0), SP("g", 0), SP("kk", 1), SP("n", 2), SP("t", 3), SP("d", 3), SP("tt", 4),
	SP("r", 5), SP("l", 5), SP("m", 6), SP("p", 7), SP("b", 7), SP("pp", 8), SP("s", 9),
	SP("sh", 9), SP("ss", 10), SP("ch", 12), SP("j", 12), SP("tch", 13), SP("ch'", 14),
	SP("k'", 15), SP("t'", 16), SP("p'", 17), SP("h", 18), {NULL, 0, 0}
};
static const Spelling mr_vowel[] = {
	SP("a", 0), SP("ae", 1), SP("ya", 2), SP("yae", 3), SP("O", 4), SP("e", 5),
	SP("yO", 6), SP("ye", 7), SP("o", 8), SP("wa", 9), SP("wae", 10), SP("oe", 11),
	SP("yo", 12), SP("u", 13), SP("wO", 14), SP("we", 15), SP("wi", 16), SP("yu", 17),
	SP("U", 18), SP("Ui", 19), SP("i", 20), {NULL, 0, 0}
};

/* Final consonants, as both systems write them at the end of a syllable. */
static const Spelling finals[] = {
	SP("k", 1), SP("n", 4), SP("t", 19), SP("l", 8), SP("m", 16), SP("p", 17),
	SP("ng", 21), {NULL, 0, 0}
};

/*
 * Whole-syllable passport spellings that the jamo tables read otherwise
 * (Sung would be 숭, Hyun 휸): the common given-name syllables, as
 * passports have written them since McCune-Reischauer without its marks.
 */
typedef struct SyllableSpelling
{
	const char *s;
	int			len;
	int			l,
				v,
				t;
} SyllableSpelling;

#define SYL(s, l, v, t) {s, sizeof(s) - 1, l, v, t}

static const SyllableSpelling passport_syllables[] = {
	SYL("sung", 9, 4, 21),			/* 성 */
	SYL("hyun", 18, 6, 4),			/* 현 */
	SYL("kyung", 0, 6, 21),		/* 경 */
	SYL("byung", 7, 6, 21),		/* 병 */
	SYL("myung", 6, 6, 21),		/* 명 */
	SYL("pyung", 17, 6, 21),		/* 평 */
	SYL("hyung", 18, 6, 21),		/* 형 */
	SYL("hyuk", 18, 6, 1),			/* 혁 */
	SYL("young", 11, 6, 21),		/* 영 */
	SYL("yung", 11, 6, 21),		/* 영 */
	SYL("chul", 14, 4, 8),			/* 철 */
	SYL("bum", 7, 4, 16),			/* 범 */
	SYL("hee", 18, 19, 0),			/* 희 */
	SYL("ah", 11, 0, 0),			/* 아 */
	SYL("woo", 11, 13, 0),			/* 우 */
	SYL("wook", 11, 13, 1),		/* 욱 */
	SYL("yoo", 11, 17, 0),			/* 유 */
	SYL("yoon", 11, 17, 4),		/* 윤 */
	{NULL, 0, 0, 0, 0}
};

/*
 * Syllables common in Korean given names (from the Supreme Court's list of
 * characters for personal names, by their readings, kept to the frequent
 * ones): a split into these wins over one into rare syllables ("Gwangyeon"
 * is 광연, not 관견; "Mingi" 민기, not 밍이).
 */
static const char common_given[] =
	"가각간갑강개건걸겸경계고곤공관광교구국군권규균근금기길나난남내노다단달담대덕도돈동두득라란람래량려련렬령례로록룡루류륜"
	"률름리린림마만매명모목무문미민바반발방배백범법벽별병보복본봉부분비빈사산삼상새샘생서석선설섭성세소솔송수숙순술슬승시식"
	"신실심아안애양언여연열염엽영예오옥온완왕요용우욱운웅원월위유육윤율은을음의이익인일임자장재전절정제조종주준중지직진찬창"
	"채천철청초춘충치태택평표필하학한해행향허헌혁현협형혜호홍화환황효후훈휘희";

static bool
is_common_given(int cp)
{
	static uint8 bitmap[(HANGUL_LAST - HANGUL_FIRST + 8) / 8];
	static bool ready = false;

	if (!ready)
	{
		int			pos = 0;
		int			len = sizeof(common_given) - 1;

		while (pos < len)
		{
			int			c = party_read_char(common_given, len, &pos, true);

			bitmap[(c - HANGUL_FIRST) / 8] |= 1 << ((c - HANGUL_FIRST) % 8);
		}
		ready = true;
	}
	return (bitmap[(cp - HANGUL_FIRST) / 8] >> ((cp - HANGUL_FIRST) % 8)) & 1;
}

/* The cost of a split: compared field by field, lower first. */
typedef struct Cost
{
	int			syllables;
	int			rare;			/* syllables not common in given names */
	int			vowel_starts;	/* syllables after the first that begin with
								 * a plain vowel (a, e, i, o, u) */
	int			jamo_read;		/* syllables not read as passport spellings */
	int			first_len;		/* minus the first syllable's length: the
								 * longer first syllable wins a tie */
} Cost;

static bool
cost_less(Cost a, Cost b)
{
	if (a.syllables != b.syllables)
		return a.syllables < b.syllables;
	if (a.rare != b.rare)
		return a.rare < b.rare;
	if (a.vowel_starts != b.vowel_starts)
		return a.vowel_starts < b.vowel_starts;
	if (a.jamo_read != b.jamo_read)
		return a.jamo_read < b.jamo_read;
	return a.first_len < b.first_len;
}

/* Length of the spelling (k bytes) if s (n bytes) starts with it, else -1. */
static inline int
match_len(const char *s, int n, const char *spelling, int k)
{
	int			i;

	if (k > n)
		return -1;
	for (i = 0; i < k; i++)
		if (s[i] != spelling[i])
			return -1;
	return k;
}

static inline int
match(const char *s, int n, const Spelling *sp)
{
	return match_len(s, n, sp->s, sp->len);
}

/*
 * The entries of a spelling table by their first letter (all are ASCII),
 * built once, so that a position is matched against a few spellings.
 */
typedef struct SpellingIndex
{
	bool		ready;
	uint8		start[129];		/* entries of letter c: order[start[c] ..
								 * start[c + 1]) */
	uint8		order[32];
} SpellingIndex;

static const SpellingIndex *
index_table(SpellingIndex *ix, const Spelling *table)
{
	int			c;
	int			n = 0;

	if (ix->ready)
		return ix;
	for (c = 0; c < 128; c++)
	{
		int			i;

		ix->start[c] = n;
		for (i = 0; table[i].s; i++)
			if (table[i].s[0] == c)
			{
				Assert(n < (int) lengthof(ix->order));
				ix->order[n++] = i;
			}
	}
	ix->start[128] = n;
	ix->ready = true;
	return ix;
}

/* The best split of every suffix of a run of letters. */
typedef struct Split
{
	bool		ok[MAX_WORD + 1];	/* the suffix from here splits */
	Cost		best[MAX_WORD + 1];
	int			next[MAX_WORD + 1]; /* where its first syllable ends */
	int			code[MAX_WORD + 1]; /* and what that syllable is */
} Split;

/* Offers syllable, spelled by the len letters at c[i], as a start at i. */
static void
consider(Split *sp, const char *c, int i, int len, int syllable, bool passport)
{
	int			j = i + len;
	Cost		cost;

	if (!sp->ok[j])
		return;
	cost = sp->best[j];
	cost.syllables++;
	cost.rare += !is_common_given(syllable);
	cost.vowel_starts += (i > 0 && strchr("aeiou", c[i]) != NULL);
	cost.jamo_read += !passport;
	cost.first_len = -len;
	if (!sp->ok[i] || cost_less(cost, sp->best[i]))
	{
		sp->ok[i] = true;
		sp->best[i] = cost;
		sp->next[i] = j;
		sp->code[i] = syllable;
	}
}

/*
 * Splits the letters c[0..n) (no hyphen) into syllables; appends them to
 * syl[*nsyl] (at most MAX_GIVEN in all).  false if they do not split.
 */
static bool
split_syllables(const char *c, int n, bool mr, int *syl, int *nsyl)
{
	static SpellingIndex index[5];
	const Spelling *initials = mr ? mr_initial : rr_initial;
	const Spelling *vowels = mr ? mr_vowel : rr_vowel;
	const SpellingIndex *ini = index_table(&index[mr ? 2 : 0], initials);
	const SpellingIndex *vow = index_table(&index[mr ? 3 : 1], vowels);
	const SpellingIndex *fin = index_table(&index[4], finals);
	Split		sp;
	int			i;

	sp.ok[n] = true;
	sp.best[n] = (Cost) {0, 0, 0, 0, 0};
	for (i = n - 1; i >= 0; i--)
	{
		const char *s = c + i;
		int			left = n - i;
		int			ii;

		sp.ok[i] = false;
		if (!mr)
		{
			const SyllableSpelling *p;

			for (p = passport_syllables; p->s; p++)
			{
				int			k = match_len(s, left, p->s, p->len);

				if (k > 0)
					consider(&sp, c, i, k, SYLLABLE(p->l, p->v, p->t), true);
			}
		}
		/* ii = start - 1: no initial consonant (ㅇ) */
		for (ii = ini->start[(uint8) s[0]] - 1; ii < ini->start[(uint8) s[0] + 1]; ii++)
		{
			bool		none = ii < ini->start[(uint8) s[0]];
			const Spelling *in = none ? NULL : &initials[ini->order[ii]];
			int			il = none ? 0 : match(s, left, in);
			int			l = none ? L_IEUNG : in->jamo;
			int			vi;

			if (il < 0 || il == left)
				continue;
			for (vi = vow->start[(uint8) s[il]]; vi < vow->start[(uint8) s[il] + 1]; vi++)
			{
				const Spelling *v = &vowels[vow->order[vi]];
				int			vl = match(s + il, left - il, v);
				int			after = il + vl;
				int			fi;

				if (vl < 0)
					continue;
				consider(&sp, c, i, after, SYLLABLE(l, v->jamo, 0), false);
				if (after == n - i)
					continue;
				for (fi = fin->start[(uint8) s[after]]; fi < fin->start[(uint8) s[after] + 1]; fi++)
				{
					const Spelling *f = &finals[fin->order[fi]];
					int			fl = match(s + after, left - after, f);

					if (fl >= 0)
						consider(&sp, c, i, after + fl, SYLLABLE(l, v->jamo, f->jamo), false);
				}
			}
		}
	}
	if (!sp.ok[0] || *nsyl + sp.best[0].syllables > MAX_GIVEN)
		return false;
	for (i = 0; i < n; i = sp.next[i])
		syl[(*nsyl)++] = sp.code[i];
	return true;
}

/* Whether a word carries McCune-Reischauer's marks. */
static bool
has_mr_marks(const Word *w)
{
	return memchr(w->c, 'O', w->n) || memchr(w->c, 'U', w->n) ||
		memchr(w->c, '\'', w->n);
}

/* Reads a romanized given name (the words w[0..nw)) into syllables. */
static bool
read_given(const Word *w, int nw, bool mr, int *syl, int *nsyl)
{
	int			i;

	*nsyl = 0;
	for (i = 0; i < nw; i++)
	{
		int			start = 0;
		int			k;

		for (k = 0; k <= w[i].n; k++)
			if (k == w[i].n || w[i].c[k] == '-')
			{
				if (k == start || !split_syllables(w[i].c + start, k - start, mr, syl, nsyl))
					return false;
				start = k + 1;
			}
	}
	return *nsyl > 0;
}

/*
 * The surname spellings by first letter, built once from surnames[] so that
 * a word is compared with a handful of them, not all.
 */
#define MAX_SPELLING 8
#define MAX_SPELLINGS 320

typedef struct SurnameSpelling
{
	char		s[MAX_SPELLING + 1];
	int16		surname;
} SurnameSpelling;

static SurnameSpelling spellings[MAX_SPELLINGS];
static int16 spelling_start[27];	/* of each letter, and the end */

static void
index_spellings(void)
{
	static bool ready = false;
	int			n = 0;
	int			letter;

	if (ready)
		return;
	for (letter = 0; letter < 26; letter++)
	{
		int			i;

		spelling_start[letter] = n;
		for (i = 0; i < (int) lengthof(surnames); i++)
		{
			const char *p = surnames[i].spellings;

			while (*p)
			{
				int			k = strcspn(p, " ");

				Assert(k <= MAX_SPELLING && n < MAX_SPELLINGS);
				if (p[0] == 'a' + letter)
				{
					memcpy(spellings[n].s, p, k);
					spellings[n].s[k] = '\0';
					spellings[n].surname = i;
					n++;
				}
				p += k + (p[k] == ' ');
			}
		}
	}
	spelling_start[26] = n;
	ready = true;
}

static int	hangul_surname(const int *syl, int n);

/*
 * The surname a romanized word spells, as an index into surnames[], or -1.
 * A word with McCune-Reischauer's marks is read with its tables (Chŏn is
 * 전, Ch'ŏn 천); any other is looked up among the spellings, without its
 * hyphens.
 */
static int
find_surname(const Word *w)
{
	char		plain[MAX_WORD + 1] = {0};
	int			n = 0;
	int			i;

	if (has_mr_marks(w))
	{
		int			syl[MAX_GIVEN];
		int			k = 0;

		if (!read_given(w, 1, true, syl, &k) || k > 2)
			return -1;
		i = hangul_surname(syl, k);
		return (i >= 0 && (int) strlen(surnames[i].hangul) == 3 * k) ? i : -1;
	}
	if (w->n == 0 || w->c[0] == '-' || w->c[w->n - 1] == '-')
		return -1;
	for (i = 0; i < w->n; i++)
		if (w->c[i] != '-')
			plain[n++] = w->c[i];
	if (n == 0 || n > MAX_SPELLING || plain[0] < 'a' || plain[0] > 'z')
		return -1;
	index_spellings();
	for (i = spelling_start[plain[0] - 'a']; i < spelling_start[plain[0] - 'a' + 1]; i++)
		if (strcmp(spellings[i].s, plain) == 0)
			return spellings[i].surname;
	return -1;
}

/* Reads s into words; false if a character cannot be part of a name. */
static bool
read_words(const char *s, int len, Word *w, int *nw)
{
	int			pos = 0;
	bool		in_word = false;
	uint32		ticks = 0;

	*nw = 0;
	while (pos < len)
	{
		int			cp = party_read_char(s, len, &pos, true);
		char		ch;
		Word	   *cur;

		CANCEL_TICK(ticks);
		if (cp == ' ' || cp == '\t' || cp == ',' || cp == '.' || cp == 0xA0 || cp == 0x3000)
		{
			in_word = false;
			continue;
		}
		if (!in_word)
		{
			if (*nw == MAX_WORDS)
				return false;
			cur = &w[(*nw)++];
			cur->n = 0;
			cur->hangul = (cp >= HANGUL_FIRST && cp <= HANGUL_LAST);
			in_word = true;
		}
		cur = &w[*nw - 1];
		if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST)
		{
			if (!cur->hangul || cur->n == MAX_HANGUL)
				return false;
			cur->syl[cur->n++] = cp;
			continue;
		}
		if (cur->hangul)
			return false;
		cp = party_fold_case(cp);
		if (cp >= 'a' && cp <= 'z')
			ch = (char) cp;
		else if (cp == 0x014F || cp == 0x01D2)	/* ŏ, ǒ */
			ch = 'O';
		else if (cp == 0x016D || cp == 0x01D4)	/* ŭ, ǔ */
			ch = 'U';
		else if (cp == '-' || cp == 0x2010 || cp == 0x2011)
			ch = '-';
		else if (cp == '\'' || cp == '`' || cp == 0xB4 || cp == 0x2018 ||
				 cp == 0x2019 || cp == 0x02BC)
			ch = '\'';
		else
			return false;
		if (cur->n == MAX_WORD)
			return false;
		cur->c[cur->n++] = ch;
	}
	return true;
}

/* The surname the syllables syl[0..n) start with, or -1. */
static int
hangul_surname(const int *syl, int n)
{
	static int	first[lengthof(surnames)];
	static int	second[lengthof(surnames)]; /* 0: a one-syllable surname */
	static bool ready = false;
	int			i;

	if (!ready)
	{
		for (i = 0; i < (int) lengthof(surnames); i++)
		{
			const char *h = surnames[i].hangul;
			int			len = strlen(h);
			int			pos = 0;

			first[i] = party_read_char(h, len, &pos, true);
			second[i] = pos < len ? party_read_char(h, len, &pos, true) : 0;
		}
		ready = true;
	}
	/* 남궁 before 남 */
	for (i = 0; i < (int) lengthof(surnames); i++)
		if (second[i] != 0 && n > 1 && first[i] == syl[0] && second[i] == syl[1])
			return i;
	for (i = 0; i < (int) lengthof(surnames); i++)
		if (second[i] == 0 && first[i] == syl[0])
			return i;
	return -1;
}

/* A name in Hangul: the words' syllables, joined. */
static int
hangul_name(const Word *w, int nw, char *out)
{
	int			syl[MAX_WORDS * MAX_HANGUL];
	int			n = 0;
	int			i,
				j;
	int			len = 0;

	if (nw > 3)
		return -1;
	for (i = 0; i < nw; i++)
		for (j = 0; j < w[i].n; j++)
			syl[n++] = w[i].syl[j];
	if (n < 2 || n > MAX_HANGUL || hangul_surname(syl, n) < 0)
		return -1;
	for (i = 0; i < n; i++)
		len += tk_utf8_put(out + len, syl[i]);
	return len;
}

#define TOP_SURNAMES 5			/* 김 이 박 최 정: a fifth of all Koreans */

/*
 * A romanized name: the surname first or last, whichever parses.  When
 * both do, the surname comes first (Korean order, and "KIM MIN SU" in
 * foreign records), unless the name has three words or more and only the
 * last is one of the most frequent surnames ("Min Su Kim").
 */
static int
latin_name(const Word *w, int nw, char *out)
{
	int			best = -1;
	int			best_syl[MAX_GIVEN];
	int			best_n = 0;
	bool		mr = false;
	int			order;
	int			len;
	int			i;

	if (nw < 2)
		return -1;
	for (i = 0; i < nw; i++)
		mr |= has_mr_marks(&w[i]);
	for (order = 0; order < 2; order++)
	{
		const Word *sw = order == 0 ? &w[0] : &w[nw - 1];
		int			sn = find_surname(sw);
		int			syl[MAX_GIVEN];
		int			n;

		if (sn < 0)
			continue;
		if (best >= 0 && !(nw >= 3 && sn < TOP_SURNAMES && best >= TOP_SURNAMES))
			continue;
		if (!read_given(order == 0 ? w + 1 : w, nw - 1, mr, syl, &n))
			continue;
		best = sn;
		best_n = n;
		memcpy(best_syl, syl, n * sizeof(int));
	}
	if (best < 0)
		return -1;
	len = strlen(surnames[best].hangul);
	memcpy(out, surnames[best].hangul, len);
	for (i = 0; i < best_n; i++)
		len += tk_utf8_put(out + len, best_syl[i]);
	return len;
}

int
party_korean_name(const char *s, int len, char *out)
{
	Word		w[MAX_WORDS];
	int			nw;
	int			i;
	int			hangul = 0;

	if (!read_words(s, len, w, &nw) || nw == 0)
		return -1;
	for (i = 0; i < nw; i++)
		hangul += w[i].hangul;
	if (hangul == nw)
		return hangul_name(w, nw, out);
	if (hangul == 0)
		return latin_name(w, nw, out);
	return -1;
}

/*
 * party_phone.c
 *	  Telephone numbers to E.164, with an embedded table of numbering plans.
 *
 * A number is read as digits separated by spaces, hyphens, dots, slashes
 * and parentheses, optionally led by "+".  Letters (extensions, vanity
 * numbers, "tel:") make it unreadable: better no key than a wrong one.
 *
 * International form: "+CC...", "00CC..." (the ITU-recommended prefix,
 * recognised everywhere), and the home country's own international and
 * carrier-select prefixes (011 in North America, 010 in Japan, 001-009 in
 * Thailand, Korea's 001, 00365, 00700 ...).  A trunk prefix written after
 * the country code, as in "+44 (0)20 ..." or "+82 010-...", is dropped.
 *
 * National form needs a home country: its trunk prefix is dropped and its
 * calling code put in front; the home calling code written without "+" is
 * read too.  Lengths are checked against the plan (or, for a country
 * without one, against the lengths of its calling code).
 *
 * Every reading the rules allow is tried, and the number has a key only
 * when all the valid ones agree: "0012015550123" in Thailand is 001 + 20
 * (Egypt) or 00 + 1 (US), so it has none.  A first group of digits that is
 * exactly a prefix ("009-1-201-...") says where the prefix ends.
 *
 * Plain C, no backend calls.
 */
#include "c.h"

#include "party_chars.h"
#include "party_phone.h"
#include "textkit.h"

static const char *const none[] = {NULL};
static const char *const t0[] = {"0", NULL};
static const char *const t1[] = {"1", NULL};
static const char *const t8[] = {"8", NULL};
static const char *const t_mx[] = {"044", "045", "01", "1", NULL};

/*
 * International prefixes besides "00", which is read everywhere.  Those
 * that select a carrier (Korea, Brazil, Colombia, Chile, Peru, Australia's
 * 14xx) are listed apart.  See docs/networks.md for the sources.
 */
static const char *const p_us_0[] = {"011", NULL};
static const char *const p_ru_1[] = {"810", NULL};
static const char *const p_pe_2[] = {"191100", "191200", "191400", "197700", "199000", NULL};
static const char *const p_mx_3[] = {"09", NULL};
static const char *const p_br_4[] = {"0012", "0014", "0015", "0021", "0022", "0023", "0025", "0031", "0041", "0043", "0055", "0065", "0099", NULL};
static const char *const p_cl_5[] = {"1100", "1110", "1120", "1130", "1140", "1150", "1160", "1190", "1200", "1220", "1230", "1240", "1250", "1510", "1530", "1540", "1550", "1580", "1690", "1700", "1710", "1760", "1770", "1800", "1810", "1880", NULL};
static const char *const p_co_6[] = {"005", "007", "009", "00414", "00444", "00456", NULL};
static const char *const p_au_7[] = {"0011", "0014", "0015", "0016", "0018", "0019", NULL};
static const char *const p_au_8[] = {"14110011", "14140011", "14340011", "14410011", "14470011", "14560011", "14660011", "14740011", "14770011", "14880011", NULL};
static const char *const p_id_9[] = {"001", "007", "008", "009", NULL};
static const char *const p_nz_10[] = {"0161", NULL};
static const char *const p_sg_11[] = {"000", "001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "012", "013", "014", "015", "016", "017", "018", "019", "020", "021", "022", "023", "024", "025", "026", "027", "028", "029", "030", "031", "032", "033", "034", "035", "036", "037", "038", "039", NULL};
static const char *const p_th_12[] = {"001", "002", "003", "004", "005", "006", "007", "008", "009", NULL};
static const char *const p_jp_13[] = {"010", NULL};
static const char *const p_kr_14[] = {"001", "002", "005", "006", "008", "009", "0073", "00345", "00365", "00391", "00700", "00727", "00755", "00761", "00762", "00766", NULL};
static const char *const p_ng_15[] = {"009", NULL};
static const char *const p_hk_16[] = {"001", "002", "006", "007", "008", "009", "0030", "0050", "0059", NULL};
static const char *const p_kh_17[] = {"001", "004", "005", "006", "007", "008", "009", NULL};
static const char *const p_tw_18[] = {"002", "005", "006", "007", "009", "019", NULL};
static const char *const p_il_19[] = {"012", "013", "014", "015", "016", "017", "018", "019", NULL};

#define L(n) (UINT64CONST(1) << (n))

/*
 * National significant number lengths are the union over every number type
 * of the plan (fixed, mobile, toll-free, premium, shared cost, VoIP,
 * personal, pager, UAN): a number of another length cannot be from that
 * country.  Sorted by country code for reading; searched linearly.
 */
const PhonePlan party_phone_plans[] = {
	{"US", "1", t1, p_us_0, none, L(10), false, true},
	{"CA", "1", t1, p_us_0, none, L(10), false, true},
	{"AG", "1", t1, p_us_0, none, L(10), false, true},
	{"AI", "1", t1, p_us_0, none, L(10), false, true},
	{"AS", "1", t1, p_us_0, none, L(10), false, true},
	{"BB", "1", t1, p_us_0, none, L(10), false, true},
	{"BM", "1", t1, p_us_0, none, L(10), false, true},
	{"BS", "1", t1, p_us_0, none, L(10), false, true},
	{"DM", "1", t1, p_us_0, none, L(10), false, true},
	{"DO", "1", t1, p_us_0, none, L(10), false, true},
	{"GD", "1", t1, p_us_0, none, L(10), false, true},
	{"GU", "1", t1, p_us_0, none, L(10), false, true},
	{"JM", "1", t1, p_us_0, none, L(10), false, true},
	{"KN", "1", t1, p_us_0, none, L(10), false, true},
	{"KY", "1", t1, p_us_0, none, L(10), false, true},
	{"LC", "1", t1, p_us_0, none, L(10), false, true},
	{"MP", "1", t1, p_us_0, none, L(10), false, true},
	{"MS", "1", t1, p_us_0, none, L(10), false, true},
	{"PR", "1", t1, p_us_0, none, L(10), false, true},
	{"SX", "1", t1, p_us_0, none, L(10), false, true},
	{"TC", "1", t1, p_us_0, none, L(10), false, true},
	{"TT", "1", t1, p_us_0, none, L(10), false, true},
	{"VC", "1", t1, p_us_0, none, L(10), false, true},
	{"VG", "1", t1, p_us_0, none, L(10), false, true},
	{"VI", "1", t1, p_us_0, none, L(10), false, true},
	{"RU", "7", t8, p_ru_1, none, L(10)|L(14), false, false},
	{"KZ", "7", t8, p_ru_1, none, L(10)|L(14), false, false},
	{"EG", "20", t0, none, none, L(8)|L(9)|L(10), false, false},
	{"ZA", "27", t0, none, none, L(5)|L(6)|L(7)|L(8)|L(9)|L(10), false, false},
	{"GR", "30", none, none, none, L(10)|L(11)|L(12), false, false},
	{"NL", "31", t0, none, none, L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11), false, false},
	{"BE", "32", t0, none, none, L(8)|L(9), false, false},
	{"FR", "33", t0, none, none, L(9), false, false},
	{"ES", "34", none, none, none, L(9), false, false},
	{"IT", "39", none, none, none, L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12), true, false},
	{"CH", "41", t0, none, none, L(9)|L(12), false, false},
	{"AT", "43", t0, none, none, L(4)|L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13), false, false},
	{"GB", "44", t0, none, none, L(7)|L(9)|L(10), false, false},
	{"DK", "45", none, none, none, L(8), false, false},
	{"SE", "46", t0, none, none, L(6)|L(7)|L(8)|L(9)|L(10)|L(12), false, false},
	{"NO", "47", none, none, none, L(5)|L(8), true, false},
	{"PL", "48", none, none, none, L(6)|L(7)|L(8)|L(9)|L(10), false, false},
	{"DE", "49", t0, none, none, L(4)|L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13)|L(14)|L(15), false, false},
	{"PE", "51", t0, none, p_pe_2, L(8)|L(9), false, false},
	{"MX", "52", t_mx, p_mx_3, none, L(10), false, false},
	{"AR", "54", t0, none, none, L(10)|L(11), false, false},
	{"BR", "55", t0, none, p_br_4, L(8)|L(9)|L(10)|L(11), false, false},
	{"CL", "56", none, none, p_cl_5, L(9)|L(10)|L(11), false, false},
	{"CO", "57", t0, none, p_co_6, L(10)|L(11), false, false},
	{"MY", "60", t0, none, none, L(8)|L(9)|L(10), false, false},
	{"AU", "61", t0, p_au_7, p_au_8, L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(12), false, false},
	{"ID", "62", t0, p_id_9, none, L(7)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13), false, false},
	{"PH", "63", t0, none, none, L(6)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13), false, false},
	{"NZ", "64", t0, p_nz_10, none, L(5)|L(6)|L(7)|L(8)|L(9)|L(10), false, false},
	{"SG", "65", none, p_sg_11, none, L(8)|L(10)|L(11), false, false},
	{"TH", "66", t0, p_th_12, none, L(8)|L(9)|L(10)|L(13), false, false},
	{"JP", "81", t0, p_jp_13, none, L(8)|L(9)|L(10)|L(11)|L(12)|L(13)|L(14)|L(15)|L(16)|L(17), false, false},
	{"KR", "82", t0, none, p_kr_14, L(5)|L(6)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13)|L(14), false, false},
	{"VN", "84", t0, none, none, L(7)|L(8)|L(9)|L(10), false, false},
	{"CN", "86", t0, none, none, L(7)|L(8)|L(9)|L(10)|L(11)|L(12), false, false},
	{"TR", "90", t0, none, none, L(7)|L(10)|L(12)|L(13), false, false},
	{"IN", "91", t0, none, none, L(8)|L(9)|L(10)|L(11)|L(12)|L(13), false, false},
	{"PK", "92", t0, none, none, L(8)|L(9)|L(10)|L(11)|L(12), false, false},
	{"LK", "94", t0, none, none, L(9), false, false},
	{"MM", "95", t0, none, none, L(6)|L(7)|L(8)|L(9)|L(10), false, false},
	{"NG", "234", t0, p_ng_15, none, L(7)|L(8)|L(10)|L(11)|L(12)|L(13)|L(14), false, false},
	{"PT", "351", none, none, none, L(9), false, false},
	{"IE", "353", t0, none, none, L(7)|L(8)|L(9)|L(10), false, false},
	{"HK", "852", none, p_hk_16, none, L(5)|L(6)|L(7)|L(8)|L(9)|L(11), false, false},
	{"MO", "853", none, none, none, L(7)|L(8), true, false},
	{"KH", "855", t0, p_kh_17, none, L(8)|L(9)|L(10), false, false},
	{"LA", "856", t0, none, none, L(8)|L(9)|L(10), false, false},
	{"BD", "880", t0, none, none, L(6)|L(7)|L(8)|L(9)|L(10), false, false},
	{"TW", "886", t0, p_tw_18, none, L(7)|L(8)|L(9)|L(10)|L(11), false, false},
	{"SA", "966", t0, none, none, L(9)|L(10), false, false},
	{"AE", "971", t0, none, none, L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12), false, false},
	{"IL", "972", t0, p_il_19, none, L(7)|L(8)|L(9)|L(10)|L(11)|L(12), false, false},
	{"NP", "977", t0, none, none, L(8)|L(10)|L(11), false, false},
};

const int	party_phone_nplans = lengthof(party_phone_plans);

/*
 * ITU-T E.164 country codes are prefix-free: 1 and 7 are the only one-digit
 * codes, these are the two-digit ones, every other assigned code has three.
 */
static const char *const cc2[] = {
	"20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43",
	"44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56",
	"57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
	"86", "90", "91", "92", "93", "94", "95", "98",
};

/* Assigned three-digit codes (geographic and global services). */
static const short cc3[] = {
	211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229,
	230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244,
	245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 260,
	261, 262, 263, 264, 265, 266, 267, 268, 269, 290, 291, 297, 298, 299,
	350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374,
	375, 376, 377, 378, 379, 380, 381, 382, 383, 385, 386, 387, 389,
	420, 421, 423,
	500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 590, 591, 592, 593, 594,
	595, 596, 597, 598, 599,
	670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686,
	687, 688, 689, 690, 691, 692,
	800, 808, 850, 852, 853, 855, 856, 870, 878, 880, 881, 882, 883, 886, 888,
	960, 961, 962, 963, 964, 965, 966, 967, 968, 970, 971, 972, 973, 974, 975,
	976, 977, 979, 992, 993, 994, 995, 996, 998,
};

/*
 * National significant number lengths of every other assigned code (1 and
 * 7 have plans), the union over the code's countries and number types, and
 * whether its numbers may start with 0.  A code missing here (reserved, or
 * unused) needs MIN_FOREIGN_NSN digits.
 */
typedef struct CodeLengths
{
	int16		cc;
	uint64		lengths;
	bool		zero;
} CodeLengths;

static const CodeLengths code_lengths[] = {
	{20, L(8)|L(9)|L(10), false},
	{27, L(5)|L(6)|L(7)|L(8)|L(9)|L(10), false},
	{30, L(10)|L(11)|L(12), false},
	{31, L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11), false},
	{32, L(8)|L(9), false},
	{33, L(9), false},
	{34, L(9), false},
	{36, L(8)|L(9), false},
	{39, L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12), true},
	{40, L(6)|L(9), false},
	{41, L(9)|L(12), false},
	{43, L(4)|L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13), false},
	{44, L(7)|L(9)|L(10), false},
	{45, L(8), false},
	{46, L(6)|L(7)|L(8)|L(9)|L(10)|L(12), false},
	{47, L(5)|L(8), true},
	{48, L(6)|L(7)|L(8)|L(9)|L(10), false},
	{49, L(4)|L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13)|L(14)|L(15), false},
	{51, L(8)|L(9), false},
	{52, L(10)|L(11), false},
	{53, L(6)|L(7)|L(8)|L(10), false},
	{54, L(10)|L(11), false},
	{55, L(8)|L(9)|L(10)|L(11), false},
	{56, L(9)|L(10)|L(11), false},
	{57, L(10)|L(11), false},
	{58, L(10), false},
	{60, L(8)|L(9)|L(10), false},
	{61, L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(12), false},
	{62, L(7)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13), false},
	{63, L(6)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13), false},
	{64, L(5)|L(6)|L(7)|L(8)|L(9)|L(10), false},
	{65, L(8)|L(10)|L(11), false},
	{66, L(8)|L(9)|L(10)|L(13), false},
	{81, L(8)|L(9)|L(10)|L(11)|L(12)|L(13)|L(14)|L(15)|L(16)|L(17), false},
	{82, L(5)|L(6)|L(8)|L(9)|L(10)|L(11)|L(12)|L(13)|L(14), false},
	{84, L(7)|L(8)|L(9)|L(10), false},
	{86, L(7)|L(8)|L(9)|L(10)|L(11)|L(12), false},
	{90, L(7)|L(10)|L(12)|L(13), false},
	{91, L(8)|L(9)|L(10)|L(11)|L(12)|L(13), false},
	{92, L(8)|L(9)|L(10)|L(11)|L(12), false},
	{93, L(9), false},
	{94, L(9), false},
	{95, L(6)|L(7)|L(8)|L(9)|L(10), false},
	{98, L(4)|L(5)|L(6)|L(7)|L(10), false},
	{211, L(9), false},
	{212, L(9), false},
	{213, L(8)|L(9), false},
	{216, L(8), false},
	{218, L(9), false},
	{220, L(7), false},
	{221, L(9), false},
	{222, L(8), false},
	{223, L(8), false},
	{224, L(8)|L(9), false},
	{225, L(10), true},
	{226, L(8), false},
	{227, L(8), true},
	{228, L(8), false},
	{229, L(8), false},
	{230, L(7)|L(8)|L(10), false},
	{231, L(7)|L(8)|L(9), false},
	{232, L(8), false},
	{233, L(8)|L(9), false},
	{234, L(7)|L(8)|L(10)|L(11)|L(12)|L(13)|L(14), false},
	{235, L(8), false},
	{236, L(8), false},
	{237, L(8)|L(9), false},
	{238, L(7), false},
	{239, L(7), false},
	{240, L(9), false},
	{241, L(7)|L(8), true},
	{242, L(9), true},
	{243, L(7)|L(9), false},
	{244, L(9), false},
	{245, L(7)|L(9), false},
	{246, L(7), false},
	{247, L(5)|L(6), false},
	{248, L(7), false},
	{249, L(9), false},
	{250, L(8)|L(9), false},
	{251, L(9), false},
	{252, L(6)|L(7)|L(8)|L(9), false},
	{253, L(8), false},
	{254, L(7)|L(8)|L(9)|L(10), false},
	{255, L(9), false},
	{256, L(9), false},
	{257, L(8), false},
	{258, L(8)|L(9), false},
	{260, L(9), false},
	{261, L(9), false},
	{262, L(9), false},
	{263, L(5)|L(6)|L(7)|L(8)|L(9)|L(10), false},
	{264, L(8)|L(9), false},
	{265, L(7)|L(9), false},
	{266, L(8), false},
	{267, L(7)|L(8)|L(10), true},
	{268, L(8)|L(9), true},
	{269, L(7), false},
	{290, L(4)|L(5), false},
	{291, L(7), false},
	{297, L(7), false},
	{298, L(6), false},
	{299, L(6), false},
	{350, L(8), false},
	{351, L(9), false},
	{352, L(4)|L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11), false},
	{353, L(7)|L(8)|L(9)|L(10), false},
	{354, L(7)|L(9), false},
	{355, L(6)|L(7)|L(8)|L(9), false},
	{356, L(8), false},
	{357, L(8), false},
	{358, L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12), false},
	{359, L(6)|L(7)|L(8)|L(9), false},
	{370, L(8), false},
	{371, L(8), false},
	{372, L(7)|L(8)|L(10), false},
	{373, L(8), false},
	{374, L(8), false},
	{375, L(6)|L(7)|L(8)|L(9)|L(10)|L(11), false},
	{376, L(6)|L(8)|L(9), false},
	{377, L(8)|L(9), false},
	{378, L(8)|L(10), true},
	{380, L(9)|L(10), false},
	{381, L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12), false},
	{382, L(8)|L(9), false},
	{383, L(8)|L(9), false},
	{385, L(6)|L(7)|L(8)|L(9), false},
	{386, L(5)|L(6)|L(7)|L(8), false},
	{387, L(8)|L(9), false},
	{389, L(8), false},
	{420, L(9)|L(10)|L(11)|L(12), false},
	{421, L(6)|L(7)|L(9), false},
	{423, L(7)|L(9), false},
	{500, L(5), false},
	{501, L(7)|L(11), true},
	{502, L(8)|L(11), false},
	{503, L(7)|L(8)|L(11), false},
	{504, L(8)|L(11), false},
	{505, L(8), false},
	{506, L(8)|L(10), false},
	{507, L(7)|L(8)|L(10)|L(11), false},
	{508, L(6)|L(9), false},
	{509, L(8), false},
	{590, L(9), false},
	{591, L(8)|L(9), false},
	{592, L(7), false},
	{593, L(8)|L(9)|L(10)|L(11), false},
	{594, L(9), false},
	{595, L(6)|L(7)|L(8)|L(9)|L(10)|L(11), false},
	{596, L(9), false},
	{597, L(6)|L(7), false},
	{598, L(7)|L(8)|L(10), false},
	{599, L(7)|L(8), false},
	{670, L(7)|L(8), false},
	{672, L(6), false},
	{673, L(7), false},
	{674, L(7), false},
	{675, L(7)|L(8), false},
	{676, L(5)|L(7), true},
	{677, L(5)|L(7), false},
	{678, L(5)|L(7), false},
	{679, L(7)|L(11), true},
	{680, L(7), false},
	{681, L(6)|L(9), false},
	{682, L(5), false},
	{683, L(4)|L(7), false},
	{685, L(5)|L(6)|L(7)|L(10), false},
	{686, L(5)|L(8), false},
	{687, L(6), true},
	{688, L(5)|L(6)|L(7), false},
	{689, L(6)|L(8)|L(9), false},
	{690, L(4)|L(5)|L(6)|L(7), false},
	{691, L(7), false},
	{692, L(7), false},
	{800, L(8), false},
	{808, L(8), false},
	{850, L(8)|L(10), false},
	{852, L(5)|L(6)|L(7)|L(8)|L(9)|L(11), false},
	{853, L(7)|L(8), true},
	{855, L(8)|L(9)|L(10), false},
	{856, L(8)|L(9)|L(10), false},
	{870, L(9)|L(12), false},
	{878, L(12), false},
	{880, L(6)|L(7)|L(8)|L(9)|L(10), false},
	{881, L(9), false},
	{882, L(7)|L(8)|L(9)|L(10)|L(11)|L(12), false},
	{883, L(9)|L(10)|L(12), false},
	{886, L(7)|L(8)|L(9)|L(10)|L(11), false},
	{888, L(11), false},
	{960, L(7)|L(10), false},
	{961, L(7)|L(8), false},
	{962, L(8)|L(9), false},
	{963, L(8)|L(9), false},
	{964, L(8)|L(9)|L(10), false},
	{965, L(7)|L(8), false},
	{966, L(9)|L(10), false},
	{967, L(7)|L(8)|L(9), false},
	{968, L(7)|L(8)|L(9), false},
	{970, L(8)|L(9)|L(10), false},
	{971, L(5)|L(6)|L(7)|L(8)|L(9)|L(10)|L(11)|L(12), false},
	{972, L(7)|L(8)|L(9)|L(10)|L(11)|L(12), false},
	{973, L(8), false},
	{974, L(7)|L(8)|L(9), false},
	{975, L(7)|L(8), false},
	{976, L(8)|L(9)|L(10), false},
	{977, L(8)|L(10)|L(11), false},
	{979, L(9), false},
	{992, L(9), false},
	{993, L(8), false},
	{994, L(9), false},
	{995, L(9), false},
	{996, L(9)|L(10), false},
	{998, L(9), false},
};

#define E164_MAX_DIGITS 15
#define MIN_FOREIGN_NSN 4		/* shortest numbers in use (small islands) */
#define MAX_SCAN_DIGITS 24

/* party_phone_plans by ISO code, built once: index + 1, or 0. */
static int16 plan_by_country[26][26];

static void
index_countries(void)
{
	static bool ready = false;
	int			i;

	if (ready)
		return;
	for (i = 0; i < party_phone_nplans; i++)
		plan_by_country[party_phone_plans[i].country[0] - 'A']
			[party_phone_plans[i].country[1] - 'A'] = i + 1;
	ready = true;
}

const PhonePlan *
party_phone_country(const char *code, int len)
{
	char		up[2];
	int			i;

	while (len > 0 && tk_is_space(*code))
		code++, len--;
	while (len > 0 && tk_is_space(code[len - 1]))
		len--;
	if (len != 2)
		return NULL;
	for (i = 0; i < 2; i++)
	{
		char		c = tk_ascii_upper(code[i]);

		if (c < 'A' || c > 'Z')
			return NULL;
		up[i] = c;
	}
	index_countries();
	i = plan_by_country[up[0] - 'A'][up[1] - 'A'];
	return i ? &party_phone_plans[i - 1] : NULL;
}

/*
 * The tables above by country code (0-999), built once: whether a code of
 * that value is assigned, and the plan or lengths that hold for it.
 */
typedef struct CodeIndex
{
	int8		assigned;		/* length of the code, 0 if unassigned */
	int16		plan;			/* index into party_phone_plans + 1, or 0 */
	int16		lengths;		/* index into code_lengths + 1, or 0 */
} CodeIndex;

static CodeIndex code_index[1000];

static int
code_value(const char *d, int n)
{
	int			v = 0;
	int			i;

	for (i = 0; i < n; i++)
		v = v * 10 + (d[i] - '0');
	return v;
}

static void
index_codes(void)
{
	static bool ready = false;
	int			i;

	if (ready)
		return;
	code_index[1].assigned = code_index[7].assigned = 1;
	for (i = 0; i < (int) lengthof(cc2); i++)
		code_index[code_value(cc2[i], 2)].assigned = 2;
	for (i = 0; i < (int) lengthof(cc3); i++)
		code_index[cc3[i]].assigned = 3;
	for (i = party_phone_nplans - 1; i >= 0; i--)	/* the first plan wins */
	{
		const char *cc = party_phone_plans[i].cc;

		code_index[code_value(cc, strlen(cc))].plan = i + 1;
	}
	for (i = 0; i < (int) lengthof(code_lengths); i++)
		code_index[code_lengths[i].cc].lengths = i + 1;
	ready = true;
}

/* Length of the country code at the start of d, or 0 if none is assigned. */
static int
country_code_length(const char *d, int n)
{
	int			k;

	index_codes();
	for (k = 1; k <= 3 && k <= n; k++)
	{
		if (d[0] == '0')
			return 0;
		if (code_index[code_value(d, k)].assigned == k)
			return k;
	}
	return 0;
}

static const PhonePlan *
plan_for_code(const char *cc, int cclen)
{
	int			i = code_index[code_value(cc, cclen)].plan;

	return i ? &party_phone_plans[i - 1] : NULL;
}

static bool
in_mask(uint64 lengths, int n)
{
	return n > 0 && n < 64 && (lengths & L(n)) != 0;
}

static bool
in_range(const PhonePlan *p, int n)
{
	return in_mask(p->lengths, n);
}

/* A number of a country without a plan: its length, and no 00 in front. */
static bool
valid_foreign(const char *cc, int cclen, const char *nsn, int nl)
{
	int			i = code_index[code_value(cc, cclen)].lengths;

	if (i == 0)
		return nl >= MIN_FOREIGN_NSN;
	return in_mask(code_lengths[i - 1].lengths, nl) &&
		(nsn[0] != '0' || (code_lengths[i - 1].zero && nsn[1] != '0'));
}

/*
 * Drops a trunk prefix.  Where the prefix is 0, no national number starts
 * with it, so it always goes (if what remains has a valid length); other
 * prefixes (1 in North America, 8 in Russia) can begin a real number, so
 * they go only when the number is too long with them and right without.
 */
static void
strip_trunk(const PhonePlan *p, const char **nsn, int *nl)
{
	const char *const *t;

	for (t = p->trunk; *t; t++)
	{
		int			tl = strlen(*t);

		if (*nl > tl && memcmp(*nsn, *t, tl) == 0 && in_range(p, *nl - tl) &&
			((*t)[0] == '0' || !in_range(p, *nl)))
		{
			*nsn += tl;
			*nl -= tl;
			return;
		}
	}
}

/*
 * Canada's seven-digit 310-xxxx service numbers are in E.164 as +1 310
 * xxxx; written in international form, they are read so that a reading of
 * the same digits after another prefix is seen to be in doubt.  A national
 * 310-xxxx is a local number missing its area code.
 */
static bool
nanp_service(const PhonePlan *p, const char *nsn, int nl, bool intl)
{
	return intl && p->nanp && nl == 7 && memcmp(nsn, "310", 3) == 0;
}

static bool
valid_nsn(const PhonePlan *p, const char *nsn, int nl, bool intl)
{
	if (nanp_service(p, nsn, nl, intl))
		return true;
	if (!in_range(p, nl))
		return false;
	/* only Italy's numbers start with 0, and none with 00 */
	if (nsn[0] == '0' && (!p->nsn_zero || nsn[1] == '0'))
		return false;
	/* NANP: area code and exchange both start with 2-9 */
	if (p->nanp && (nsn[0] < '2' || nsn[3] < '2'))
		return false;
	return true;
}

/*
 * The readings of one input.  Every plausible reading is tried; the input
 * has a key only when all the valid ones agree.
 */
typedef struct Readings
{
	int			n;				/* valid readings */
	bool		conflict;		/* two of them differ */
	char		key[PARTY_PHONE_MAXLEN];
} Readings;

static void
add_reading(Readings *r, const char *cc, int cclen, const char *nsn, int nl)
{
	char		key[PARTY_PHONE_MAXLEN];

	if (cclen + nl > E164_MAX_DIGITS)
		return;
	key[0] = '+';
	memcpy(key + 1, cc, cclen);
	memcpy(key + 1 + cclen, nsn, nl);
	key[1 + cclen + nl] = '\0';
	if (r->n == 0)
		strcpy(r->key, key);
	else if (strcmp(r->key, key) != 0)
		r->conflict = true;
	r->n++;
}

/*
 * d: digits after an international prefix (or "+"), country code first.
 * only_cc, when set, is the one country code allowed.
 */
static void
read_international(const char *d, int n, const char *only_cc, Readings *r)
{
	int			cclen = country_code_length(d, n);
	const PhonePlan *p;
	const char *nsn;
	int			nl;

	if (cclen == 0)
		return;
	if (only_cc && ((int) strlen(only_cc) != cclen || memcmp(d, only_cc, cclen) != 0))
		return;
	nsn = d + cclen;
	nl = n - cclen;
	p = plan_for_code(d, cclen);
	if (p)
	{
		strip_trunk(p, &nsn, &nl);
		if (!valid_nsn(p, nsn, nl, true))
			return;
	}
	else if (!valid_foreign(d, cclen, nsn, nl))
		return;
	add_reading(r, d, cclen, nsn, nl);
}

/* Length of prefix if the n digits d start with it and go on, else 0. */
static int
prefix_length(const char *d, int n, const char *prefix)
{
	int			i;

	for (i = 0; prefix[i]; i++)
		if (i >= n || d[i] != prefix[i])
			return 0;
	return n > i ? i : 0;
}

static const char *const universal[] = {"00", NULL};

/*
 * Reads d after each international prefix it may start with: the home
 * country's own and carrier ones, and "00".  When the first group of
 * digits as written is exactly one of them ("009-1-201-..."), the writer
 * has said where the prefix ends, and only that split is read.  Returns
 * whether the digits start with any of them.
 */
static bool
read_with_prefixes(const char *d, int n, int first_group, const PhonePlan *home,
				   Readings *r)
{
	const char *const *lists[3] = {universal, NULL, NULL};
	bool		whole_group = false;
	bool		matched = false;
	int			pass;

	if (home)
	{
		lists[1] = home->intl;
		lists[2] = home->carrier;
	}
	for (pass = 0; pass < 2; pass++)
	{
		int			i;

		for (i = 0; i < 3 && lists[i]; i++)
		{
			const char *const *pfx;

			for (pfx = lists[i]; *pfx; pfx++)
			{
				int			pl = prefix_length(d, n, *pfx);

				if (pl == 0)
					continue;
				if (pass == 0)
					whole_group |= (pl == first_group);
				else if (!whole_group || pl == first_group)
				{
					matched = true;
					read_international(d + pl, n - pl, NULL, r);
				}
			}
		}
	}
	return matched;
}

/*
 * A number of the home country written without "+": national, with or
 * without its trunk prefix, or led by the country's own calling code
 * ("82-2-2123-4567" in Korea).
 */
static void
read_national(const char *d, int n, const PhonePlan *home, Readings *r)
{
	const char *nsn = d;
	int			nl = n;
	const char *const *t;
	bool		trunk = false;

	strip_trunk(home, &nsn, &nl);
	if (valid_nsn(home, nsn, nl, false))
		add_reading(r, home->cc, strlen(home->cc), nsn, nl);
	for (t = home->trunk; *t; t++)
		trunk |= prefix_length(d, n, *t) > 0;
	if (!trunk || home->nanp)
		read_international(d, n, home->cc, r);
}

/* Separators accepted between digit groups. */
static bool
is_digit_separator(int cp)
{
	switch (cp)
	{
		case ' ':
		case '\t':
		case '-':
		case '.':
		case '(':
		case ')':
		case '/':
		case 0x00A0:			/* no-break space */
		case 0x2212:			/* minus sign */
		case 0x3000:			/* ideographic space */
		case 0xFF08:			/* fullwidth ( ) - . / */
		case 0xFF09:
		case 0xFF0D:
		case 0xFF0E:
		case 0xFF0F:
			return true;
	}
	return cp >= 0x2010 && cp <= 0x2015;	/* hyphens and dashes */
}

bool
party_phone_normalize(const char *s, int len, const PhonePlan *home, bool utf8,
					  char *out)
{
	char		d[MAX_SCAN_DIGITS];
	int			n = 0;
	int			first_group = -1;
	bool		plus = false;
	int			i = 0;
	Readings	r = {0};
	uint32		ticks = 0;

	while (i < len)
	{
		int			cp;

		CANCEL_TICK(ticks);
		i += party_next_char(s + i, len - i, utf8, &cp);
		if (cp >= 0xFF10 && cp <= 0xFF19)	/* fullwidth digits */
			cp -= 0xFF10 - '0';
		if (cp >= '0' && cp <= '9')
		{
			if (n == MAX_SCAN_DIGITS)
				return false;
			d[n++] = (char) cp;
		}
		else if (cp == '+' || cp == 0xFF0B)
		{
			if (plus || n > 0)
				return false;
			plus = true;
		}
		else if (is_digit_separator(cp))
		{
			if (n > 0 && first_group < 0)
				first_group = n;
		}
		else
			return false;
	}
	if (n == 0)
		return false;
	if (first_group < 0)
		first_group = n;

	if (plus)
		read_international(d, n, NULL, &r);
	else
	{
		/* no national number starts with an international prefix */
		if (!read_with_prefixes(d, n, first_group, home, &r) && home)
			read_national(d, n, home, &r);
	}
	if (r.n == 0 || r.conflict)
		return false;
	strcpy(out, r.key);
	return true;
}

/*
 * party_address.c
 *	  The standard abbreviations of address words, for address keys.
 *
 * Whole words of an address key (party_text.c: upper-cased, punctuation
 * and white space as single spaces) are replaced by one standard form each,
 * so that an address abbreviated one way matches the same address
 * abbreviated another, or written in full:
 *
 *	- United States: the street suffixes of USPS Publication 28 (October
 *	  2023), Appendix C1, every primary name and common abbreviation to the
 *	  Postal Service standard abbreviation (STREET, STRT, STR -> ST); the
 *	  directionals of section 233 (NORTH -> N, SOUTHWEST -> SW); the
 *	  secondary unit designators of Appendix C2 (APARTMENT -> APT, SUITE ->
 *	  STE).
 *	- Korea: the provinces and metropolitan cities (Local Autonomy Act,
 *	  article 2; the Ministry of the Interior and Safety's list of
 *	  administrative divisions), full and short forms -> the short form
 *	  (서울특별시, 서울시 -> 서울; 경기도 -> 경기).
 *
 * Where a spelling is the standard abbreviation of one word and a common
 * abbreviation of another, the standard wins, so that a standard form is
 * its own: MDW is MEADOW (C1 also lists it for MEADOWS, whose standard is
 * MDWS).  KEY is the suffix (KY), not the unit designator KEY of C2.
 * 광주시 and 제주시 are left alone: the first is also a city of Gyeonggi
 * (경기도 광주시), the second the city of Jeju, inside 제주특별자치도.
 *
 * The words are found through a hash table built on first use; a lookup
 * hashes the word once and compares at most a few entries.
 */
#include "c.h"

#include "party_address.h"

typedef struct AddressWords
{
	const char *standard;
	const char *others;			/* separated by single spaces */
} AddressWords;

/* USPS Publication 28, Appendix C1: street suffixes */
static const AddressWords usps_suffixes[] = {
	{"ALY", "ALLEY ALLEE ALLY"},
	{"ANX", "ANEX ANNEX ANNX"},
	{"ARC", "ARCADE"},
	{"AVE", "AVENUE AV AVEN AVENU AVN AVNUE"},
	{"BYU", "BAYOU BAYOO"},
	{"BCH", "BEACH"},
	{"BND", "BEND"},
	{"BLF", "BLUFF BLUF"},
	{"BLFS", "BLUFFS"},
	{"BTM", "BOTTOM BOT BOTTM"},
	{"BLVD", "BOULEVARD BOUL BOULV"},
	{"BR", "BRANCH BRNCH"},
	{"BRG", "BRIDGE BRDGE"},
	{"BRK", "BROOK"},
	{"BRKS", "BROOKS"},
	{"BG", "BURG"},
	{"BGS", "BURGS"},
	{"BYP", "BYPASS BYPA BYPAS BYPS"},
	{"CP", "CAMP CMP"},
	{"CYN", "CANYON CANYN CNYN"},
	{"CPE", "CAPE"},
	{"CSWY", "CAUSEWAY CAUSWA"},
	{"CTR", "CENTER CEN CENT CENTR CENTRE CNTER CNTR"},
	{"CTRS", "CENTERS"},
	{"CIR", "CIRCLE CIRC CIRCL CRCL CRCLE"},
	{"CIRS", "CIRCLES"},
	{"CLF", "CLIFF"},
	{"CLFS", "CLIFFS"},
	{"CLB", "CLUB"},
	{"CMN", "COMMON"},
	{"CMNS", "COMMONS"},
	{"COR", "CORNER"},
	{"CORS", "CORNERS"},
	{"CRSE", "COURSE"},
	{"CT", "COURT"},
	{"CTS", "COURTS"},
	{"CV", "COVE"},
	{"CVS", "COVES"},
	{"CRK", "CREEK"},
	{"CRES", "CRESCENT CRSENT CRSNT"},
	{"CRST", "CREST"},
	{"XING", "CROSSING CRSSNG"},
	{"XRD", "CROSSROAD"},
	{"XRDS", "CROSSROADS"},
	{"CURV", "CURVE"},
	{"DL", "DALE"},
	{"DM", "DAM"},
	{"DV", "DIVIDE DIV DVD"},
	{"DR", "DRIVE DRIV DRV"},
	{"DRS", "DRIVES"},
	{"EST", "ESTATE"},
	{"ESTS", "ESTATES"},
	{"EXPY", "EXPRESSWAY EXP EXPR EXPRESS EXPW"},
	{"EXT", "EXTENSION EXTN EXTNSN"},
	{"EXTS", "EXTENSIONS"},
	{"FLS", "FALLS"},
	{"FRY", "FERRY FRRY"},
	{"FLD", "FIELD"},
	{"FLDS", "FIELDS"},
	{"FLT", "FLAT"},
	{"FLTS", "FLATS"},
	{"FRD", "FORD"},
	{"FRDS", "FORDS"},
	{"FRST", "FOREST FORESTS"},
	{"FRG", "FORGE FORG"},
	{"FRGS", "FORGES"},
	{"FRK", "FORK"},
	{"FRKS", "FORKS"},
	{"FT", "FORT FRT"},
	{"FWY", "FREEWAY FREEWY FRWAY FRWY"},
	{"GDN", "GARDEN GARDN GRDEN GRDN"},
	{"GDNS", "GARDENS GRDNS"},
	{"GTWY", "GATEWAY GATEWY GATWAY GTWAY"},
	{"GLN", "GLEN"},
	{"GLNS", "GLENS"},
	{"GRN", "GREEN"},
	{"GRNS", "GREENS"},
	{"GRV", "GROVE GROV"},
	{"GRVS", "GROVES"},
	{"HBR", "HARBOR HARB HARBR HRBOR"},
	{"HBRS", "HARBORS"},
	{"HVN", "HAVEN"},
	{"HTS", "HEIGHTS HT"},
	{"HWY", "HIGHWAY HIGHWY HIWAY HIWY HWAY"},
	{"HL", "HILL"},
	{"HLS", "HILLS"},
	{"HOLW", "HOLLOW HLLW HOLLOWS HOLWS"},
	{"INLT", "INLET"},
	{"IS", "ISLAND ISLND"},
	{"ISS", "ISLANDS ISLNDS"},
	{"ISLE", "ISLES"},
	{"JCT", "JUNCTION JCTION JCTN JUNCTN JUNCTON"},
	{"JCTS", "JUNCTIONS JCTNS"},
	{"KY", "KEY"},
	{"KYS", "KEYS"},
	{"KNL", "KNOLL KNOL"},
	{"KNLS", "KNOLLS"},
	{"LK", "LAKE"},
	{"LKS", "LAKES"},
	{"LNDG", "LANDING LNDNG"},
	{"LN", "LANE"},
	{"LGT", "LIGHT"},
	{"LGTS", "LIGHTS"},
	{"LF", "LOAF"},
	{"LCK", "LOCK"},
	{"LCKS", "LOCKS"},
	{"LDG", "LODGE LDGE LODG"},
	{"LOOP", "LOOPS"},
	{"MNR", "MANOR"},
	{"MNRS", "MANORS"},
	{"MDW", "MEADOW"},
	{"MDWS", "MEADOWS MEDOWS"},
	{"ML", "MILL"},
	{"MLS", "MILLS"},
	{"MSN", "MISSION MISSN MSSN"},
	{"MTWY", "MOTORWAY"},
	{"MT", "MOUNT MNT"},
	{"MTN", "MOUNTAIN MNTAIN MNTN MOUNTIN MTIN"},
	{"MTNS", "MOUNTAINS MNTNS"},
	{"NCK", "NECK"},
	{"ORCH", "ORCHARD ORCHRD"},
	{"OVAL", "OVL"},
	{"OPAS", "OVERPASS"},
	{"PARK", "PRK PARKS"},
	{"PKWY", "PARKWAY PARKWY PKWAY PKY PARKWAYS PKWYS"},
	{"PSGE", "PASSAGE"},
	{"PATH", "PATHS"},
	{"PIKE", "PIKES"},
	{"PNE", "PINE"},
	{"PNES", "PINES"},
	{"PL", "PLACE"},
	{"PLN", "PLAIN"},
	{"PLNS", "PLAINS"},
	{"PLZ", "PLAZA PLZA"},
	{"PT", "POINT"},
	{"PTS", "POINTS"},
	{"PRT", "PORT"},
	{"PRTS", "PORTS"},
	{"PR", "PRAIRIE PRR"},
	{"RADL", "RADIAL RAD RADIEL"},
	{"RNCH", "RANCH RANCHES RNCHS"},
	{"RPD", "RAPID"},
	{"RPDS", "RAPIDS"},
	{"RST", "REST"},
	{"RDG", "RIDGE RDGE"},
	{"RDGS", "RIDGES"},
	{"RIV", "RIVER RVR RIVR"},
	{"RD", "ROAD"},
	{"RDS", "ROADS"},
	{"RTE", "ROUTE"},
	{"SHL", "SHOAL"},
	{"SHLS", "SHOALS"},
	{"SHR", "SHORE SHOAR"},
	{"SHRS", "SHORES SHOARS"},
	{"SKWY", "SKYWAY"},
	{"SPG", "SPRING SPNG SPRNG"},
	{"SPGS", "SPRINGS SPNGS SPRNGS"},
	{"SPUR", "SPURS"},
	{"SQ", "SQUARE SQR SQRE SQU"},
	{"SQS", "SQUARES SQRS"},
	{"STA", "STATION STATN STN"},
	{"STRA", "STRAVENUE STRAV STRAVEN STRAVN STRVN STRVNUE"},
	{"STRM", "STREAM STREME"},
	{"ST", "STREET STRT STR"},
	{"STS", "STREETS"},
	{"SMT", "SUMMIT SUMIT SUMITT"},
	{"TER", "TERRACE TERR"},
	{"TRWY", "THROUGHWAY"},
	{"TRCE", "TRACE TRACES"},
	{"TRAK", "TRACK TRACKS TRK TRKS"},
	{"TRFY", "TRAFFICWAY"},
	{"TRL", "TRAIL TRAILS TRLS"},
	{"TRLR", "TRAILER TRLRS"},
	{"TUNL", "TUNNEL TUNEL TUNLS TUNNELS TUNNL"},
	{"TPKE", "TURNPIKE TRNPK TURNPK"},
	{"UPAS", "UNDERPASS"},
	{"UN", "UNION"},
	{"UNS", "UNIONS"},
	{"VLY", "VALLEY VALLY VLLY"},
	{"VLYS", "VALLEYS"},
	{"VIA", "VIADUCT VDCT VIADCT"},
	{"VW", "VIEW"},
	{"VWS", "VIEWS"},
	{"VLG", "VILLAGE VILL VILLAG VILLG VILLIAGE"},
	{"VLGS", "VILLAGES"},
	{"VL", "VILLE"},
	{"VIS", "VISTA VIST VST VSTA"},
	{"WALK", "WALKS"},
	{"WAY", "WY"},
	{"WL", "WELL"},
	{"WLS", "WELLS"},
	/* FALL, LAND, MALL, MEWS, PASS, RAMP, ROW, RUE, RUN, WALL, WAYS: as written */
};

/* USPS Publication 28, section 233: directionals */
static const AddressWords usps_directionals[] = {
	{"N", "NORTH"},
	{"E", "EAST"},
	{"S", "SOUTH"},
	{"W", "WEST"},
	{"NE", "NORTHEAST"},
	{"SE", "SOUTHEAST"},
	{"NW", "NORTHWEST"},
	{"SW", "SOUTHWEST"},
};

/*
 * USPS Publication 28, Appendix C2: secondary unit designators (KEY, LOT,
 * PIER, REAR, SIDE, SLIP, STOP and UNIT are their own abbreviations).
 */
static const AddressWords usps_units[] = {
	{"APT", "APARTMENT"},
	{"BSMT", "BASEMENT"},
	{"BLDG", "BUILDING"},
	{"DEPT", "DEPARTMENT"},
	{"FL", "FLOOR"},
	{"FRNT", "FRONT"},
	{"HNGR", "HANGAR"},
	{"LBBY", "LOBBY"},
	{"LOWR", "LOWER"},
	{"OFC", "OFFICE"},
	{"PH", "PENTHOUSE"},
	{"RM", "ROOM"},
	{"SPC", "SPACE"},
	{"STE", "SUITE"},
	{"TRLR", "TRAILER"},
	{"UPPR", "UPPER"},
};

/*
 * Korea's provinces (도) and metropolitan cities (특별시, 광역시,
 * 특별자치시), with the names before their renaming (강원도 until 2023,
 * 전라북도 until 2024).
 */
static const AddressWords korean_divisions[] = {
	{"서울", "서울특별시 서울시"},
	{"부산", "부산광역시 부산시"},
	{"대구", "대구광역시 대구시"},
	{"인천", "인천광역시 인천시"},
	{"광주", "광주광역시"},
	{"대전", "대전광역시 대전시"},
	{"울산", "울산광역시 울산시"},
	{"세종", "세종특별자치시 세종시"},
	{"경기", "경기도"},
	{"강원", "강원특별자치도 강원도"},
	{"충북", "충청북도"},
	{"충남", "충청남도"},
	{"전북", "전북특별자치도 전라북도"},
	{"전남", "전라남도"},
	{"경북", "경상북도"},
	{"경남", "경상남도"},
	{"제주", "제주특별자치도 제주도"},
};

typedef struct WordEntry
{
	const char *word;
	const char *standard;		/* NULL: the word is a standard form */
	uint8		len;
	uint8		standard_len;
} WordEntry;

/* Fewer than 700 words: a table of 2048 slots is at most a third full. */
#define NSLOTS 2048
#define MAX_WORDS 700

static WordEntry entries[MAX_WORDS];
static int	nentries;
static uint16 slots[NSLOTS];	/* entry index + 1, 0 for empty */
static bool built;

static uint32
word_hash(const char *w, int len)
{
	uint32		h = 2166136261u;	/* FNV-1a */
	int			i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) w[i]) * 16777619u;
	return h;
}

static const WordEntry *
find(const char *w, int len)
{
	uint32		i = word_hash(w, len) & (NSLOTS - 1);

	while (slots[i] != 0)
	{
		const WordEntry *e = &entries[slots[i] - 1];

		if (e->len == len && memcmp(e->word, w, len) == 0)
			return e;
		i = (i + 1) & (NSLOTS - 1);
	}
	return NULL;
}

/*
 * Adds a word unless it is there already: the first claim wins, and the
 * standard forms are added before the other spellings.
 */
static void
add(const char *w, int len, const char *standard)
{
	uint32		i;
	WordEntry  *e;

	Assert(len > 0 && len <= PARTY_ADDRESS_WORD_MAX);
	if (find(w, len) != NULL)
		return;
	Assert(nentries < MAX_WORDS);
	e = &entries[nentries++];
	e->word = w;
	e->len = (uint8) len;
	e->standard = standard;
	e->standard_len = standard ? (uint8) strlen(standard) : 0;
	i = word_hash(w, len) & (NSLOTS - 1);
	while (slots[i] != 0)
		i = (i + 1) & (NSLOTS - 1);
	slots[i] = (uint16) nentries;
}

static void
add_table(const AddressWords *t, int n, bool others)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		const char *p = others ? t[i].others : t[i].standard;

		while (*p)
		{
			int			len = 0;

			while (p[len] && p[len] != ' ')
				len++;
			add(p, len, others ? t[i].standard : NULL);
			p += len;
			if (*p == ' ')
				p++;
		}
	}
}

static void
build(void)
{
	int			pass;

	for (pass = 0; pass < 2; pass++)
	{
		bool		others = (pass == 1);

		add_table(usps_suffixes, lengthof(usps_suffixes), others);
		add_table(usps_directionals, lengthof(usps_directionals), others);
		add_table(usps_units, lengthof(usps_units), others);
		add_table(korean_divisions, lengthof(korean_divisions), others);
	}
	built = true;
}

const char *
party_address_word(const char *w, int len, int *outlen)
{
	const WordEntry *e;

	if (len > PARTY_ADDRESS_WORD_MAX)
		return NULL;
	if (!built)
		build();
	e = find(w, len);
	if (e == NULL || e->standard == NULL)
		return NULL;
	*outlen = e->standard_len;
	return e->standard;
}

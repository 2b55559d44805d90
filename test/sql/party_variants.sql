-- party_variants: the ways manifests write one party give one key, and
-- near-misses (another initial, house number, unit, city) do not
-- The name and address rules read Unicode: this file expects a UTF8 database.
SELECT getdatabaseencoding();

CREATE TEMP TABLE variants (kind text, expect text, a text, b text, why text);
INSERT INTO variants VALUES
	-- names: word order, commas, case, accents, punctuation
	('name', 'same', 'John Smith', 'SMITH, John', 'order and comma'),
	('name', 'same', 'John Smith', 'Smith John', 'order'),
	('name', 'same', 'John Smith', '  john   SMITH ', 'case and spaces'),
	('name', 'same', 'John Smith', 'ＪＯＨＮ　ＳＭＩＴＨ', 'fullwidth'),
	('name', 'same', 'José García', 'JOSE GARCIA', 'accents'),
	('name', 'same', 'José García', 'García, José', 'accents and order'),
	('name', 'same', E'Jose\u0301 Garci\u0301a', 'José García', 'combining accents'),
	('name', 'same', 'François Müller', 'MULLER, FRANCOIS', 'cedilla, umlaut'),
	('name', 'same', 'Søren Kierkegaard', 'Soren KIERKEGAARD', 'ø'),
	('name', 'same', 'Åsa Öberg', 'OBERG Asa', 'å ö'),
	('name', 'same', 'Æsa Ørsted', 'Aesa Orsted', 'æ ø'),
	('name', 'same', 'Hans Groß', 'GROSS, Hans', 'ß'),
	('name', 'same', 'Łukasz Żurek', 'ZUREK Lukasz', 'ł ż'),
	('name', 'same', 'Antonín Dvořák', 'Dvorak, Antonin', 'háček'),
	('name', 'same', 'Ștefan Țepeș', 'Stefan Tepes', 'comma below'),
	('name', 'same', 'Nguyễn Văn An', 'NGUYEN VAN AN', 'Vietnamese'),
	('name', 'same', 'Đặng Thị Hoa', 'Dang Thi Hoa', 'đ'),
	('name', 'same', 'İbrahim Yılmaz', 'Ibrahim Yilmaz', 'dotted and dotless i'),
	('name', 'same', 'Zoë Brontë', 'Bronte, Zoe', 'diaeresis'),
	('name', 'same', 'O''Brien, Patrick', 'Patrick OBrien', 'apostrophe'),
	('name', 'same', 'Mary-Jane Watson', 'WATSON, MARYJANE', 'hyphen'),
	('name', 'same', 'J. R. R. Tolkien', 'Tolkien, J.R.R.', 'initials with periods'),
	('name', 'same', 'J Smith', 'Smith, J.', 'an initial, either order'),
	('name', 'same', 'Ahmed Hassan', 'HASSAN; Ahmed', 'semicolon'),
	-- Korean names across scripts, as before
	('name', 'same', 'Minsu Kim', 'KIM, MIN-SU', 'Korean, romanized'),
	('name', 'same', 'Minsu Kim', '김민수', 'Korean, Hangul'),
	('name', 'same', 'Gim Min-su', 'KIM MINSOO', 'Korean, passport spelling'),
	('name', 'same', 'Ch''oe Chŏng-hŭi', 'Choi Jeong-hui', 'Korean, McCune-Reischauer'),
	('name', 'same', 'Rhee Seong-min', '이성민', 'Korean, surname spelling'),
	-- names: near-misses
	('name', 'different', 'J Smith', 'John Smith', 'an initial is not a name'),
	('name', 'different', 'J. Smith', 'John Smith', 'an initial is not a name'),
	('name', 'different', 'J. R. Smith', 'John Smith', 'initials are not names'),
	('name', 'different', 'Jo Smith', 'John Smith', 'another name'),
	('name', 'different', 'Jon Smith', 'John Smith', 'another spelling'),
	('name', 'different', 'John Smith Jr', 'John Smith', 'a word more'),
	('name', 'different', 'John John Smith', 'John Smith', 'a word twice'),
	('name', 'different', 'Ana Garcia Lopez', 'Ana Garcia', 'a second surname'),
	('name', 'different', 'Kim Min-su', 'Kim Min-seo', 'Korean, another syllable'),
	('name', 'different', '김민수', '김민서', 'Korean, another syllable'),
	('name', 'different', 'Иван Иванов', 'Ivan Ivanov', 'no transliteration of Cyrillic'),
	-- names are not addresses: no address abbreviations
	('name', 'different', 'St John', 'Saint John', 'St is not Saint'),
	('name', 'different', 'John Street', 'John St', 'Street is a surname'),
	('name', 'different', 'Mary North', 'Mary N', 'North is a surname'),
	('name', 'different', 'Lane Smith', 'Ln Smith', 'Lane is a given name'),
	-- US addresses: USPS street suffixes (Publication 28, C1)
	('address', 'same', '123 Main St., Apt 4', '123 MAIN STREET APARTMENT 4', 'suffix and unit'),
	('address', 'same', '123 Main Street', '123 main str', 'STR'),
	('address', 'same', '123 Main Street', '123 MAIN STRT', 'STRT'),
	('address', 'same', '500 Oak Avenue', '500 OAK AVE', 'AVENUE'),
	('address', 'same', '500 Oak Avenue', '500 Oak Av.', 'AV'),
	('address', 'same', '500 Oak Avenue', '500 oak avn', 'AVN'),
	('address', 'same', '77 Sunset Boulevard', '77 SUNSET BLVD', 'BOULEVARD'),
	('address', 'same', '77 Sunset Boulevard', '77 Sunset Boul.', 'BOUL'),
	('address', 'same', '10 Elm Court', '10 ELM CT', 'COURT'),
	('address', 'same', '9 Lake Shore Drive', '9 LAKE SHORE DR', 'DRIVE'),
	('address', 'same', '9 Lake Shore Drive', '9 Lk Shr Drv', 'LAKE SHORE DRV'),
	('address', 'same', '1 Park Place', '1 PARK PL', 'PLACE'),
	('address', 'same', '4 Mill Road', '4 MILL RD', 'ROAD'),
	('address', 'same', '8 Cedar Lane', '8 CEDAR LN', 'LANE'),
	('address', 'same', '200 Crossing Circle', '200 XING CIR', 'CROSSING CIRCLE'),
	('address', 'same', '200 Crossing Circle', '200 CRSSNG CRCL', 'CRSSNG CRCL'),
	('address', 'same', '31 Garden Parkway', '31 GDN PKWY', 'GARDEN PARKWAY'),
	('address', 'same', '31 Garden Parkway', '31 Gardn Pky', 'GARDN PKY'),
	('address', 'same', '6 Canyon Expressway', '6 CYN EXPY', 'CANYON EXPRESSWAY'),
	('address', 'same', 'Highway 1', 'Hwy 1', 'HIGHWAY'),
	('address', 'same', '15 Meadow Terrace', '15 MDW TER', 'MEADOW TERRACE'),
	('address', 'same', '15 Meadows Terrace', '15 MDWS TERR', 'MEADOWS TERR'),
	('address', 'same', '3 Mount Vernon Square', '3 MT VERNON SQ', 'MOUNT SQUARE'),
	('address', 'same', '42 Heights Turnpike', '42 HTS TPKE', 'HEIGHTS TURNPIKE'),
	('address', 'same', '5 Key Vista', '5 KY VIS', 'KEY VISTA'),
	-- directionals (section 233)
	('address', 'same', '12 North Main Street', '12 N MAIN ST', 'NORTH'),
	('address', 'same', '1600 Pennsylvania Avenue Northwest', '1600 PENNSYLVANIA AVE NW', 'NORTHWEST'),
	('address', 'same', '40 Southwest Parkway', '40 SW PKWY', 'SOUTHWEST'),
	('address', 'same', '7 East 42nd Street', '7 E. 42ND ST.', 'EAST'),
	-- secondary unit designators (C2)
	('address', 'same', '350 Fifth Ave., Ste. 3300', '350 FIFTH AVENUE SUITE 3300', 'SUITE'),
	('address', 'same', '8 Harbor Way, Building 2, Room 301', '8 HBR WAY BLDG 2 RM 301', 'BUILDING ROOM'),
	('address', 'same', '1 Park Place, Floor 12', '1 PARK PL FL 12', 'FLOOR'),
	('address', 'same', '21 Jump Street, Unit 5', '21 JUMP ST UNIT 5', 'UNIT'),
	('address', 'same', '21 Jump Street Apt #5', '21 Jump St Apartment 5', '#'),
	('address', 'same', '9 Bay Road, Penthouse', '9 BAY RD PH', 'PENTHOUSE'),
	('address', 'same', '9 Bay Road, Basement', '9 BAY RD BSMT', 'BASEMENT'),
	('address', 'same', '9 Bay Road Office 3', '9 BAY RD OFC 3', 'OFFICE'),
	-- ZIP+4
	('address', 'same', 'Springfield, IL 62704-1234', 'SPRINGFIELD IL 62704', 'ZIP+4'),
	('address', 'same', '12 Elm St, Boston, MA 02110-1301', '12 ELM STREET BOSTON MA 02110', 'ZIP+4'),
	('address', 'same', '12 Elm St, Boston, MA 02110-1301.', '12 ELM STREET BOSTON MA 02110', 'ZIP+4, a period after'),
	('address', 'same', 'Boston MA ０２１１０－１３０１', 'BOSTON MA 02110', 'fullwidth ZIP+4'),
	('address', 'same', '５００ Ｏａｋ Ａｖｅｎｕｅ', '500 OAK AVE', 'fullwidth'),
	-- Korean provinces and metropolitan cities, full and short
	('address', 'same', '서울특별시 강남구 테헤란로 123', '서울 강남구 테헤란로 123', '서울특별시'),
	('address', 'same', '서울시 강남구 테헤란로 123', '서울 강남구 테헤란로 123', '서울시'),
	('address', 'same', '서울특별시 강남구 테헤란로 123, 4층 (역삼동)', '서울 강남구 테헤란로 123 4층 역삼동', 'punctuation'),
	('address', 'same', '부산광역시 해운대구 센텀중앙로 55', '부산 해운대구 센텀중앙로 55', '부산광역시'),
	('address', 'same', '부산시 해운대구 센텀중앙로 55', '부산 해운대구 센텀중앙로 55', '부산시'),
	('address', 'same', '대구광역시 중구 공평로 88', '대구 중구 공평로 88', '대구광역시'),
	('address', 'same', '대구시 중구 공평로 88', '대구 중구 공평로 88', '대구시'),
	('address', 'same', '인천광역시 중구 공항로 272', '인천 중구 공항로 272', '인천광역시'),
	('address', 'same', '인천시 중구 공항로 272', '인천 중구 공항로 272', '인천시'),
	('address', 'same', '광주광역시 서구 내방로 111', '광주 서구 내방로 111', '광주광역시'),
	('address', 'same', '대전광역시 서구 둔산로 100', '대전 서구 둔산로 100', '대전광역시'),
	('address', 'same', '대전시 서구 둔산로 100', '대전 서구 둔산로 100', '대전시'),
	('address', 'same', '울산광역시 남구 중앙로 201', '울산 남구 중앙로 201', '울산광역시'),
	('address', 'same', '울산시 남구 중앙로 201', '울산 남구 중앙로 201', '울산시'),
	('address', 'same', '세종특별자치시 한누리대로 2130', '세종 한누리대로 2130', '세종특별자치시'),
	('address', 'same', '세종시 한누리대로 2130', '세종 한누리대로 2130', '세종시'),
	('address', 'same', '경기도 성남시 분당구 판교역로 166', '경기 성남시 분당구 판교역로 166', '경기도'),
	('address', 'same', '강원특별자치도 춘천시 중앙로 1', '강원 춘천시 중앙로 1', '강원특별자치도'),
	('address', 'same', '강원도 춘천시 중앙로 1', '강원 춘천시 중앙로 1', '강원도'),
	('address', 'same', '충청북도 청주시 상당로 82', '충북 청주시 상당로 82', '충청북도'),
	('address', 'same', '충청남도 천안시 동남구 만남로 1', '충남 천안시 동남구 만남로 1', '충청남도'),
	('address', 'same', '전북특별자치도 전주시 효자로 225', '전북 전주시 효자로 225', '전북특별자치도'),
	('address', 'same', '전라북도 전주시 효자로 225', '전북 전주시 효자로 225', '전라북도'),
	('address', 'same', '전라남도 목포시 영산로 1', '전남 목포시 영산로 1', '전라남도'),
	('address', 'same', '경상북도 포항시 북구 중앙로 1', '경북 포항시 북구 중앙로 1', '경상북도'),
	('address', 'same', '경상남도 창원시 의창구 중앙대로 300', '경남 창원시 의창구 중앙대로 300', '경상남도'),
	('address', 'same', '제주특별자치도 제주시 첨단로 242', '제주 제주시 첨단로 242', '제주특별자치도'),
	('address', 'same', '제주도 제주시 첨단로 242', '제주 제주시 첨단로 242', '제주도'),
	-- addresses: near-misses
	('address', 'different', '123 Main St', '124 Main St', 'house number'),
	('address', 'different', '123 Main St Apt 4', '123 Main St Apt 5', 'unit number'),
	('address', 'different', '123 Main St Apt 4', '123 Main St Suite 4', 'unit designator'),
	('address', 'different', '123 Main St Apt 4', '123 Main St', 'a unit more'),
	('address', 'different', '123 Main St', '123 Main Ave', 'street suffix'),
	('address', 'different', '123 Main Street', '123 Main Streets', 'STREET and STREETS'),
	('address', 'different', '12 N Main St', '12 S Main St', 'directional'),
	('address', 'different', '12 Northeast Main St', '12 N Main St', 'NE and N'),
	('address', 'different', '10 Main St Springfield', '10 Main St Shelbyville', 'city'),
	('address', 'different', '12 Elm St, Boston MA 02110', '12 Elm St, Boston MA 02111', 'ZIP'),
	('address', 'different', 'Springfield IL 62704-1234', 'Springfield IL 62705-1234', 'ZIP before a +4'),
	('address', 'different', 'Springfield IL 62704-12345', 'Springfield IL 62704', 'not a ZIP+4'),
	('address', 'different', 'Route 62704-1234-5', 'Route 62704', 'not a ZIP+4'),
	('address', 'different', 'Saint Louis', 'St Louis', 'ST is Street, not Saint'),
	('address', 'different', '서울 중구 세종대로 110', '부산 중구 세종대로 110', 'another city'),
	('address', 'different', '대구 중구 공평로 88', '대전 중구 공평로 88', 'another city'),
	('address', 'different', '충청북도 청주시 상당로 82', '충청남도 청주시 상당로 82', 'another province'),
	('address', 'different', '전라북도 전주시 효자로 225', '전라남도 전주시 효자로 225', 'another province'),
	('address', 'different', '경기도 광주시 오포로 1', '광주광역시 오포로 1', '광주시 is in Gyeonggi'),
	('address', 'different', '제주시 첨단로 242', '제주 첨단로 242', '제주시 is a city of the province'),
	('address', 'different', '서울특별시 강남구 테헤란로 123', '서울특별시 강남구 테헤란로 124', 'building number'),
	('address', 'different', '서울특별시강남구 테헤란로 123', '서울 강남구 테헤란로 123', 'only whole words');

-- pairs on the wrong side of their expectation: none
SELECT kind, expect, a, b, why, normalize_party(a, kind) AS key_a, normalize_party(b, kind) AS key_b
  FROM variants
 WHERE (normalize_party(a, kind) IS NOT DISTINCT FROM normalize_party(b, kind)) <> (expect = 'same')
 ORDER BY kind, a, b;

SELECT kind, expect, count(*) AS pairs FROM variants GROUP BY 1, 2 ORDER BY 1, 2;

-- a key is its own key: none printed
SELECT kind, v, normalize_party(v, kind) AS key
  FROM variants, LATERAL (VALUES (a), (b)) t(v)
 WHERE normalize_party(normalize_party(v, kind), kind) IS DISTINCT FROM normalize_party(v, kind);

-- the keys (a combining acute accent is shown as <U+0301>: psql's column
-- widths for it differ by version)
SELECT kind, replace(v, U&'\0301', '<U+0301>') AS v, normalize_party(v, kind) AS key
  FROM (SELECT DISTINCT kind, v FROM variants, LATERAL (VALUES (a), (b)) t(v)) d
 ORDER BY kind, normalize_party(v, kind) COLLATE "C", v COLLATE "C";

-- classify_route and classify_route_explain on realistic remarks, English
-- and Korean.

SELECT remark, classify_route(remark) AS route,
       (classify_route_explain(remark) ->> 'confidence')::numeric AS confidence
FROM (VALUES
  -- identifiers with a check digit decide
  ('EMS parcel EE876543216CA from LA'),
  ('특송화물 운송장 1Z5R89390357567127'),
  ('Registered letter RB123456785GB, 2 tablets hidden in a card'),
  ('국제우편물 RB123456785GB 내 필로폰 은닉'),
  ('Container CSQU 305438 3 discharged at Busan new port'),
  ('Consignment on AWB 176-12345675, declared as auto parts'),
  ('Air waybill 020 8114074 3 from LAX'),
  ('ups 1z999aa10123456784, vape cartridges'),
  -- bare digits count only near their carrier's name
  ('DHL waybill 3318810025, sender in California'),
  ('FedEx tracking number: 986578788855'),
  ('페덱스 041441760228964 특송 반입'),
  ('waybill 3318810025 sender unknown'),
  -- travelers
  ('passenger on KE012, carry-on'),
  ('Arriving passenger, liquid marijuana in checked baggage'),
  ('여행자 휴대품에서 대마 발견, 항공편 KE086'),
  ('입국 여행객 체내은닉 필로폰 적발'),
  ('passport L898902C36 presented at inspection'),
  -- keywords alone
  ('Seized from international mail, declared as cosmetics'),
  ('국제우편으로 반입된 케타민'),
  ('해상특송으로 반입'),
  ('특송 화물 검사 중 적발'),
  ('일반화물 (항공) 수입신고'),
  ('general cargo, 40ft shipping container'),
  ('vehicle crossing at land border'),
  ('육로 반입 차량'),
  -- false friends and no evidence
  ('contact by e-mail: agent@mail.com, mailbox rented'),
  ('우편번호 06236 강남구'),
  ('화물차 적재함에서 발견'),
  ('고해상도 사진 첨부'),
  ('Aircraft A380 arrived'),
  ('2,782 tablets of alprazolam'),
  ('')
) AS t(remark);

-- conflicting evidence: a checked identifier outweighs any keywords
SELECT jsonb_pretty(classify_route_explain('EMS item EE876543216CA handed over by DHL courier'));
-- keywords against keywords: the larger sum of weights wins (a flight number
-- weighs less than "air cargo")
SELECT jsonb_pretty(classify_route_explain('Air cargo on flight KE9001'));
SELECT classify_route('courier or postal?') AS courier_heavier,
       classify_route('postal or courier?') AS still_courier;
-- equal weights: the earliest wins, confidence is low
SELECT classify_route_explain('courier or EMS?') -> 'route' AS route,
       classify_route_explain('courier or EMS?') -> 'confidence' AS confidence,
       classify_route_explain('EMS or courier?') -> 'route' AS swapped;

-- identifiers written across spaces and hyphens; evidence positions are
-- characters, 1-based, and count Korean syllables as one
SELECT jsonb_pretty(classify_route_explain('특송 운송장: 1Z 5R8 939 0357567127 (미국발)'));
SELECT e ->> 'text' AS text, e ->> 'position' AS position, e ->> 'length' AS length,
       substr(r, (e ->> 'position')::int, (e ->> 'length')::int) = e ->> 'text' AS substr_matches
FROM (VALUES ('여행자 가방, 항공편 KE 086, 승객 신고')) AS t(r),
     jsonb_array_elements(classify_route_explain(r) -> 'evidence') e;

-- uncounted evidence is shown with the reason
SELECT jsonb_pretty(classify_route_explain('courier waybill 3318810025'));

-- a phone number is no air waybill without an air waybill keyword
SELECT classify_route_explain('receiver tel 010-1234-5675') -> 'evidence' AS phone,
       classify_route_explain('AWB 010-1234-5675') -> 'route' AS with_keyword;

-- no evidence
SELECT classify_route_explain('no route here') AS nothing;

-- NULL in, NULL out
SELECT classify_route(NULL) IS NULL AS a, classify_route_explain(NULL) IS NULL AS b;

-- an identifier covers the keywords inside it wherever other keywords stand:
-- "x ems x KE086" reads as a document number (uncounted), so neither "ems"
-- nor the flight inside it is evidence, with or without "air cargo" before
SELECT r AS remark, jsonb_path_query_array(classify_route_explain(r), '$.evidence[*].text') AS evidence,
       classify_route_explain(r) -> 'confidence' AS confidence
FROM (VALUES ('air cargo b x ems x KE086'), ('b x ems x KE086')) AS t(r);

-- a long remark: the decision counts all its evidence, the explanation lists
-- the first 1000 pieces and how many more were found
SELECT e -> 'route' AS route, e -> 'confidence' AS confidence,
       jsonb_array_length(e -> 'evidence') AS listed, e -> 'evidence_omitted' AS omitted,
       e -> 'evidence' -> 999 ->> 'position' AS last_listed
FROM (SELECT classify_route_explain(repeat('EMS EE876543216CA ', 600) || 'DHL courier') AS e) t;
SELECT classify_route(repeat('EMS EE876543216CA ', 600) || 'DHL courier') AS route;
SELECT classify_route_explain(repeat('EMS EE876543216CA ', 500)) ? 'evidence_omitted' AS at_the_cap;

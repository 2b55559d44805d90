
-- ---------------------------------------------------------------------------
-- reference data: the built-in substance catalog (docs/substances.md explains every choice)
-- unodc_group and unodc_subgroup are spelt as in UNODC's "Drug seizures
-- 2018-2022" so that they join to its DrugGroup and DrugSubGroup columns.
-- ---------------------------------------------------------------------------

INSERT INTO @extschema@.substance
	(key, name_en, name_ko, unodc_group, unodc_subgroup, kr_class, us_schedule, builtin)
SELECT v.*, true FROM (VALUES
	-- amphetamine-type stimulants
	('methamphetamine', 'Methamphetamine', '메트암페타민', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Methamphetamine', '향정신성의약품', 'II'),
	('amphetamine', 'Amphetamine', '암페타민', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Amphetamine', '향정신성의약품', 'II'),
	('methylphenidate', 'Methylphenidate', '메틸페니데이트', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', '향정신성의약품', 'II'),
	('phenmetrazine', 'Phenmetrazine', '펜메트라진', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', '향정신성의약품', 'II'),
	('phentermine', 'Phentermine', '펜터민', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', '향정신성의약품', 'IV'),
	('pyrovalerone', 'Pyrovalerone', '피로발레론', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', NULL, 'V'),
	('3_fea', '3-Fluoroethamphetamine (3-FEA)', NULL, 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', NULL, NULL),
	('4_fea', '4-Fluoroethamphetamine (4-FEA)', NULL, 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Prescription stimulants', NULL, NULL),
	('cathinone', 'Cathinone', '카티논', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	('methcathinone', 'Methcathinone', '메스케치논', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	('mephedrone', 'Mephedrone (4-MMC)', '메페드론', 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	('mdpv', 'MDPV (3,4-methylenedioxypyrovalerone)', NULL, 'Amphetamine-type stimulants (excluding “ecstasy”)', 'Other stimulants', '향정신성의약품', 'I'),
	-- "ecstasy"-type
	('mdma', 'MDMA', '엠디엠에이', '“Ecstasy”-type substances', '“Ecstasy”-type substances', '향정신성의약품', 'I'),
	('mda', 'MDA (tenamfetamine)', NULL, '“Ecstasy”-type substances', '“Ecstasy”-type substances', '향정신성의약품', 'I'),
	('mdea', 'MDEA', NULL, '“Ecstasy”-type substances', '“Ecstasy”-type substances', '향정신성의약품', 'I'),
	-- cannabis-type
	('cannabis_herb', 'Cannabis herb', '대마초', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis herb (marijuana)', '대마', 'I'),
	('cannabis_resin', 'Cannabis resin', '대마수지', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis resin (hashish)', '대마', 'I'),
	('cannabis_oil', 'Cannabis oil', '대마오일', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis oil', '대마', 'I'),
	('cannabis_plant', 'Cannabis plant', '대마 식물', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis plants', '대마', 'I'),
	('cannabis_seed', 'Cannabis seed', '대마 종자', 'Cannabis-type drugs (excluding synthetic cannabinoids)', 'Cannabis seed', NULL, NULL),
	-- cocaine-type
	('cocaine', 'Cocaine', '코카인', 'Cocaine-type', 'Cocaine', '마약', 'II'),
	('coca_leaf', 'Coca leaf', '코카 잎', 'Cocaine-type', 'Coca-type', '마약', 'II'),
	('coca_bush', 'Coca bush', '코카 관목', 'Cocaine-type', 'Coca-type', NULL, NULL),
	-- opioids
	('heroin', 'Heroin', '헤로인', 'Opioids', 'Opiates', '마약', 'I'),
	('morphine', 'Morphine', '모르핀', 'Opioids', 'Opiates', '마약', 'II'),
	('opium', 'Opium', '아편', 'Opioids', 'Opiates', '마약', 'II'),
	('opium_poppy', 'Opium poppy', '양귀비', 'Opioids', 'Opiates', '마약', 'II'),
	('poppy_straw', 'Poppy straw', '앵속각', 'Opioids', 'Opiates', '마약', 'II'),
	('poppy_seed', 'Poppy seed', '양귀비 씨', 'Opioids', 'Opiates', NULL, NULL),
	('acetylated_opium', 'Acetylated opium', NULL, 'Opioids', 'Other illicit opiates', '마약', 'I'),
	('fentanyl', 'Fentanyl', '펜타닐', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('carfentanil', 'Carfentanil', '카르펜타닐', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('3_methylfentanyl', '3-Methylfentanyl', '3-메틸펜타닐', 'Opioids', 'Other illicit opioids', '마약', 'I'),
	('desomorphine', 'Desomorphine', '데소모르핀', 'Opioids', 'Other illicit opioids', '마약', 'I'),
	('u_47700', 'U-47700', NULL, 'Opioids', 'Pharmaceutical opioids', NULL, 'I'),
	('oxycodone', 'Oxycodone', '옥시코돈', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('hydrocodone', 'Hydrocodone', '히드로코돈', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('codeine', 'Codeine', '코데인', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('methadone', 'Methadone', '메타돈', 'Opioids', 'Pharmaceutical opioids', '마약', 'II'),
	('buprenorphine', 'Buprenorphine', '부프레노르핀', 'Opioids', 'Pharmaceutical opioids', '향정신성의약품', 'III'),
	('tramadol', 'Tramadol', '트라마돌', 'Opioids', 'Pharmaceutical opioids', NULL, 'IV'),
	('naloxone', 'Naloxone', '날록손', 'Opioids', 'Pharmaceutical opioids', NULL, NULL),
	-- nitazenes (2-benzylbenzimidazole opioids), each with its own key and
	-- one key for the class as reports name it; U.S.: DEA Schedule I (21 CFR
	-- 1308.11: isotonitazene 2021; metonitazene, protonitazene 2022 as
	-- temporary orders); Korean class not stated (not verified here)
	('isotonitazene', 'Isotonitazene', '이소토니타젠', 'Opioids', 'Other illicit opioids', NULL, 'I'),
	('metonitazene', 'Metonitazene', '메토니타젠', 'Opioids', 'Other illicit opioids', NULL, 'I'),
	('protonitazene', 'Protonitazene', '프로토니타젠', 'Opioids', 'Other illicit opioids', NULL, 'I'),
	('nitazene', 'Nitazenes, unspecified', '니타젠', 'Opioids', 'Other illicit opioids', NULL, NULL),
	-- hallucinogens
	('lsd', 'LSD', '엘에스디', 'Hallucinogens', 'LSD', '향정신성의약품', 'I'),
	('psilocybin', 'Psilocybin', '사일로시빈', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('dmt', 'DMT (dimethyltryptamine)', '디메틸트립타민', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('mescaline', 'Mescaline', '메스칼린', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('pcp', 'Phencyclidine (PCP)', '펜사이클리딘', 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'II'),
	('2c_b', '2C-B', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('25b_nbome', '25B-NBOMe', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('25c_nbome', '25C-NBOMe', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('dob', 'DOB (brolamfetamine)', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	('dom', 'DOM (STP)', NULL, 'Hallucinogens', 'Other Hallucinogens', '향정신성의약품', 'I'),
	-- new psychoactive substances
	('ketamine', 'Ketamine', '케타민', 'NPS', 'Ketamine and phencyclidine-type substances', '향정신성의약품', 'III'),
	('synthetic_cannabinoid', 'Synthetic cannabinoids', '합성 칸나비노이드', 'NPS', 'Synthetic cannabinoids (Spice)', '향정신성의약품', 'I'),
	('khat', 'Khat', '카트', 'NPS', 'Plant-based NPS', '향정신성의약품', 'I'),
	('kratom', 'Kratom', '크라톰', 'NPS', 'Plant-based NPS', '향정신성의약품', NULL),
	('salvia_divinorum', 'Salvia divinorum', '살비아 디비노럼', 'NPS', 'Plant-based NPS', '향정신성의약품', NULL),
	('ayahuasca', 'Ayahuasca', '아야와스카', 'NPS', 'Plant-based NPS', '향정신성의약품', 'I'),
	('doc', 'DOC (2,5-dimethoxy-4-chloroamphetamine)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_fa', '4-Fluoroamphetamine (4-FA)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_fma', '4-Fluoromethamphetamine (4-FMA)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_ma', '4-Methylamphetamine (4-MA)', NULL, 'NPS', 'Phenethylamines', NULL, NULL),
	('4_mec', '4-MEC (4-methylethcathinone)', NULL, 'NPS', 'Synthetic cathinones', NULL, 'I'),
	('alpha_php', 'alpha-PHP', NULL, 'NPS', 'Synthetic cathinones', NULL, 'I'),
	('alpha_phpp', 'alpha-PHpP (PV8)', NULL, 'NPS', 'Synthetic cathinones', NULL, 'I'),
	('pentedrone', 'Pentedrone', '펜테드론', 'NPS', 'Synthetic cathinones', NULL, 'I'),
	-- sedatives and tranquillizers
	('alprazolam', 'Alprazolam', '알프라졸람', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('clonazepam', 'Clonazepam', '클로나제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('diazepam', 'Diazepam', '디아제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('lorazepam', 'Lorazepam', '로라제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('midazolam', 'Midazolam', '미다졸람', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('bromazepam', 'Bromazepam', '브로마제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('chlordiazepoxide', 'Chlordiazepoxide', '클로르디아제폭시드', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('estazolam', 'Estazolam', '에스타졸람', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('flunitrazepam', 'Flunitrazepam', '플루니트라제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('nimetazepam', 'Nimetazepam', '니메타제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('nitrazepam', 'Nitrazepam', '니트라제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('oxazepam', 'Oxazepam', '옥사제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', '향정신성의약품', 'IV'),
	('phenazepam', 'Phenazepam', '페나제팜', 'Sedatives and tranquillizers', 'Benzodiazepines', NULL, NULL),
	('zopiclone', 'Zopiclone', '조피클론', 'Sedatives and tranquillizers', 'Other sedatives and tranquillizers', '향정신성의약품', NULL),
	-- zolpidem: 향정신성의약품 (마약류 관리에 관한 법률), U.S. Schedule IV (21 CFR 1308.14);
	-- propofol: 향정신성의약품 since 2011, not federally scheduled in the U.S.
	('zolpidem', 'Zolpidem', '졸피뎀', 'Sedatives and tranquillizers', 'Other sedatives and tranquillizers', '향정신성의약품', 'IV'),
	('propofol', 'Propofol', '프로포폴', 'Sedatives and tranquillizers', 'Other sedatives and tranquillizers', '향정신성의약품', NULL),
	-- xylazine: a veterinary sedative, not federally scheduled as of 2024
	-- (ONDCP designated fentanyl-adulterated xylazine an emerging threat,
	-- April 2023); not known to be controlled in Korea, so no Korean class;
	-- not under international control, so no UNODC group
	('xylazine', 'Xylazine', '자일라진', NULL, NULL, NULL, NULL),
	('methaqualone', 'Methaqualone', '메타콸론', 'Sedatives and tranquillizers', 'Methaqualone', '향정신성의약품', 'I'),
	('ghb', 'GHB (gamma-hydroxybutyric acid)', '지에이치비', 'Sedatives and tranquillizers', 'GBL/GHB', '향정신성의약품', 'I'),
	('gbl', 'GBL (gamma-butyrolactone)', '감마부티로락톤', 'Sedatives and tranquillizers', 'GBL/GHB', NULL, NULL),
	-- other
	('dextromethorphan', 'Dextromethorphan', '덱스트로메토르판', NULL, NULL, '향정신성의약품', NULL),
	('narcotic_pharmaceutical', 'Pharmaceuticals containing narcotics, unspecified', '마약류 함유 의약품', NULL, NULL, NULL, NULL),
	('alcohol', 'Alcohol', '알코올', 'Any other drugs/substances', 'Other miscellaneous', NULL, NULL),
	('caffeine', 'Caffeine', '카페인', 'Any other drugs/substances', 'Other miscellaneous', NULL, NULL),
	-- precursors
	('ephedrine', 'Ephedrine', '에페드린', 'Precursors', 'Precursors', NULL, NULL),
	('pseudoephedrine', 'Pseudoephedrine', '슈도에페드린', 'Precursors', 'Precursors', NULL, NULL),
	('p2p', 'Phenylacetone (P-2-P)', '페닐아세톤', 'Precursors', 'Precursors', NULL, 'II'),
	('pmk', '3,4-MDP-2-P (PMK)', NULL, 'Precursors', 'Precursors', NULL, NULL),
	('acetic_anhydride', 'Acetic anhydride', '무수초산', 'Precursors', 'Precursors', NULL, NULL),
	('acetone', 'Acetone', '아세톤', 'Precursors', 'Precursors', NULL, NULL),
	('hydrochloric_acid', 'Hydrochloric acid', '염산', 'Precursors', 'Precursors', NULL, NULL),
	('sulphuric_acid', 'Sulphuric acid', '황산', 'Precursors', 'Precursors', NULL, NULL),
	('potassium_permanganate', 'Potassium permanganate', '과망간산칼륨', 'Precursors', 'Precursors', NULL, NULL),
	('methylamine', 'Methylamine', '메틸아민', 'Precursors', 'Precursors', NULL, NULL)
) AS v;

-- aliases beyond each key, name_en and name_ko (which match by themselves)
INSERT INTO @extschema@.substance_alias (alias, lang, substance, confidence, builtin)
SELECT v.*, true FROM (VALUES
	-- methamphetamine (domain notes; "Yaba" is a UNODC label)
	('meth', 'en', 'methamphetamine', 0.9),
	('methamfetamine', 'en', 'methamphetamine', 1),
	('crystal meth', 'en', 'methamphetamine', 1),
	('crystal methamphetamine', 'en', 'methamphetamine', 1),
	('ice', 'en', 'methamphetamine', 0.8),
	('crystal', 'en', 'methamphetamine', 0.7),
	('glass', 'en', 'methamphetamine', 0.6),
	('shabu', 'en', 'methamphetamine', 0.9),
	('hiropon', 'en', 'methamphetamine', 0.9),
	('yaba', 'en', 'methamphetamine', 0.9),
	('필로폰', 'ko', 'methamphetamine', 1),
	('히로뽕', 'ko', 'methamphetamine', 1),
	('메스암페타민', 'ko', 'methamphetamine', 1),
	('아이스', 'ko', 'methamphetamine', 0.8),
	('야바', 'ko', 'methamphetamine', 0.9),
	('뽕', 'ko', 'methamphetamine', 0.5),
	-- amphetamine
	('amfetamine', 'en', 'amphetamine', 1),
	('speed', 'en', 'amphetamine', 0.7),
	('Captagon', 'en', 'amphetamine', 0.8),
	('캡타곤', 'ko', 'amphetamine', 0.8),
	('Adderall', 'en', 'amphetamine', 1),
	('Dexamfetamine', 'en', 'amphetamine', 1),
	('Dextroamphetamine', 'en', 'amphetamine', 1),
	('Dexedrine', 'en', 'amphetamine', 1),
	-- prescription stimulants and cathinones
	('Ritalin', 'en', 'methylphenidate', 1),
	('Concerta', 'en', 'methylphenidate', 1),
	('리탈린', 'ko', 'methylphenidate', 1),
	('콘서타', 'ko', 'methylphenidate', 1),
	('4-methylmethcathinone', 'en', 'mephedrone', 1),
	('4-MMC', 'en', 'mephedrone', 1),
	('3,4-Methylenedioxypyrovalerone', 'en', 'mdpv', 1),
	-- MDMA and relatives
	('3,4-methylenedioxymethamphetamine', 'en', 'mdma', 1),
	('ecstasy', 'en', 'mdma', 0.9),
	('molly', 'en', 'mdma', 0.9),
	('XTC', 'en', 'mdma', 0.9),
	('엑스터시', 'ko', 'mdma', 0.9),
	('엑스타시', 'ko', 'mdma', 0.9),
	('Tenamfetamine', 'en', 'mda', 1),
	('3,4-methylenedioxyamphetamine', 'en', 'mda', 1),
	-- cannabis
	('marijuana', 'en', 'cannabis_herb', 1),
	('marihuana', 'en', 'cannabis_herb', 1),
	('herbal cannabis', 'en', 'cannabis_herb', 1),
	('cannabis', 'en', 'cannabis_herb', 0.7),
	('weed', 'en', 'cannabis_herb', 0.9),
	('ganja', 'en', 'cannabis_herb', 0.9),
	('pot', 'en', 'cannabis_herb', 0.7),
	('대마', 'ko', 'cannabis_herb', 0.7),
	('마리화나', 'ko', 'cannabis_herb', 1),
	('떨', 'ko', 'cannabis_herb', 0.8),
	('hashish', 'en', 'cannabis_resin', 1),
	('hash', 'en', 'cannabis_resin', 0.9),
	('charas', 'en', 'cannabis_resin', 0.9),
	('해시시', 'ko', 'cannabis_resin', 1),
	('해쉬', 'ko', 'cannabis_resin', 0.9),
	('liquid marijuana', 'en', 'cannabis_oil', 1),
	-- a form that makes another cannabis product is a name of its own
	('marijuana oil', 'en', 'cannabis_oil', 1),
	('THC cartridge', 'en', 'cannabis_oil', 1),
	('THC vape cartridge', 'en', 'cannabis_oil', 1),
	('cannabis vape cartridge', 'en', 'cannabis_oil', 1),
	('marijuana vape cartridge', 'en', 'cannabis_oil', 1),
	('대마 카트리지', 'ko', 'cannabis_oil', 1),
	('liquid cannabis', 'en', 'cannabis_oil', 1),
	('hash oil', 'en', 'cannabis_oil', 1),
	('THC oil', 'en', 'cannabis_oil', 1),
	('THC vape liquid', 'en', 'cannabis_oil', 1),
	('액상대마', 'ko', 'cannabis_oil', 1),
	('대마 액상', 'ko', 'cannabis_oil', 1),
	('synthetic cannabinoids under international control', 'en', 'synthetic_cannabinoid', 1),
	('spice', 'en', 'synthetic_cannabinoid', 0.8),
	('K2', 'en', 'synthetic_cannabinoid', 0.7),
	('합성대마', 'ko', 'synthetic_cannabinoid', 1),
	('JWH-018', 'en', 'synthetic_cannabinoid', 1),
	('JWH-210', 'en', 'synthetic_cannabinoid', 1),
	('UR-144', 'en', 'synthetic_cannabinoid', 1),
	('AB-FUBINACA', 'en', 'synthetic_cannabinoid', 1),
	('ADB-CHMINACA', 'en', 'synthetic_cannabinoid', 1),
	('MDMB-CHMICA', 'en', 'synthetic_cannabinoid', 1),
	-- cocaine: every form of the alkaloid, as in UNODC's subgroup "Cocaine"
	('coke', 'en', 'cocaine', 0.9),
	('crack', 'en', 'cocaine', 0.9),
	('crack cocaine', 'en', 'cocaine', 1),
	('cocaine hydrochloride', 'en', 'cocaine', 1),
	('cocaine base', 'en', 'cocaine', 1),
	('coca paste', 'en', 'cocaine', 1),
	('Coca paste/refined cocaine base', 'en', 'cocaine', 1),
	('Other smokable forms of cocaine', 'en', 'cocaine', 1),
	('Non-specified cocaine', 'en', 'cocaine', 1),
	('basuco', 'en', 'cocaine', 1),
	('paco', 'en', 'cocaine', 1),
	('크랙', 'ko', 'cocaine', 0.9),
	-- opioids
	('smack', 'en', 'heroin', 0.8),
	('diacetylmorphine', 'en', 'heroin', 1),
	('diamorphine', 'en', 'heroin', 1),
	('Illicit morphine', 'en', 'morphine', 1),
	('fentanil', 'en', 'fentanyl', 1),
	('mefentanyl', 'en', '3_methylfentanyl', 1),
	('OxyContin', 'en', 'oxycodone', 1),
	('oxy', 'en', 'oxycodone', 0.8),
	-- xylazine (DEA and ONDCP reports; "tranq" is DEA's
	-- street name for xylazine, also said of fentanyl mixed with it)
	('tranq', 'en', 'xylazine', 0.8),
	('Rompun', 'en', 'xylazine', 1),
	('poppy plant', 'en', 'opium_poppy', 1),
	('Papaver somniferum', 'en', 'opium_poppy', 1),
	('양귀비 짚', 'ko', 'poppy_straw', 1),
	-- hallucinogens
	('Lysergic acid diethylamide', 'en', 'lsd', 1),
	('lysergide', 'en', 'lsd', 1),
	('acid', 'en', 'lsd', 0.7),
	('blotter', 'en', 'lsd', 0.6),
	('엘', 'ko', 'lsd', 0.5),
	('Psilocybine', 'en', 'psilocybin', 1),
	('magic mushrooms', 'en', 'psilocybin', 0.9),
	('shrooms', 'en', 'psilocybin', 0.9),
	('Mushrooms', 'en', 'psilocybin', 0.8),
	('실로시빈', 'ko', 'psilocybin', 1),
	('환각버섯', 'ko', 'psilocybin', 0.9),
	('Dimethyltryptamine', 'en', 'dmt', 1),
	('4-bromo-2,5-dimethoxyphenethylamine', 'en', '2c_b', 1),
	('Brolamfetamine', 'en', 'dob', 1),
	('STP', 'en', 'dom', 1),
	('2,5-dimethoxy-4-methylamphetamine', 'en', 'dom', 1),
	-- new psychoactive substances
	('special K', 'en', 'ketamine', 0.9),
	('K', 'en', 'ketamine', 0.5),
	('스페셜 K', 'ko', 'ketamine', 0.9),
	('qat', 'en', 'khat', 1),
	('Catha edulis', 'en', 'khat', 1),
	('miraa', 'en', 'khat', 1),
	('Mitragyna speciosa', 'en', 'kratom', 1),
	('2,5-Dimethoxy-4-chloroamphetamine', 'en', 'doc', 1),
	('4-methylethcathinone', 'en', '4_mec', 1),
	('Alpha-Pyrrolidinohexiophenone', 'en', 'alpha_php', 1),
	('PV8', 'en', 'alpha_phpp', 1),
	-- sedatives and tranquillizers
	('Xanax', 'en', 'alprazolam', 1),
	('자낙스', 'ko', 'alprazolam', 1),
	('Rivotril', 'en', 'clonazepam', 1),
	('Klonopin', 'en', 'clonazepam', 1),
	('리보트릴', 'ko', 'clonazepam', 1),
	('Valium', 'en', 'diazepam', 1),
	('Rohypnol', 'en', 'flunitrazepam', 1),
	('Gamma-Hydroxybutyric acid', 'en', 'ghb', 1),
	('물뽕', 'ko', 'ghb', 0.9),
	('Gamma-Butyrolactone', 'en', 'gbl', 1),
	('Ambien', 'en', 'zolpidem', 1),
	('Stilnox', 'en', 'zolpidem', 1),
	('스틸녹스', 'ko', 'zolpidem', 1),
	('Diprivan', 'en', 'propofol', 1),
	('우유주사', 'ko', 'propofol', 0.9),
	-- other
	('DXM', 'en', 'dextromethorphan', 1),
	('러미라', 'ko', 'dextromethorphan', 1),
	('pharmaceuticals containing narcotics', 'en', 'narcotic_pharmaceutical', 1),
	('illegal pharmaceuticals containing narcotics', 'en', 'narcotic_pharmaceutical', 1),
	('마약류 의약품', 'ko', 'narcotic_pharmaceutical', 1),
	('ethanol', 'en', 'alcohol', 1),
	-- precursors
	('3,4-Methylenedioxyphenyl-2-propanone', 'en', 'pmk', 1),
	('sulfuric acid', 'en', 'sulphuric_acid', 1)
) AS v;

-- factors whose source can be named (docs/substances.md)
INSERT INTO @extschema@.conversion_factor (substance, unit, grams_per_unit, basis, source, builtin)
VALUES
	('methamphetamine', 'dose', 0.03, 'net',
	 'Korea Customs Service: 0.03 g of methamphetamine per dose (1회 투약량), the figure KCS uses to state seizures as numbers of doses.',
	 true),
	('narcotic_pharmaceutical', 'tablet', 2.5880661394680086, 'gross',
	 'Derived from the Korea Customs Service press release on the Korea-U.S. joint operation "Silent Sweeper II": seizures "totaling 31.4 kg" less the drugs named by weight (18.5 kg liquid marijuana + 4.7 kg methamphetamine + 1 kg ketamine = 24.2 kg) leave 7.2 kg for 2,782 tablets of pharmaceuticals containing narcotics: 7200 g / 2782 = 2.5880661394680086 g per tablet, gross (packaging included).',
	 true);

-- dose standards whose source can be named (docs/substances.md, "Doses")
INSERT INTO @extschema@.dose_standard (standard, substance, grams_per_dose, measures, source, builtin)
VALUES
	('kcs', NULL, 0.03, 'use',
	 'Korea Customs Service press releases state a seizure as the number of people it could dose at once ("동시에 N명이 투약할 수 있는 양"), at 0.03 g per dose (1회 투약량) whatever the drug.',
	 true),
	('dea_lethal', 'fentanyl', 0.002, 'lethal',
	 'U.S. Drug Enforcement Administration, "Facts about Fentanyl" and "One Pill Can Kill": 2 milligrams of fentanyl is considered a potentially lethal dose; DEA states fentanyl seizures as potentially lethal doses.',
	 true);

-- ---------------------------------------------------------------------------
-- One catalog for a Citus cluster (docs/citus.md).  Every node reads its
-- own copy of the three tables.  After catalog_sync_setup() on the
-- coordinator, each statement that changes them there writes a snapshot of
-- all three into a Citus reference table; Citus writes it to every node in
-- the same distributed transaction, and a trigger there makes that node's
-- tables equal to it.  Without Citus nothing of this runs.
-- ---------------------------------------------------------------------------

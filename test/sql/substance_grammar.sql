-- substance names as a small grammar: salts and forms read around a known
-- name, at 0.9 times the confidence of that name for each word read
-- (docs/substances.md, "Salts and forms")
SELECT x AS name, (substance_match(x)).*
FROM unnest(ARRAY[
	-- salts and bases, after the name
	'ketamine HCl', 'Ketamine hcl', 'ketamine - HCl.', 'methamphetamine hydrochloride',
	'morphine sulfate', 'morphine sulphate', 'codeine phosphate', 'hydrocodone bitartrate',
	'zolpidem tartrate', 'fentanyl citrate', 'heroin base', 'cocaine freebase', 'cocaine free base',
	-- Korean salts, apart or written onto the name
	'메트암페타민 염산염', '케타민염산염', '졸피뎀 주석산염',
	-- forms and qualifiers, before or after
	'fentanyl pills', 'FENTANYL PILLS', 'alprazolam tablets', 'fentanyl powder', 'methamphetamine crystals',
	'liquid methamphetamine', 'fentanyl patches', 'black tar heroin', 'powder cocaine',
	'counterfeit oxycodone pills', 'fentanyl pills (blue)', 'Liquid marijuana cartridges',
	'필로폰 결정', '케타민분말', '펜타닐 패치',
	-- two words read: the confidence falls twice
	'black tar heroin pills', 'fentanyl HCl powder', 'methamphetamine hydrochloride tablets',
	-- an alias that holds such a word keeps its own meaning
	'cannabis oil', 'liquid marijuana', 'crack cocaine', 'crystal meth', 'cocaine base',
	'cocaine hydrochloride', 'hash oil', '대마오일', '액상대마', 'crystal',
	-- a form that makes another cannabis product has an alias of its own
	'marijuana oil', 'THC vape cartridges', '대마 카트리지', 'marijuana',
	-- a reading rests on a slang alias at its own confidence
	'meth pills', 'ice crystals'
]) AS x;

-- unknown stays unknown: an unknown core, a qualifier alone, a salt before
-- the name, a salt not written onto a Korean name
SELECT x AS name, normalize_substance(x) AS substance
FROM unnest(ARRAY[
	'unobtainium hydrochloride', 'crystal unobtainium', 'HCl', 'pills', 'black tar', '염산염',
	'hydrochloride ketamine', 'ketaminehcl', 'fentanylpills', '', '()', 'fentanyl (pills)x'
]) AS x;

-- every function that reads a name reads the grammar
SELECT normalize_substance('zolpidem tartrate') AS key, substance_group('zolpidem tartrate') AS unodc_group,
       kr_class('졸피뎀 주석산염') AS kr_class, to_mass('10 doses', 'methamphetamine hydrochloride') AS mass;

-- a user's alias overrides a reading
INSERT INTO substance_alias (alias, lang, substance, confidence) VALUES ('ketamine HCl', 'en', 'ketamine', 1);
SELECT (substance_match('ketamine HCl')).*;
DELETE FROM substance_alias WHERE NOT builtin;
SELECT (substance_match('ketamine HCl')).*;

-- the new substances and their classes
SELECT key, name_ko, unodc_group, kr_class, us_schedule FROM substance
WHERE key IN ('xylazine', 'isotonitazene', 'metonitazene', 'protonitazene', 'nitazene', 'propofol', 'zolpidem')
ORDER BY key;
SELECT x AS name, normalize_substance(x) AS substance
FROM unnest(ARRAY['Xylazine', '자일라진', 'tranq', 'nitazenes', '니타젠', 'Isotonitazene', '프로포폴',
                  'Diprivan', '졸피뎀', 'Ambien', 'Stilnox', '스틸녹스']) AS x;

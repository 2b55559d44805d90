-- substance_fold: the folding rule behind alias matching (docs/substances.md)
SELECT x AS name, substance_fold(x) AS folded
FROM unnest(ARRAY[
	-- case, spacing and punctuation
	'Crystal Meth', 'crystal-meth', 'CRYSTALMETH', '  crystal   meth  ', 'THC vape liquid',
	'3,4-Methylenedioxymethamphetamine', 'JWH-018', 'U-47700', 'Other Drugs**',
	-- bracketed qualifiers, nested, unclosed, and alone
	'Khat (Catha Edulis)', 'Cannabis resin (hashish)', 'Methylphenidate (Ritalin, Concerta)',
	'Coca paste (intermediate products) (please specify)', 'Poppy [dried (ripe) capsules] straw',
	'Khat (Catha Edulis', '(LSD)', '[MDMA]', 'Nimetazepam (Erimin, “Happy Five”)',
	-- plurals: -s, -ies, and words that keep their s
	'Tablets', 'Mushrooms', 'Poppies', 'Cannabis plants', 'cannabis', 'Catha edulis',
	'glass', 'gas', 'Ks', 'bus', 'Spices',
	-- typographic quotes, no-break space, fullwidth forms, Greek letters, Latin-1 capitals
	'“Yaba”', '"Captagon"', '4-Fluoromethamphetamine' || chr(160) || '(4-FMA)',
	'ＭＤＭＡ（엑스터시）', 'Ｋ２', 'α-PVP', 'γ-Hydroxybutyrate', 'ÉCSTASY', 'Ñ',
	-- Korean is kept as written; spacing and punctuation still go
	'액상대마', '액상 대마', '스페셜 K', '대마·오일', '「필로폰」',
	-- nothing left
	'**', '()', ''
]) AS x;


-- to_mass(quantity_tally, substance): one mass estimate from a tally
-- the press release's "31.4 kg": 24.2 kg of drugs plus 2,782 tablets at gross
-- weight; the bases differ, so one mass would be silently wrong: refused
SELECT to_mass('24.2 kg + 2782 tablets'::quantity_tally, 'narcotic_pharmaceutical') AS press_total;
SELECT to_mass('24.2 kg gross + 2782 tablets'::quantity_tally, 'narcotic_pharmaceutical') AS all_gross;
SELECT to_mass('2782 tablets'::quantity_tally, 'pharmaceuticals containing narcotics') AS tablets_only;
-- a pure measured mass stays a measurement; volumes count 1 kg per litre without a density
SELECT to_mass('1 kg + 500 g'::quantity_tally, 'cocaine') AS mass_only,
       to_mass('1 kg + ~2 kg'::quantity_tally, 'cocaine') AS with_estimate,
       to_mass('1 kg bulk + 0.5 L'::quantity_tally, 'cannabis oil') AS with_volume,
       to_mass('100 doses'::quantity_tally, 'methamphetamine') AS doses,
       to_mass(''::quantity_tally, 'cocaine') AS empty;
SELECT to_mass('1 kg bulk + 0.5 L'::quantity_tally, 'cannabis oil', 'bulk') AS bulk;
SELECT to_mass('1 kg + 0.5 L'::quantity_tally, 'cannabis oil', 'bulk') AS unstated_and_bulk;
-- errors: no factor, unknown substance, bad basis
SELECT to_mass('1 kg + 3 capsules'::quantity_tally, 'cocaine');
SELECT to_mass('1 kg'::quantity_tally, 'not a drug');
SELECT to_mass('1 kg + 0.5 L'::quantity_tally, 'cannabis oil', 'net');
SELECT to_mass('1 kg'::quantity_tally, 'cocaine', 'wet');
\set VERBOSITY sqlstate
SELECT to_mass('1 kg + 3 capsules'::quantity_tally, 'cocaine');
SELECT to_mass('1 kg'::quantity_tally, 'not a drug');
\set VERBOSITY default

-- seizure 0.2.0 -> 0.3.0
--
-- Every change to the catalog since 0.2.0, one section per concept.  The
-- result must equal a fresh install of 0.3.0 (test/extra/upgrade_path.sh),
-- and values stored under 0.2.0 must read back identical
-- (test/extra/upgrade_data.sh).

\echo Use "ALTER EXTENSION seizure UPDATE TO '0.3.0'" to load this file. \quit

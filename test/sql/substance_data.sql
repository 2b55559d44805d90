-- The drug labels of the real CBP and UNODC files resolve as docs/substances.md
-- documents.  The files are read from test/data/real, relative to the repository
-- root where the tests run, or from the folder named by $SEIZURE_DATA.  Without
-- them the Makefile leaves this test out and make test reports it as skipped.
CREATE TEMP TABLE cbp (fy text, month text, component text, region text, land_filter text,
	office text, drug_type text, events text, lbs text);
\copy cbp FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/cbp/nationwide-drugs-fy19-fy22.csv"' CSV HEADER
\copy cbp FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/cbp/nationwide-drugs-fy23-fy26-dec.csv"' CSV HEADER
\copy cbp FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/cbp/amo-drug-seizures-fy19-fy22.csv"' CSV HEADER
\copy cbp FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/cbp/amo-drug-seizures-fy23-fy26-dec.csv"' CSV HEADER
CREATE TEMP TABLE unodc (region text, subregion text, country text, drug_group text,
	drug_subgroup text, drug_name text, year text, kilograms text, ms_code text);
\copy unodc FROM PROGRAM 'cat "${SEIZURE_DATA:-test/data/real}/unodc/drug_seizures_2018_2022.csv"' CSV HEADER

SELECT count(*) AS cbp_rows FROM cbp;
SELECT count(*) AS unodc_rows FROM unodc;

-- CBP "Drug Type": every label but "Other Drugs**" names one substance
SELECT drug_type, normalize_substance(drug_type) AS key, count(*) AS rows
FROM cbp GROUP BY 1 ORDER BY 1;

-- UNODC "DrugName", mapped: label, key, confidence of the match
SELECT drug_name, m.substance AS key, m.confidence
FROM (SELECT DISTINCT drug_name FROM unodc) d, LATERAL substance_match(drug_name) m
WHERE m.substance IS NOT NULL ORDER BY 2, 1;

-- UNODC "DrugName", unmapped: classes, totals, "other" and "non-specified" labels
SELECT drug_name FROM (SELECT DISTINCT drug_name FROM unodc) d
WHERE normalize_substance(drug_name) IS NULL ORDER BY 1;

SELECT count(DISTINCT drug_name) AS labels,
       count(DISTINCT drug_name) FILTER (WHERE normalize_substance(drug_name) IS NOT NULL) AS mapped,
       count(*) FILTER (WHERE normalize_substance(drug_name) IS NOT NULL) AS mapped_rows
FROM unodc;

#!/usr/bin/env bash
# Telephone keys against libphonenumber (python3-phonenumbers): every example
# number of every region and number type, typed at home, abroad after every
# international prefix of every country in party_phone_countries(), and
# without a default country (test/extra/phone_oracle.py lists the forms).
# A key must be the number's E.164 form, which libphonenumber also gives, or
# NULL; where libphonenumber is wrong the case carries the reason and the
# key must still be the E.164 form.  Prints the exceptions by reason and the
# NULL rate per default country; fails on any wrong key.
set -euo pipefail
# what it checks does not depend on the server's version: the host's run has it
if [ -n "${SEIZURE_IN_ROOT:-}" ]; then
	echo "skipped on PostgreSQL $SEIZURE_IN_ROOT: the libphonenumber comparison and its data run on the host's PostgreSQL only"
	exit 77
fi
cd "$(dirname "$0")/../.."
bash scripts/deps.sh python3-phonenumbers >/dev/null
export LC_ALL=C
work=$(mktemp -d)
db=phone_oracle_$$
cleanup() { dropdb --if-exists "$db" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
createdb -E UTF8 -T template0 "$db"
psql -qX -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION seizure"
psql -qAtX -F $'\t' -v ON_ERROR_STOP=1 -d "$db" -c \
	"SELECT country, unnest(international_prefixes || carrier_prefixes) FROM party_phone_countries()" \
	> "$work/prefixes.tsv"
/usr/bin/python3 test/extra/phone_oracle.py < "$work/prefixes.tsv" > "$work/cases.tsv"
psql -qX -v ON_ERROR_STOP=1 -d "$db" <<SQL
CREATE TABLE cases (country text, typed text, truth text, lib text, reason text);
\copy cases FROM '$work/cases.tsv' WITH (FORMAT text, NULL '\N')
CREATE TABLE results AS
  SELECT *, CASE WHEN country = '' THEN normalize_party(typed, 'phone')
                 ELSE normalize_party(typed, 'phone', country) END AS ours
    FROM cases;
\pset footer off
\echo cases, and keys equal to those of libphonenumber
SELECT count(*) AS cases,
       count(*) FILTER (WHERE ours IS NOT NULL AND ours = lib) AS keys_equal_to_libphonenumber,
       count(*) FILTER (WHERE ours IS NOT NULL AND reason <> '' AND ours = truth) AS keys_where_libphonenumber_is_wrong,
       count(*) FILTER (WHERE ours IS NULL) AS null_keys,
       count(*) FILTER (WHERE ours IS NOT NULL AND (ours <> truth OR (lib <> truth AND reason = ''))) AS wrong_keys
  FROM results;
\echo exceptions: libphonenumber differs from the number typed
SELECT regexp_replace(reason, '\(.*\)', '(…)') AS reason, count(*) AS cases
  FROM results WHERE reason <> '' GROUP BY 1 ORDER BY 2 DESC, 1;
\echo NULL rate per default country (an empty country: none given)
SELECT country, count(*) AS cases, count(*) FILTER (WHERE ours IS NULL) AS nulls,
       round(100.0 * count(*) FILTER (WHERE ours IS NULL) / count(*), 1) AS null_pct
  FROM results GROUP BY 1 ORDER BY 1;
\echo wrong keys (first 50)
SELECT country, typed, truth, lib, ours FROM results
 WHERE ours IS NOT NULL AND (ours <> truth OR (lib <> truth AND reason = ''))
 ORDER BY 1, 2 LIMIT 50;
SQL
wrong=$(psql -qAtX -d "$db" -c "SELECT count(*) FROM results WHERE ours IS NOT NULL AND (ours <> truth OR (lib <> truth AND reason = ''))")
echo "wrong phone keys: $wrong"
[ "$wrong" -eq 0 ]

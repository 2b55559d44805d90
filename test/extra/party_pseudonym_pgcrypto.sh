#!/usr/bin/env bash
# party_pseudonym against pgcrypto's hmac() as an outside oracle: the same
# message ('seizure-party-v1' 0x00 kind 0x00 key, the key in UTF-8) under
# the same secret must give the same 64 hex digits, for phones (with and
# without a default country), e-mails, the Korean names of the test set,
# Western names and addresses, under secrets of 16 to 100 bytes that change
# from row to row; a NULL key must give NULL.  Then the example of
# docs/networks.md's party_pseudonym section runs and prints what the page
# says.  Skipped (77) where pgcrypto is not installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8
if [ "$(psql -qAtX -c "SELECT count(*) FROM pg_available_extensions WHERE name = 'pgcrypto'")" != 1 ]; then
	echo "pgcrypto is not installed: nothing to check party_pseudonym against"
	exit 77
fi
db=party_pseudonym_$$
tmp_dir=$(mktemp -d)
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true; rm -rf "$tmp_dir"' EXIT
createdb -E UTF8 -T template0 "$db"
psql -qX -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE EXTENSION seizure;
CREATE EXTENSION pgcrypto;
SELECT setseed(0.4231) \g /dev/null
CREATE TABLE pool (v text);
\copy pool FROM PROGRAM 'cut -f2 test/data/korean_names/pairs.tsv; cut -f3 test/data/korean_names/pairs.tsv'
CREATE TABLE secrets AS
  SELECT n, gen_random_bytes(len) AS s
    FROM unnest('{16,17,31,32,63,64,65,100}'::int[]) WITH ORDINALITY AS t(len, n);
CREATE TABLE cases AS
  SELECT v, 'name' AS kind, NULL::text AS country FROM pool
  UNION ALL
  SELECT format(CASE g % 6 WHEN 0 THEN '010-%s-%s' WHEN 1 THEN '+82 10 %s %s' WHEN 2 THEN '0082-10-%s-%s'
                           WHEN 3 THEN '(212) %s-%s' WHEN 4 THEN '+1 415 %s %s' ELSE 'call %s %s' END,
                lpad((random() * 9999)::int::text, 4, '0'), lpad((random() * 9999)::int::text, 4, '0')),
         'phone', (ARRAY['KR', 'US', NULL])[1 + g % 3]
    FROM generate_series(1, 6000) g
  UNION ALL
  SELECT format('  %s.%s%s@Example.%s ', f, l, g, (ARRAY['COM', 'kr', 'org'])[1 + g % 3]), 'email', NULL
    FROM generate_series(1, 1000) g,
         LATERAL (SELECT (ARRAY['Kim', 'Lee', 'Park', 'Ana', 'José'])[1 + g % 5] AS f,
                         (ARRAY['MinSu', 'Müller', 'Smith', 'Ivanova'])[1 + g % 4] AS l) n
  UNION ALL
  SELECT format('%s %s St., Apt #%s', g, (ARRAY['Main', 'Oak', '테헤란로', 'Straße'])[1 + g % 4], g % 50),
         'address', NULL
    FROM generate_series(1, 1000) g
  UNION ALL
  SELECT v, k, NULL FROM (VALUES ('', 'name'), (' -- ', 'address'), ('   ', 'email')) e(v, k);
CREATE TABLE results AS
  SELECT c.*, s.n,
         CASE WHEN c.country IS NULL THEN party_pseudonym(c.v, c.kind, s.s)
              ELSE party_pseudonym(c.v, c.kind, c.country, s.s) END AS got,
         encode(hmac(convert_to('seizure-party-v1', 'UTF8') || '\x00'::bytea || convert_to(c.kind, 'UTF8')
                     || '\x00'::bytea || convert_to(CASE WHEN c.country IS NULL THEN normalize_party(c.v, c.kind)
                                                         ELSE normalize_party(c.v, c.kind, c.country) END, 'UTF8'),
                     s.s, 'sha256'), 'hex') AS want
    FROM (SELECT *, row_number() OVER () AS r FROM cases) c
    JOIN secrets s ON s.n = 1 + (c.r * 7) % 8;
\pset footer off
SELECT kind, count(*) AS cases, count(got) AS pseudonyms,
       count(*) FILTER (WHERE got IS DISTINCT FROM want) AS differ
  FROM results GROUP BY kind ORDER BY kind;
\echo rows where party_pseudonym and hmac differ (secrets are random: each is shown)
SELECT kind, v, country, encode(s, 'hex') AS secret, got, want FROM results JOIN secrets USING (n) WHERE got IS DISTINCT FROM want LIMIT 20;
SQL
read -r differ keyed distinct_secrets < <(psql -qAtX -F ' ' -d "$db" -c "
  SELECT count(*) FILTER (WHERE got IS DISTINCT FROM want), count(got), count(DISTINCT n) FILTER (WHERE got IS NOT NULL)
    FROM results")
echo "party_pseudonym vs pgcrypto hmac: $keyed pseudonyms under $distinct_secrets secrets, $differ differ"
[ "$differ" -eq 0 ] && [ "$keyed" -ge 7000 ] && [ "$distinct_secrets" -eq 8 ] || exit 1

# the page's example: its first sql block, and the output block after it
section() { sed -n '/^## party_pseudonym$/,/^## /p' docs/networks.md; }
section | awk '/^```sql$/ { n++; on = (n == 1); next } /^```$/ { on = 0 } on' > "$tmp_dir/example.sql"
section | awk 'st == 0 && /^```sql$/ { st = 1; next } st > 0 && /^```/ { if (++st > 3) exit; next } st == 3' > "$tmp_dir/example.want"
[ -s "$tmp_dir/example.sql" ] && [ -s "$tmp_dir/example.want" ] || { echo "no example in docs/networks.md"; exit 1; }
PGOPTIONS="-c client_min_messages=warning" psql -qX -v ON_ERROR_STOP=1 -d "$db" -c '\pset footer off' -f "$tmp_dir/example.sql" | sed -e "s/ *$//" -e "/^$/d" > "$tmp_dir/example.got"
diff "$tmp_dir/example.want" "$tmp_dir/example.got" || { echo "docs/networks.md's party_pseudonym example prints otherwise (< page, > run)"; exit 1; }
echo "docs/networks.md's party_pseudonym example prints what the page says"

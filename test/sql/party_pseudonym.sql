-- party_pseudonym: keyed hashes of party keys for hit/no-hit exchange.
-- HMAC-SHA-256 under the secret of 'seizure-party-v1' 0x00 kind 0x00 key;
-- the values below were computed apart, with Python's hmac module, and
-- test/extra/party_pseudonym_pgcrypto.sh checks many more against pgcrypto.
SELECT getdatabaseencoding();

-- Labels are part of the contract: the secret is an argument, so IMMUTABLE
SELECT p.oid::regprocedure AS function, provolatile, proisstrict, proparallel, prosecdef
  FROM pg_proc p
 WHERE proname = 'party_pseudonym'
 ORDER BY p.oid::regprocedure::text COLLATE "C";

\set s1 '\'\\x000102030405060708090a0b0c0d0e0f\'::bytea'
\set s2 '\'seizure test secret two, 32 byte\'::bytea'
\set s3 '\'\\x0f0e0d0c0b0a09080706050403020100\'::bytea'

-- 64 lower-case hex digits, whatever the kind and the key's length
SELECT v, kind, normalize_party(v, kind) AS key, party_pseudonym(v, kind, :s1) AS pseudonym
  FROM (VALUES ('+82 10-1234-5678', 'phone'), ('  Kim.MinSu@Example.COM ', 'email'),
               ('KIM, Min-su', 'name'), ('김민수', 'name'),
               ('서울특별시 강남구 테헤란로 123, 4층 (역삼동)', 'address')) t(v, kind);
SELECT count(*) AS pseudonyms, min(length(p)) AS min_length, max(length(p)) AS max_length,
       bool_and(p ~ '^[0-9a-f]{64}$') AS all_hex
  FROM (SELECT party_pseudonym(v, 'address', :s1) AS p
          FROM (SELECT repeat('Main Street ', g) AS v FROM generate_series(1, 40) g) t) q;

-- the same person written differently on both sides: the same pseudonym
SELECT party_pseudonym('010-1234-5678', 'phone', 'KR', :s1) AS national_kr,
       party_pseudonym('+82 10 1234 5678', 'phone', :s1) AS international,
       party_pseudonym('010-1234-5678', 'phone', 'KR', :s1)
         = party_pseudonym('+82 10 1234 5678', 'phone', :s1) AS same;
SELECT party_pseudonym('KIM, Min-su', 'name', :s1) = party_pseudonym('김민수', 'name', :s1) AS same_name,
       party_pseudonym('kim.minsu@example.com', 'EMAIL', :s1)
         = party_pseudonym('  Kim.MinSu@Example.COM ', 'email', :s1) AS same_email_kind_in_any_case;

-- another secret, another pseudonym; another kind with the same key, too
SELECT party_pseudonym('+82 10 1234 5678', 'phone', :s2) AS other_secret,
       party_pseudonym('+82 10 1234 5678', 'phone', :s1)
         <> party_pseudonym('+82 10 1234 5678', 'phone', :s2) AS differ;
SELECT normalize_party('Kim', 'name') AS name_key, normalize_party('KIM', 'email') AS email_key,
       party_pseudonym('Kim', 'name', :s1) AS name, party_pseudonym('KIM', 'email', :s1) AS email;
-- secrets longer than SHA-256's block are hashed first (RFC 2104)
SELECT party_pseudonym('+82 10 1234 5678', 'phone', decode(repeat('ab', 100), 'hex')) AS long_secret;

-- NULL where the key is NULL (and on NULL arguments: STRICT)
SELECT party_pseudonym('010-1234-5678', 'phone', :s1) AS national_without_country,
       party_pseudonym('call me', 'phone', :s1) AS no_number,
       party_pseudonym(' -- ', 'name', :s1) AS nothing_to_match,
       party_pseudonym(NULL, 'phone', :s1) AS null_value,
       party_pseudonym('+82 10 1234 5678', 'phone', NULL) AS null_secret;

-- one call site, secrets changing from row to row (the keyed state is kept
-- per call site and rebuilt when the secret changes): every row equals its
-- own call
SELECT i, party_pseudonym(v, 'phone', 'KR', s) = CASE
         WHEN s = :s1 THEN party_pseudonym(v, 'phone', 'KR', :s1)
         WHEN s = :s2 THEN party_pseudonym(v, 'phone', 'KR', :s2)
         WHEN s = :s3 THEN party_pseudonym(v, 'phone', 'KR', :s3)
         ELSE party_pseudonym(v, 'phone', 'KR', decode(repeat('ab', 100), 'hex')) END AS same,
       party_pseudonym(v, 'phone', 'KR', s) = party_pseudonym(v, 'phone', 'KR', :s1) AS same_as_s1
  FROM (VALUES (1, '010-1234-5678', :s2), (2, '010-1234-5678', :s1),
               (3, '010-1234-5678', :s3),   -- as long as s1: its own state all the same
               (4, '02-312-3456', decode(repeat('ab', 100), 'hex')),
               (5, '02-312-3456', :s1), (6, '010-1234-5678', :s1), (7, '02-312-3456', :s3)) t(i, v, s)
 ORDER BY i;

-- a secret shorter than 16 bytes is refused, whatever the value
SELECT party_pseudonym('+82 10 1234 5678', 'phone', '\x000102030405060708090a0b0c0d0e'::bytea);
SELECT party_pseudonym('call me', 'phone', ''::bytea);
SELECT party_pseudonym('010-1234-5678', 'phone', 'KR', 'short'::bytea);
-- also after a good secret at the same call site
SELECT party_pseudonym('+82 10 1234 5678', 'phone', s) IS NOT NULL
  FROM (VALUES (1, :s1), (2, 'short'::bytea)) t(i, s) ORDER BY i;
-- the kind and the country as normalize_party reads them
SELECT party_pseudonym('Kim', 'nickname', :s1);
SELECT party_pseudonym('Kim', 'name', 'KR', :s1);
SELECT party_pseudonym('010-1234-5678', 'phone', 'XX', :s1);
\set VERBOSITY sqlstate
SELECT party_pseudonym('+82 10 1234 5678', 'phone', '\x000102030405060708090a0b0c0d0e'::bytea);
SELECT party_pseudonym('010-1234-5678', 'phone', 'KR', ''::bytea);
\set VERBOSITY default

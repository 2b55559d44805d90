#!/usr/bin/env bash
# party_pseudonym hashes the key in UTF-8: a Korean name typed into an
# EUC_KR database (where its key is EUC-KR bytes) gets the pseudonym it gets
# in a UTF8 database, and a SQL_ASCII one (which converts nothing) too when
# the client sends UTF-8.  The expected values were computed apart, with
# Python's hmac over 'seizure-party-v1' 0x00 kind 0x00 key in UTF-8.
set -euo pipefail
cd "$(dirname "$0")/../.."
dbs=()
trap 'for d in "${dbs[@]}"; do dropdb --if-exists "$d" >/dev/null 2>&1 || true; done' EXIT
secret="'\\x000102030405060708090a0b0c0d0e0f'::bytea"
rc=0
for enc in UTF8 EUC_KR SQL_ASCII; do
	db=party_pseudonym_${enc,,}_$$
	dbs+=("$db")
	createdb -E "$enc" --locale=C -T template0 "$db"
	psql -qAtX -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION seizure"
	while IFS='|' read -r value kind want; do
		got=$(PGCLIENTENCODING=UTF8 psql -qAtX -v ON_ERROR_STOP=1 -d "$db" \
			-c "SELECT party_pseudonym('$value', '$kind', $secret)")
		if [ "$got" = "$want" ]; then
			echo "$enc: party_pseudonym('$value', '$kind') = $got"
		else
			echo "$enc: party_pseudonym('$value', '$kind') = $got, want $want"
			rc=1
		fi
	done <<'CASES'
김민수|name|099ac32852e40b539ee56519c7d97e835ad607ded77e6d5ce92bfa360b72270d
서울특별시 강남구 테헤란로 123, 4층 (역삼동)|address|ea599a01c95d926920fffa84da8793b07e91078d49b22b8664057f137d4398db
+82 10-1234-5678|phone|a26b01292dd4a8884dd97a72a62dce1be99b19a3a8fbb48e4b8a70c56874de40
CASES
done
exit $rc

-- seizure: exact drug-seizure analytics for PostgreSQL
\echo Use "CREATE EXTENSION seizure" to load this file. \quit

-- The board reads a month's counts of every commune (13,000 ids with the versions before the
-- 2025 merger): with the count in the key's index, that is an index-only scan, not a visit to
-- a heap page per commune (rows of a month lie among those of the other months).
alter table coverage_total drop constraint coverage_total_pkey;
alter table coverage_total add primary key (month, scheme, commune_id) include (participants);

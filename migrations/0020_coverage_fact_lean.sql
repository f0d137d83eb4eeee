-- Coverage facts are derived rows, rewritten a year at a time by the rebuild: millions of them
-- at national scale. Their commune ids come from person_residence, whose own foreign key
-- already guarantees the commune exists, so the per-row foreign-key trigger here only slowed
-- the rebuild; and the commune index served the trend, which reads coverage_total now.
alter table coverage_fact drop constraint coverage_fact_commune_id_fkey;
drop index coverage_fact_commune_idx;

-- The year a periodic record reports on (issue 15): a survey of October–December 2026 filed in
-- January 2027 counts for 2026, not for the year it was filed. Records filed before this column
-- carry their period in the label "kỳ từ dd/mm/yyyy đến dd/mm/yyyy"; the year of its start is
-- characters 13–16 (same statement on PostgreSQL and H2).
alter table movement_record add column period_year integer;
update movement_record set period_year = cast(substring(period_label from 13 for 4) as integer)
  where period_label like 'kỳ từ __/__/____ đến %';
create index ix_movement_record_period on movement_record (kind, period_year);

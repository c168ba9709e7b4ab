-- The dashboard counts a year's notifications by kind and status (docs/dashboard.md): an index that
-- covers the query, so it reads the year's range of the index and never the whole log.
create index ix_notification_created on notification (created_at, kind, status);

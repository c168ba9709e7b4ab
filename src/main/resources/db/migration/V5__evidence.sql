-- Evidence files (minh chứng) that units and residential groups attach to their annual report and
-- their commendation proposals. The bytes live under movement.data-dir/evidence/<year>/<id>; this
-- table is the register: whose, for what, the sanitised original name for display, the type found
-- by reading the content, size and SHA-256, who uploaded it when.
create table evidence_file (
  id             varchar(36)   primary key,
  unit_id        varchar(64)   not null,
  report_year    integer       not null,
  purpose        varchar(30)   not null,
  note           varchar(500),
  task_id        varchar(64),
  original_name  varchar(255)  not null,
  content_type   varchar(100)  not null,
  size_bytes     bigint        not null,
  sha256         varchar(64)   not null,
  uploaded_by    varchar(100)  not null,
  uploaded_at    timestamp with time zone not null
);
create index ix_evidence_unit_year on evidence_file (unit_id, report_year);

-- The CTDC analysis space (issue 17): CTDC-format files imported for analysis, kept apart from
-- casework. No link to cases, persons or a municipality: the rows are a published, de-identified
-- release (or another body's), never Ariadne's own records. Each record keeps its 63 cells as
-- read, beside the few coded columns analysis filters on.
create table ctdc_imports (
  id uuid primary key,
  file_name text not null check (length(file_name) between 1 and 500),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  rows_read int not null default 0,
  rows_imported int not null default 0,
  rows_rejected int not null default 0
);

create table ctdc_records (
  import_id uuid not null references ctdc_imports(id),
  line int not null,
  year_of_registration int,
  gender text,
  age_broad text,
  citizenship text,
  country_of_exploitation text,
  cells text[] not null,
  primary key (import_id, line)
);

create table ctdc_import_issues (
  import_id uuid not null references ctdc_imports(id),
  line int not null,
  column_name text,
  reason text not null
);
create index ctdc_import_issues_import on ctdc_import_issues (import_id, line);

grant select, insert, update on ctdc_imports, ctdc_records, ctdc_import_issues to ariadne_app;

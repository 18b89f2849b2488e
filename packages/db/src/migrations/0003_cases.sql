-- Cases (issue 4): persons gain the rest of their identity (encrypted) and coded fields; cases,
-- their lifecycle history, field versions, timeline, attachments, consent, team grants,
-- break-glass access and the municipality's retention policy. Every table carries
-- municipality_id and the same row-level security policy as 0001.

alter table persons
  add column aliases_enc text,
  add column document_numbers_enc text,
  add column phone_enc text,
  add column address_enc text,
  add column document_indexes text[] not null default '{}',
  add column phone_index text,
  add column languages text[] not null default '{}',
  add column unaccompanied_minor boolean not null default false,
  add column updated_at timestamptz not null default now(),
  add column anonymised_at timestamptz,
  add constraint persons_municipality_id unique (municipality_id, id);
create index persons_phone_index on persons (municipality_id, phone_index);
create index persons_document_indexes on persons using gin (document_indexes);

create table cases (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  person_id uuid not null,
  owner_organisation_id uuid not null,
  status text not null check (status in
    ('concern_raised', 'screening', 'potential_victim', 'presumed_victim', 'in_assistance', 'closed')),
  -- The lifecycle state's own fields (reflection period, closing reason), shaped by the domain's union.
  state jsonb not null,
  high_risk boolean not null default false,
  forms text[] not null default '{}',
  assignee_id uuid references users(id),
  closed_on date,
  merged_into_case_id uuid,
  anonymised_at timestamptz,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version int not null default 1,
  unique (municipality_id, id),
  unique (municipality_id, person_id),
  foreign key (municipality_id, person_id) references persons (municipality_id, id),
  foreign key (municipality_id, owner_organisation_id) references organisations (municipality_id, id)
);
create index cases_owner_list on cases (municipality_id, owner_organisation_id, updated_at desc);
create index cases_list on cases (municipality_id, updated_at desc);
create index cases_closed on cases (municipality_id, closed_on) where status = 'closed' and anonymised_at is null;

-- Who moved the case, when and why (why is free text, so encrypted).
create table case_status_history (
  id bigserial primary key,
  municipality_id uuid not null references municipalities(id),
  case_id uuid not null,
  from_status text,
  to_status text not null,
  state jsonb not null,
  why_enc text,
  changed_by uuid references users(id),
  changed_at timestamptz not null default now(),
  foreign key (municipality_id, case_id) references cases (municipality_id, id)
);
create index case_status_history_case on case_status_history (municipality_id, case_id, id);

-- Every field change of a person or a case, kept for the team; the changes hold personal data,
-- so they are one encrypted JSON document per version.
create table case_field_versions (
  id bigserial primary key,
  municipality_id uuid not null references municipalities(id),
  case_id uuid not null,
  record_type text not null check (record_type in ('person', 'case')),
  version int not null,
  changes_enc text not null,
  changed_by uuid references users(id),
  changed_at timestamptz not null default now(),
  foreign key (municipality_id, case_id) references cases (municipality_id, id)
);
create index case_field_versions_case on case_field_versions (municipality_id, case_id, id);

-- The timeline: notes, contacts and meetings, tasks, attachments and screenings. Content is one
-- encrypted JSON document per entry; only what lists and jobs need stays in the clear
-- (kind, time, a task's due date and whether it is done).
create table case_timeline (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  case_id uuid not null,
  kind text not null check (kind in ('note', 'contact', 'task', 'attachment', 'screening')),
  at timestamptz not null default now(),
  body_enc text,
  due_on date,
  done boolean not null default false,
  assignee_id uuid references users(id),
  created_by uuid references users(id),
  version int not null default 1,
  unique (municipality_id, id),
  foreign key (municipality_id, case_id) references cases (municipality_id, id)
);
create index case_timeline_case on case_timeline (municipality_id, case_id, at);
create index case_timeline_open_tasks on case_timeline (municipality_id, case_id, due_on)
  where kind = 'task' and not done;

-- Attachment bytes, encrypted, apart from the timeline so opening a case never reads them.
create table case_attachments (
  timeline_id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  media_type text not null,
  size_bytes int not null,
  content_enc text not null,
  foreign key (municipality_id, timeline_id) references case_timeline (municipality_id, id)
);

create table case_consents (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  case_id uuid not null,
  purpose text not null check (purpose in ('processing', 'sharing', 'contact')),
  organisation_id uuid,
  given_on date not null,
  form text not null check (form in ('oral', 'written')),
  language text not null,
  interpreter boolean not null,
  withdrawn_on date,
  withdrawn_by uuid references users(id),
  recorded_by uuid references users(id),
  recorded_at timestamptz not null default now(),
  foreign key (municipality_id, case_id) references cases (municipality_id, id),
  foreign key (municipality_id, organisation_id) references organisations (municipality_id, id),
  check ((purpose = 'sharing') = (organisation_id is not null))
);
create index case_consents_case on case_consents (municipality_id, case_id);

-- The case team beyond the owner organisation: explicit grants to an organisation or a user.
create table case_grants (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  case_id uuid not null,
  organisation_id uuid,
  user_id uuid references users(id),
  granted_by uuid references users(id),
  granted_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoked_by uuid references users(id),
  foreign key (municipality_id, case_id) references cases (municipality_id, id),
  foreign key (municipality_id, organisation_id) references organisations (municipality_id, id),
  check ((organisation_id is null) <> (user_id is null))
);
create index case_grants_case on case_grants (municipality_id, case_id) where revoked_at is null;
create index case_grants_org on case_grants (municipality_id, organisation_id) where revoked_at is null;
create index case_grants_user on case_grants (municipality_id, user_id) where revoked_at is null;

-- Break-glass: content access outside the team, with a reason, for a limited time, until reviewed.
create table case_break_glass (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  case_id uuid not null,
  user_id uuid not null references users(id),
  reason_enc text,
  at timestamptz not null default now(),
  expires_at timestamptz not null,
  reviewed_at timestamptz,
  reviewed_by uuid references users(id),
  foreign key (municipality_id, case_id) references cases (municipality_id, id)
);
create index case_break_glass_case on case_break_glass (municipality_id, case_id, user_id, expires_at);
create index case_break_glass_unreviewed on case_break_glass (municipality_id, at) where reviewed_at is null;

create table case_retention_policies (
  municipality_id uuid primary key references municipalities(id),
  months_after_closure int not null check (months_after_closure between 1 and 600),
  version int not null default 1,
  updated_by uuid references users(id),
  updated_at timestamptz not null default now()
);

alter table cases enable row level security;
alter table cases force row level security;
create policy tenant on cases
  using (app_is_system() or municipality_id = app_current_municipality());
alter table case_status_history enable row level security;
alter table case_status_history force row level security;
create policy tenant on case_status_history
  using (app_is_system() or municipality_id = app_current_municipality());
alter table case_field_versions enable row level security;
alter table case_field_versions force row level security;
create policy tenant on case_field_versions
  using (app_is_system() or municipality_id = app_current_municipality());
alter table case_timeline enable row level security;
alter table case_timeline force row level security;
create policy tenant on case_timeline
  using (app_is_system() or municipality_id = app_current_municipality());
alter table case_attachments enable row level security;
alter table case_attachments force row level security;
create policy tenant on case_attachments
  using (app_is_system() or municipality_id = app_current_municipality());
alter table case_consents enable row level security;
alter table case_consents force row level security;
create policy tenant on case_consents
  using (app_is_system() or municipality_id = app_current_municipality());
alter table case_grants enable row level security;
alter table case_grants force row level security;
create policy tenant on case_grants
  using (app_is_system() or municipality_id = app_current_municipality());
alter table case_break_glass enable row level security;
alter table case_break_glass force row level security;
create policy tenant on case_break_glass
  using (app_is_system() or municipality_id = app_current_municipality());
alter table case_retention_policies enable row level security;
alter table case_retention_policies force row level security;
create policy tenant on case_retention_policies
  using (app_is_system() or municipality_id = app_current_municipality());

grant select, insert, update, delete on cases, case_status_history, case_field_versions, case_timeline,
  case_attachments, case_consents, case_grants, case_break_glass, case_retention_policies to ariadne_app;
grant usage on all sequences in schema public to ariadne_app;

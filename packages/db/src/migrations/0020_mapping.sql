-- Mapping the local situation (issue 6): the municipality boundary, mapping entries (vulnerable
-- groups, locations and sectors, identifying actors, forms of exploitation), each citing its
-- source and date, and the priorities scored from them with the municipality's weights.
-- No personal data: entries describe groups, places and organisations, never persons.

create table municipality_boundaries (
  municipality_id uuid primary key references municipalities(id),
  geometry jsonb not null check (geometry->>'type' in ('Polygon', 'MultiPolygon')),
  version int not null default 1,
  updated_by uuid references users(id),
  updated_at timestamptz not null default now()
);

create table mapping_entries (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  kind text not null check (kind in ('vulnerable_group', 'location', 'identifying_actor', 'exploitation_form')),
  title text not null check (length(title) between 1 and 200),
  details jsonb not null check (details->>'kind' = kind),
  source_kind text not null,
  source_date date not null,
  source_reference text,
  archived boolean not null default false,
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id)
);
create index mapping_entries_municipality on mapping_entries (municipality_id, kind, source_date desc);

create table priority_weights (
  municipality_id uuid primary key references municipalities(id),
  weights jsonb not null,
  version int not null default 1,
  updated_by uuid references users(id),
  updated_at timestamptz not null default now()
);

create table priorities (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  group_entry_id uuid,
  location_entry_id uuid,
  form text not null,
  ratings jsonb not null,
  decision text not null default 'proposed' check (decision in ('proposed', 'accepted', 'deferred', 'rejected')),
  rationale text not null default '',
  decided_by uuid references users(id),
  decided_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id),
  foreign key (municipality_id, group_entry_id) references mapping_entries (municipality_id, id),
  foreign key (municipality_id, location_entry_id) references mapping_entries (municipality_id, id)
);
create index priorities_municipality on priorities (municipality_id);

alter table municipality_boundaries enable row level security;
alter table municipality_boundaries force row level security;
create policy tenant on municipality_boundaries
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on municipality_boundaries to ariadne_app;

alter table mapping_entries enable row level security;
alter table mapping_entries force row level security;
create policy tenant on mapping_entries
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on mapping_entries to ariadne_app;

alter table priority_weights enable row level security;
alter table priority_weights force row level security;
create policy tenant on priority_weights
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on priority_weights to ariadne_app;

alter table priorities enable row level security;
alter table priorities force row level security;
create policy tenant on priorities
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on priorities to ariadne_app;

-- Awareness campaigns (issue 15, point 2): target groups, channels, languages, materials with
-- versions, period, reach planned and over time, cost and what followed. No personal data: the
-- campaign is one JSON document beside its plain dates for lists.

create table campaigns (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  starts_on date not null,
  fields jsonb not null,
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id)
);
create index campaigns_municipality on campaigns (municipality_id, starts_on);

alter table campaigns enable row level security;
alter table campaigns force row level security;
create policy tenant on campaigns
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on campaigns to ariadne_app;

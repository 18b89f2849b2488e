-- Planning (issue 6): the action plan grouped by the guidelines' chapters, the self-assessment
-- against them, and the partnership register. Partnership entries hold contact points (personal
-- data), so their details are stored encrypted per field by the server's keyring.

create table action_points (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  chapter text not null check (chapter in ('mapping', 'identification', 'referral_and_assistance', 'prevention', 'cooperation')),
  title text not null check (length(title) between 1 and 300),
  description text not null default '',
  owner_organisation_id uuid,
  partner_organisation_ids uuid[] not null default '{}',
  deadline date,
  resources text not null default '',
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'cancelled')),
  progress_indicator text not null default '',
  progress_percent int not null default 0 check (progress_percent between 0 and 100),
  evidence text not null default '',
  priority_ids uuid[] not null default '{}',
  template_action_id text,
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id),
  foreign key (municipality_id, owner_organisation_id) references organisations (municipality_id, id)
);
create index action_points_municipality on action_points (municipality_id, chapter, deadline);

create table self_assessments (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  assessed_on date not null,
  answers jsonb not null,
  note text not null default '',
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id)
);
create index self_assessments_municipality on self_assessments (municipality_id, assessed_on);

create table partnerships (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  kind text not null check (kind in ('member', 'meeting')),
  organisation_id uuid,
  details_enc text not null,
  archived boolean not null default false,
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id),
  foreign key (municipality_id, organisation_id) references organisations (municipality_id, id)
);
create index partnerships_municipality on partnerships (municipality_id, kind);

alter table action_points enable row level security;
alter table action_points force row level security;
create policy tenant on action_points
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on action_points to ariadne_app;

alter table self_assessments enable row level security;
alter table self_assessments force row level security;
create policy tenant on self_assessments
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on self_assessments to ariadne_app;

alter table partnerships enable row level security;
alter table partnerships force row level security;
create policy tenant on partnerships
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on partnerships to ariadne_app;

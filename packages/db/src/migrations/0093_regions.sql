-- Regions for roll-ups (issue 17): sets of municipalities a regional analyst sees aggregates across.
-- Managed by the system admin; a region holds no personal data and belongs to no one municipality.
create table regions (
  id uuid primary key,
  name text not null unique check (length(name) between 1 and 200),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- A municipality belongs to at most one region (its id is the key): two overlapping regions could be
-- differenced into a roll-up of the municipalities in one and not the other, which the disclosure
-- control of a region's table does not protect (docs/stats.md).
create table region_municipalities (
  municipality_id uuid primary key references municipalities(id),
  region_id uuid not null references regions(id)
);
create index region_municipalities_region on region_municipalities (region_id, municipality_id);

-- A regional analyst's scope. Only a regional analyst has one.
alter table users add column region_id uuid references regions(id);
alter table users add constraint users_region_only_for_regional_analysts
  check (region_id is null or role = 'regional_analyst');

-- System context only: a tenant transaction never needs them.
alter table regions enable row level security;
alter table regions force row level security;
create policy system_only on regions using (app_is_system());
alter table region_municipalities enable row level security;
alter table region_municipalities force row level security;
create policy system_only on region_municipalities using (app_is_system());
grant select, insert, update, delete on regions, region_municipalities to ariadne_app;

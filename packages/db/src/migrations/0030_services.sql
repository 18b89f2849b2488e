-- Service directory (issue 5): the services that providers (organisations of the municipality)
-- offer to potential victims, who they serve, what they demand, and where they are.
-- Not personal data: a service describes an organisation's offer, never a person.

create table services (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  organisation_id uuid not null,
  name text not null check (length(name) between 1 and 200),
  type text not null check (type in (
    'emergency_accommodation', 'shelter', 'health_care', 'mental_health', 'legal_counselling',
    'interpretation', 'social_financial_support', 'housing', 'education_employment',
    'child_protection', 'victim_support_ngo', 'labour_rights', 'police_reporting',
    'consular_help', 'return_reintegration')),
  description text not null default '' check (length(description) <= 2000),
  -- Who it serves: genders (empty = all), age range, minors, families.
  genders jsonb not null default '[]' check (jsonb_typeof(genders) = 'array'),
  age_min int check (age_min between 0 and 120),
  age_max int check (age_max between 0 and 120),
  serves_minors boolean not null default false,
  serves_families boolean not null default false,
  languages jsonb not null default '[]' check (jsonb_typeof(languages) = 'array'),
  wheelchair_accessible boolean not null default false,
  accessibility_notes text not null default '' check (length(accessibility_notes) <= 500),
  cost text not null default 'free' check (cost in ('free', 'reduced', 'paid')),
  -- A service that demands none of these three is shown as unconditional.
  requires_identification boolean not null default false,
  requires_documents boolean not null default false,
  requires_residence_permit boolean not null default false,
  capacity int check (capacity >= 0),
  available int check (available >= 0),
  availability_updated_at timestamptz,
  opening_hours text not null default '' check (length(opening_hours) <= 300),
  open_24_7 boolean not null default false,
  emergency_line text check (length(emergency_line) <= 40),
  phone text check (length(phone) <= 40),
  email text check (length(email) <= 200),
  website text check (length(website) <= 300),
  address text not null default '' check (length(address) <= 300),
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  area_served text not null default 'municipality' check (area_served in ('municipality', 'region', 'country')),
  archived boolean not null default false,
  version int not null default 1,
  created_by uuid references users(id),
  updated_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id),
  foreign key (municipality_id, organisation_id) references organisations (municipality_id, id),
  check ((latitude is null) = (longitude is null)),
  check (age_min is null or age_max is null or age_min <= age_max)
);
create index services_municipality on services (municipality_id, type, name);
create index services_organisation on services (municipality_id, organisation_id);

alter table services enable row level security;
alter table services force row level security;
create policy tenant on services
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on services to ariadne_app;

-- Pseudonymous persons: the ground of the cases module. Identity fields are encrypted per field
-- (AES-256-GCM, the municipality's data key); *_index columns are keyed blind indexes (HMAC) for
-- exact-match duplicate search without decrypting. Coded fields serve statistics only.
create table persons (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  case_code text not null,
  given_name_enc text,
  family_name_enc text,
  date_of_birth_enc text,
  name_index text,
  date_of_birth_index text,
  gender text,
  age_band text,
  citizenship char(2),
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  version int not null default 1,
  unique (municipality_id, case_code)
);
create index persons_name_index on persons (municipality_id, name_index);
create index persons_dob_index on persons (municipality_id, date_of_birth_index);

alter table persons enable row level security;
alter table persons force row level security;
create policy tenant on persons
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update, delete on persons to ariadne_app;

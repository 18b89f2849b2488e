-- Outreach visits (issue 15, point 1): planned and logged in the field, often offline. The visit's
-- fields (team, people met by group, concerns, notes…) are one ciphertext made by the server's
-- keyring, since concerns and notes may describe a person; planned_on and status stay plain for
-- lists and the retention rule. `version` is the optimistic lock two devices merge against.

create table outreach_visits (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  status text not null check (status in ('planned', 'done', 'cancelled')),
  planned_on date not null,
  fields_enc text not null,
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id)
);
create index outreach_visits_municipality on outreach_visits (municipality_id, planned_on);

alter table outreach_visits enable row level security;
alter table outreach_visits force row level security;
create policy tenant on outreach_visits
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update, delete on outreach_visits to ariadne_app;

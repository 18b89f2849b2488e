-- Training (issue 14): scenarios a trainer writes for the municipality's courses. A scenario holds a
-- situation and its facts (indicator ids of the catalogue), never an answer: the screening engine's
-- evaluation of the facts is the key. Not changed once saved (courses and completions rest on it);
-- it may be archived so it is no longer offered.

create table training_scenarios (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  content jsonb not null,
  archived boolean not null default false,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique (municipality_id, id)
);

alter table training_scenarios enable row level security;
alter table training_scenarios force row level security;
create policy tenant on training_scenarios
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on training_scenarios to ariadne_app;

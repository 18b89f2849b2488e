-- Scheme of assistance and referrals between organisations (issue 5, items 3 and 5).
-- The scheme is organisational (no personal data). A referral's shared fields are a snapshot made
-- when it is sent, one encrypted JSON document; reasons, summaries and messages are encrypted too.
-- Only codes, ids, statuses and times stay in the clear, for lists and the overdue job.

create table scheme_of_assistance (
  municipality_id uuid primary key references municipalities(id),
  version int not null default 1,
  updated_by uuid references users(id),
  updated_at timestamptz not null default now()
);

create table scheme_steps (
  municipality_id uuid not null references municipalities(id),
  stage text not null check (stage in ('first_contact_safety', 'needs_assessment', 'accommodation', 'health',
    'legal_status_rights', 'long_term_support', 'closure_or_return')),
  organisation_id uuid,
  contact_point text not null default '' check (length(contact_point) <= 200),
  response_hours int not null check (response_hours between 1 and 744),
  description text not null default '' check (length(description) <= 500),
  primary key (municipality_id, stage),
  foreign key (municipality_id, organisation_id) references organisations (municipality_id, id)
);

create table referrals (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  reference text not null,
  case_id uuid not null,
  sending_organisation_id uuid not null,
  receiving_organisation_id uuid not null,
  service_id uuid,
  stage text not null check (stage in ('first_contact_safety', 'needs_assessment', 'accommodation', 'health',
    'legal_status_rights', 'long_term_support', 'closure_or_return')),
  status text not null check (status in
    ('draft', 'sent', 'accepted', 'declined', 'in_progress', 'completed', 'ended', 'withdrawn')),
  -- The state's times, shaped by the domain's union; its reason is in reason_enc.
  state jsonb not null,
  reason_enc text,
  shared_fields text[] not null default '{}',
  needs text[] not null default '{}',
  notes_summary_enc text,
  -- Made at sending from the case and the draft: exactly the chosen fields, encrypted.
  shared_enc text,
  ground text check (ground in ('consent', 'legal_basis')),
  consent_id uuid,
  legal_basis text check (legal_basis in ('child_protection', 'vital_interests', 'legal_obligation')),
  legal_basis_reason_enc text,
  response_hours int check (response_hours between 1 and 744),
  sent_at timestamptz,
  overdue_flagged_at timestamptz,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version int not null default 1,
  unique (municipality_id, id),
  unique (municipality_id, reference),
  foreign key (municipality_id, case_id) references cases (municipality_id, id),
  foreign key (municipality_id, sending_organisation_id) references organisations (municipality_id, id),
  foreign key (municipality_id, receiving_organisation_id) references organisations (municipality_id, id),
  foreign key (municipality_id, service_id) references services (municipality_id, id),
  foreign key (consent_id) references case_consents (id),
  check ((status = 'draft') = (sent_at is null) or status = 'withdrawn')
);
create index referrals_sent_by on referrals (municipality_id, sending_organisation_id, updated_at desc);
create index referrals_received_by on referrals (municipality_id, receiving_organisation_id, updated_at desc)
  where status <> 'draft';
create index referrals_case on referrals (municipality_id, case_id);
create index referrals_awaiting on referrals (municipality_id, sent_at) where status = 'sent';

create table referral_messages (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  referral_id uuid not null,
  author_id uuid references users(id),
  author_organisation_id uuid,
  body_enc text not null,
  created_at timestamptz not null default now(),
  foreign key (municipality_id, referral_id) references referrals (municipality_id, id),
  foreign key (municipality_id, author_organisation_id) references organisations (municipality_id, id)
);
create index referral_messages_referral on referral_messages (municipality_id, referral_id, created_at);

alter table scheme_of_assistance enable row level security;
alter table scheme_of_assistance force row level security;
create policy tenant on scheme_of_assistance
  using (app_is_system() or municipality_id = app_current_municipality());
alter table scheme_steps enable row level security;
alter table scheme_steps force row level security;
create policy tenant on scheme_steps
  using (app_is_system() or municipality_id = app_current_municipality());
alter table referrals enable row level security;
alter table referrals force row level security;
create policy tenant on referrals
  using (app_is_system() or municipality_id = app_current_municipality());
alter table referral_messages enable row level security;
alter table referral_messages force row level security;
create policy tenant on referral_messages
  using (app_is_system() or municipality_id = app_current_municipality());

grant select, insert, update, delete on scheme_of_assistance, scheme_steps to ariadne_app;
grant select, insert, update on referrals to ariadne_app;
grant select, insert on referral_messages to ariadne_app;

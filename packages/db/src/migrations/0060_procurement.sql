-- Ethical public procurement (issue 16): the contracts register with its risk screens, the
-- municipality's versions of the risk rules, supplier questionnaires answered through a single-use
-- link, checks done, findings and corrective actions. Contact persons and free text are personal
-- data and stored encrypted by the server (the *_enc columns).

create table procurement_rule_sets (
  municipality_id uuid not null references municipalities(id),
  version int not null check (version >= 2),
  rules jsonb not null,
  note text not null default '',
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  primary key (municipality_id, version)
);

create table procurement_contracts (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  title text not null check (length(title) between 1 and 300),
  cpv_group text not null check (cpv_group ~ '^[0-9]{3}$'),
  stage text not null check (stage in ('planned', 'running', 'ended')),
  facts jsonb not null,
  contacts_enc text,
  risk_level text check (risk_level in ('low', 'medium', 'high', 'very_high')),
  screen jsonb,
  rule_set_version int,
  clause_ids text[] not null default '{}',
  monitoring jsonb,
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id)
);
create index procurement_contracts_municipality on procurement_contracts (municipality_id, created_at);

-- Only the token's hash is stored: a database dump yields no usable link.
create table procurement_questionnaires (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  contract_id uuid not null,
  supplier_id uuid not null,
  token_hash text not null unique,
  language text not null check (language in ('en', 'fi', 'sv')),
  expires_at timestamptz not null,
  answered_at timestamptz,
  answers_enc text,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique (municipality_id, id),
  foreign key (municipality_id, contract_id) references procurement_contracts (municipality_id, id)
);
create index procurement_questionnaires_contract on procurement_questionnaires (municipality_id, contract_id);

create table procurement_checks (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  contract_id uuid not null,
  method text not null check (method in ('self_assessment', 'document_checks', 'on_site_audit', 'worker_interviews')),
  done_on date not null,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique (municipality_id, id),
  unique (municipality_id, contract_id, method, done_on),
  foreign key (municipality_id, contract_id) references procurement_contracts (municipality_id, id)
);

create table procurement_findings (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  contract_id uuid not null,
  supplier_id uuid,
  -- The supplier as past findings are matched across contracts: business id, else the name, lower case.
  supplier_key text,
  source text not null check (source in ('questionnaire', 'document_check', 'on_site_audit', 'worker_interview', 'other')),
  severity text not null check (severity in ('minor', 'major', 'critical')),
  possible_trafficking boolean not null default false,
  found_on date not null,
  description_enc text not null,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique (municipality_id, id),
  foreign key (municipality_id, contract_id) references procurement_contracts (municipality_id, id)
);
create index procurement_findings_contract on procurement_findings (municipality_id, contract_id);
create index procurement_findings_supplier on procurement_findings (municipality_id, supplier_key);

create table procurement_actions (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  finding_id uuid not null,
  contract_id uuid not null,
  description_enc text not null,
  deadline date not null,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id),
  foreign key (municipality_id, finding_id) references procurement_findings (municipality_id, id),
  foreign key (municipality_id, contract_id) references procurement_contracts (municipality_id, id)
);
create index procurement_actions_open on procurement_actions (municipality_id, status, deadline);

alter table procurement_rule_sets enable row level security;
alter table procurement_rule_sets force row level security;
create policy tenant on procurement_rule_sets
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert on procurement_rule_sets to ariadne_app;

alter table procurement_contracts enable row level security;
alter table procurement_contracts force row level security;
create policy tenant on procurement_contracts
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on procurement_contracts to ariadne_app;

alter table procurement_questionnaires enable row level security;
alter table procurement_questionnaires force row level security;
create policy tenant on procurement_questionnaires
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on procurement_questionnaires to ariadne_app;

alter table procurement_checks enable row level security;
alter table procurement_checks force row level security;
create policy tenant on procurement_checks
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert on procurement_checks to ariadne_app;

alter table procurement_findings enable row level security;
alter table procurement_findings force row level security;
create policy tenant on procurement_findings
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert on procurement_findings to ariadne_app;

alter table procurement_actions enable row level security;
alter table procurement_actions force row level security;
create policy tenant on procurement_actions
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on procurement_actions to ariadne_app;

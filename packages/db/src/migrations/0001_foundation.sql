-- Foundation: tenants, organisations, users, sessions, keys, audit log.
-- Every tenant-owned table carries municipality_id and a row-level security policy on it.

do $$ begin
  if not exists (select from pg_roles where rolname = 'ariadne_app') then
    create role ariadne_app nologin;
  end if;
end $$;
grant ariadne_app to current_user;

create function app_current_municipality() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.municipality_id', true), '')::uuid $$;

create function app_is_system() returns boolean
  language sql stable
  as $$ select coalesce(current_setting('app.system', true), '') = 'on' $$;

create table municipalities (
  id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  country char(2) not null,
  created_at timestamptz not null default now()
);

-- Data keys per municipality (scope = municipality id) and one for system data (scope null),
-- each wrapped by the master key. Several versions may exist; the newest active one encrypts.
create table data_keys (
  id uuid primary key,
  municipality_id uuid references municipalities(id),
  version int not null,
  wrapped_key text not null,
  master_key_id text not null,
  created_at timestamptz not null default now(),
  unique (municipality_id, version)
);
create unique index data_keys_system_version on data_keys (version) where municipality_id is null;

create table organisations (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  name text not null check (length(name) between 1 and 200),
  kind text not null,
  active boolean not null default true,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id)
);
create index organisations_municipality on organisations (municipality_id, name);

create table users (
  id uuid primary key,
  municipality_id uuid references municipalities(id), -- null only for system admins
  organisation_id uuid,
  email text not null unique check (email = lower(email)),
  display_name text not null,
  role text not null,
  password_hash text not null,
  totp_secret_enc text,
  totp_enabled boolean not null default false,
  totp_last_step bigint not null default 0,
  failed_sign_ins int not null default 0,
  locked_until timestamptz,
  active boolean not null default true,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (municipality_id, organisation_id) references organisations (municipality_id, id),
  check ((role = 'system_admin') = (municipality_id is null))
);
create index users_municipality on users (municipality_id, display_name);

-- Only hashes of session and enrolment tokens are stored: a database dump yields no usable session.
create table sessions (
  token_hash text primary key,
  user_id uuid not null references users(id),
  municipality_id uuid references municipalities(id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text
);
create index sessions_user on sessions (user_id);

create table totp_enrolments (
  token_hash text primary key,
  user_id uuid not null references users(id),
  municipality_id uuid references municipalities(id),
  secret_enc text not null,
  expires_at timestamptz not null
);

-- Failed sign-ins per client address, for rate limiting across server processes.
create table sign_in_failures (
  id bigserial primary key,
  ip text not null,
  at timestamptz not null default now()
);
create index sign_in_failures_ip on sign_in_failures (ip, at);

-- Append-only and hash-chained. Each municipality (and the system) has 16 parallel chains
-- ('<municipality id>:<0-15>'), each entry appended to one at random: appends to one chain are
-- serialised by its head row, so striping lets concurrent requests commit side by side.
-- audit_heads holds each chain's newest link; it also lets `audit verify` detect a deleted
-- tail, which a chain alone cannot.
create table audit_heads (
  chain text primary key,
  municipality_id uuid references municipalities(id),
  last_index bigint not null,
  last_hash text not null
);
insert into audit_heads (chain, municipality_id, last_index, last_hash)
  select 'system:' || k, null, 0, repeat('0', 64) from generate_series(0, 15) as k;

create table audit_log (
  seq bigserial primary key,
  municipality_id uuid references municipalities(id),
  chain text not null,
  chain_index bigint not null,
  at timestamptz not null,
  actor_id uuid,
  actor_name text,
  action text not null,
  record_type text,
  record_id text,
  ip text,
  outcome text not null check (outcome in ('success', 'denied', 'failure')),
  details jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null unique
);
create unique index audit_log_chain on audit_log (chain, chain_index);
create index audit_log_municipality on audit_log (municipality_id, seq desc);

create function audit_log_forbid_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_forbid_change();

-- Row-level security: the application role sees one municipality, or all in system context.
alter table municipalities enable row level security;
alter table municipalities force row level security;
create policy tenant on municipalities
  using (app_is_system() or id = app_current_municipality());

alter table data_keys enable row level security;
alter table data_keys force row level security;
create policy tenant on data_keys
  using (app_is_system() or municipality_id = app_current_municipality());

alter table organisations enable row level security;
alter table organisations force row level security;
create policy tenant on organisations
  using (app_is_system() or municipality_id = app_current_municipality());

alter table users enable row level security;
alter table users force row level security;
create policy tenant on users
  using (app_is_system() or municipality_id = app_current_municipality());

alter table sessions enable row level security;
alter table sessions force row level security;
create policy tenant on sessions
  using (app_is_system() or municipality_id = app_current_municipality());

alter table totp_enrolments enable row level security;
alter table totp_enrolments force row level security;
create policy tenant on totp_enrolments using (app_is_system());

alter table sign_in_failures enable row level security;
alter table sign_in_failures force row level security;
create policy tenant on sign_in_failures using (app_is_system());

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy tenant on audit_log
  using (app_is_system() or municipality_id = app_current_municipality());

grant usage on schema public to ariadne_app;
grant select, insert, update, delete on municipalities, data_keys, organisations, users, sessions,
  totp_enrolments, sign_in_failures to ariadne_app;
alter table audit_heads enable row level security;
alter table audit_heads force row level security;
create policy tenant on audit_heads
  using (app_is_system() or municipality_id = app_current_municipality());

grant select, insert on audit_log to ariadne_app;
grant select, insert, update on audit_heads to ariadne_app;
grant usage on all sequences in schema public to ariadne_app;

-- Session lookup in one round trip: runs on every authenticated request. It opens row-level
-- security for itself only (the setting is local to the statement's transaction) and moves the
-- idle deadline at most once a minute.
create function app_find_session(p_token_hash text) returns json
  language plpgsql volatile
  as $$
declare
  found json;
begin
  perform set_config('app.system', 'on', true);
  select row_to_json(x) into found from (
    select u.*, s.token_hash, s.user_id, s.csrf_token, s.last_seen_at, s.expires_at, m.name as municipality_name
    from sessions s join users u on u.id = s.user_id left join municipalities m on m.id = u.municipality_id
    where s.token_hash = p_token_hash
  ) x;
  if found is not null then
    update sessions set last_seen_at = now()
      where token_hash = p_token_hash and last_seen_at < now() - interval '1 minute';
  end if;
  perform set_config('app.system', '', true);
  return found;
end $$;
grant execute on function app_find_session(text) to ariadne_app;

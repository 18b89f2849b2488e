-- Idempotency keys (issue 13, point 8; IETF draft "The Idempotency-Key HTTP Header Field"): the first
-- answer to a POST carrying `Idempotency-Key`, kept per user and municipality for 24 hours so that
-- a repeated or double-clicked request returns it instead of creating again. In the database, not in
-- memory, because several server processes may answer one user. The answer may hold personal data,
-- so it is stored encrypted with the municipality's data key; the request is kept only as a keyed
-- hash (its fingerprint). A system admin's keys have no municipality.

create table idempotency_keys (
  municipality_id uuid references municipalities(id),
  user_id uuid not null references users(id) on delete cascade,
  idempotency_key text not null check (length(idempotency_key) between 1 and 255),
  fingerprint text not null check (length(fingerprint) <= 128),
  -- 'processing' while the first request runs (a retry then answers 409); 'done' with its answer.
  state text not null default 'processing' check (state in ('processing', 'done')),
  response_status int check (response_status between 100 and 599),
  response_type text check (length(response_type) <= 200),
  response_enc text,
  created_at timestamptz not null default now(),
  -- A request that never finished (its process died) stops holding the key after this time.
  locked_until timestamptz not null default now() + interval '2 minutes',
  expires_at timestamptz not null default now() + interval '24 hours',
  check ((state = 'done') = (response_status is not null))
);
create unique index idempotency_keys_key on idempotency_keys (municipality_id, user_id, idempotency_key)
  nulls not distinct;
create index idempotency_keys_expiry on idempotency_keys (expires_at);

alter table idempotency_keys enable row level security;
alter table idempotency_keys force row level security;
create policy tenant on idempotency_keys
  using (app_is_system() or municipality_id = app_current_municipality());

grant select, insert, update, delete on idempotency_keys to ariadne_app;

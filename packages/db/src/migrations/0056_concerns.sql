-- Reports of concern from the public page (issue 15, point 4). What was seen, where (coarse), the
-- reporter's contact and the coordinator's reply are personal data: encrypted per field by the
-- server's keyring. The receipt code is kept only as a keyed hash, so the table cannot be searched
-- with guessed codes. Rate limits of the public form keep a keyed hash of the sender's address per
-- window and are deleted once the window is over: the address itself is never stored.

create table concerns (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  received_at timestamptz not null default now(),
  what_enc text not null,
  where_enc text not null,
  seen_on date,
  contact_enc text,
  language text not null check (length(language) between 2 and 5),
  receipt_hash text not null check (length(receipt_hash) <= 128),
  status text not null default 'new' check (status in ('new', 'in_progress', 'closed')),
  reply_enc text,
  replied_at timestamptz,
  follow_up_kind text check (follow_up_kind in ('mapping_entry', 'outreach_visit', 'case')),
  follow_up_id uuid,
  version int not null default 1,
  unique (municipality_id, id),
  check ((follow_up_kind is null) = (follow_up_id is null))
);
create unique index concerns_receipt on concerns (municipality_id, receipt_hash);
create index concerns_municipality on concerns (municipality_id, received_at);

alter table concerns enable row level security;
alter table concerns force row level security;
create policy tenant on concerns
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update, delete on concerns to ariadne_app;

create table public_rate_limits (
  bucket text not null check (length(bucket) <= 128),
  window_start timestamptz not null,
  hits int not null default 1,
  primary key (bucket, window_start)
);
grant select, insert, update, delete on public_rate_limits to ariadne_app;

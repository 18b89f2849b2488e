-- Password lifecycle and a lockout that leaks nothing (issue 11).

-- An admin-issued password (a new account, a reset) must be replaced at the first sign-in.
-- Accounts that exist already keep theirs: nobody can tell now who chose them.
alter table users add column must_change_password boolean not null default false;
alter table users add column password_changed_at timestamptz;

-- One-time tokens to set a password: the step after a first sign-in with an issued password, or a
-- reset issued by an admin or coordinator. Only the hash is stored, as for sessions.
create table password_tokens (
  token_hash text primary key,
  user_id uuid not null references users(id),
  municipality_id uuid references municipalities(id),
  purpose text not null check (purpose in ('first_sign_in', 'reset')),
  issued_by uuid references users(id),
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index password_tokens_user on password_tokens (user_id);
alter table password_tokens enable row level security;
alter table password_tokens force row level security;
-- An admin or coordinator issues a reset inside their municipality's context, as for sessions.
create policy tenant on password_tokens
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update, delete on password_tokens to ariadne_app;

-- Failures are counted per account and address together: five wrong passwords from one address
-- pause that address for that account only, so nobody can lock a colleague out from elsewhere.
alter table sign_in_failures add column user_id uuid;
create index sign_in_failures_user_ip on sign_in_failures (user_id, ip, at) where user_id is not null;

-- The paused user is told in the app (and by e-mail where SMTP is configured), never in the
-- sign-in answer.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in
  ('referral_received', 'referral_status_changed', 'referral_message', 'referral_overdue', 'sign_in_paused'));
alter table notifications drop constraint notifications_record_type_check;
alter table notifications add constraint notifications_record_type_check
  check (record_type in ('referral', 'user'));

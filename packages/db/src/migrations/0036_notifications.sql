-- Notifications (issue 5, item 6): the in-app inbox, and an outbox of e-mails delivered over SMTP
-- when configured. Neither holds personal data: a kind, a record id, a link, a reference code.

create table notifications (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  user_id uuid not null references users(id),
  kind text not null check (kind in
    ('referral_received', 'referral_status_changed', 'referral_message', 'referral_overdue')),
  record_type text not null check (record_type in ('referral')),
  record_id uuid not null,
  link text not null check (length(link) <= 300),
  reference text not null check (length(reference) <= 40),
  status text,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (municipality_id, id)
);
create index notifications_inbox on notifications (municipality_id, user_id, created_at desc);
create index notifications_unread on notifications (municipality_id, user_id) where read_at is null;

-- The outbox: written in the transaction that makes the notification, delivered afterwards, so a
-- mail goes out exactly when the change happened. The address is staff data (see docs/security.md).
create table email_outbox (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  notification_id uuid not null,
  to_address text not null check (length(to_address) <= 320),
  subject text not null check (length(subject) <= 200),
  body text not null check (length(body) <= 2000),
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts int not null default 0,
  last_error text,
  next_attempt_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  foreign key (municipality_id, notification_id) references notifications (municipality_id, id)
);
create index email_outbox_pending on email_outbox (municipality_id, next_attempt_at) where status = 'pending';

alter table notifications enable row level security;
alter table notifications force row level security;
create policy tenant on notifications
  using (app_is_system() or municipality_id = app_current_municipality());
alter table email_outbox enable row level security;
alter table email_outbox force row level security;
create policy tenant on email_outbox
  using (app_is_system() or municipality_id = app_current_municipality());

grant select, insert, update on notifications, email_outbox to ariadne_app;

-- A report of concern handed from the coordinator's inbox to a frontline worker (issue 15, point 4):
-- the coordinator reads concerns but opens no case; the frontline worker opens cases but has no
-- inbox. The hand-off is the bridge: the worker sees only the concerns handed to them, opens a
-- case from one (linked both ways: the concern's follow-up is the case, the hand-off names it) or
-- hands it back with a reason. The note and the reason may describe a person: encrypted per field.
-- One open hand-off per concern at a time (the partial unique index): a second answers 409.

create table concern_hand_offs (
  id uuid not null,
  municipality_id uuid not null references municipalities(id),
  concern_id uuid not null,
  to_user_id uuid not null references users(id),
  by_user_id uuid not null references users(id),
  note_enc text,
  status text not null default 'open' check (status in ('open', 'case_opened', 'handed_back')),
  reason_enc text,
  case_id uuid,
  handed_at timestamptz not null default now(),
  closed_at timestamptz,
  closed_by uuid references users(id),
  primary key (municipality_id, id),
  foreign key (municipality_id, concern_id) references concerns (municipality_id, id) on delete cascade,
  check ((status = 'case_opened') = (case_id is not null)),
  check ((status = 'handed_back') = (reason_enc is not null)),
  check ((status = 'open') = (closed_at is null))
);
create unique index concern_hand_offs_one_open on concern_hand_offs (municipality_id, concern_id)
  where status = 'open';
create index concern_hand_offs_to on concern_hand_offs (municipality_id, to_user_id, handed_at desc);

alter table concern_hand_offs enable row level security;
alter table concern_hand_offs force row level security;
create policy tenant on concern_hand_offs
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update, delete on concern_hand_offs to ariadne_app;

alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in
  ('referral_received', 'referral_status_changed', 'referral_message', 'referral_overdue', 'sign_in_paused',
   'course_changed', 'procurement_action_overdue', 'concern_handed_off', 'concern_handed_back'));
alter table notifications drop constraint notifications_record_type_check;
alter table notifications add constraint notifications_record_type_check
  check (record_type in ('referral', 'user', 'training_course', 'procurement_action', 'concern_hand_off'));

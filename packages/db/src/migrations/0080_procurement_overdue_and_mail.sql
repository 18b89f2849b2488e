-- Procurement follow-up (issue 16): overdue corrective actions are told to procurement officers
-- (an inbox notification, mail where SMTP is configured), once each; and the supplier's
-- questionnaire link may be mailed to the supplier's contact.

-- When the overdue job told about the action; null until then. A later deadline (a new action)
-- is told again; an action is told once.
alter table procurement_actions add column overdue_flagged_at timestamptz;

alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in
  ('referral_received', 'referral_status_changed', 'referral_message', 'referral_overdue', 'sign_in_paused',
   'course_changed', 'procurement_action_overdue'));
alter table notifications drop constraint notifications_record_type_check;
alter table notifications add constraint notifications_record_type_check
  check (record_type in ('referral', 'user', 'training_course', 'procurement_action'));

-- A mail to someone outside the system (a supplier's contact) belongs to no inbox notification.
-- Its body holds the questionnaire's single-use link, so it is stored sealed (encrypted with the
-- municipality's data key, opened only to send it) and emptied once sent: like the token's hash
-- in procurement_questionnaires, a database dump yields no usable link.
alter table email_outbox alter column notification_id drop not null;
alter table email_outbox add column sealed boolean not null default false;
alter table email_outbox drop constraint if exists email_outbox_body_check;
alter table email_outbox add constraint email_outbox_body_check check (length(body) <= 4000);

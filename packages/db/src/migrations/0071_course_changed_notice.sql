-- Training (issue 14): a changed course tells those who completed an older version, in their inbox.
-- The notice points at the course and names it by its title (no personal data).
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in
  ('referral_received', 'referral_status_changed', 'referral_message', 'referral_overdue', 'sign_in_paused',
   'course_changed'));
alter table notifications drop constraint notifications_record_type_check;
alter table notifications add constraint notifications_record_type_check
  check (record_type in ('referral', 'user', 'training_course'));

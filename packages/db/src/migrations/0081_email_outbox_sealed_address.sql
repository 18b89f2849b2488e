-- A sealed mail (a supplier's questionnaire link, migration 0080) keeps its address encrypted too:
-- the supplier's contact person is personal data, encrypted everywhere else. A ciphertext of the
-- longest address (254 characters) is longer than the plain limit, so the limit grows.
alter table email_outbox drop constraint if exists email_outbox_to_address_check;
alter table email_outbox add constraint email_outbox_to_address_check
  check (length(to_address) <= case when sealed then 1000 else 320 end);

-- Erasure reaches referrals (GDPR art. 17; security review of issue 5). A referral keeps, encrypted,
-- a copy of what it shared of the person, the sender's summary, the legal basis's reason, the
-- receiver's reason and the messages between the organisations. When the case is anonymised, those
-- copies go with it, in the same transaction: what is left is codes, organisations, statuses, times.

alter table referral_messages alter column body_enc drop not null;

create function referrals_erase_with_case() returns trigger language plpgsql as $$
begin
  update referrals set shared_enc = null, notes_summary_enc = null, legal_basis_reason_enc = null,
    reason_enc = null, updated_at = now()
  where municipality_id = new.municipality_id and case_id = new.id;
  update referral_messages m set body_enc = null
  from referrals r
  where r.municipality_id = new.municipality_id and r.case_id = new.id
    and m.municipality_id = r.municipality_id and m.referral_id = r.id;
  return new;
end $$;

create trigger referrals_erase_with_case after update of anonymised_at on cases
  for each row when (old.anonymised_at is null and new.anonymised_at is not null)
  execute function referrals_erase_with_case();

grant update (body_enc) on referral_messages to ariadne_app;

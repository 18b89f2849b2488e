-- Outreach on the local map (issue 6): outreach visits from the outreach logs become a kind of
-- mapping entry, with a place, the groups reached and the signals seen. No personal data, as for
-- every mapping entry. The table keeps its row-level security; only the kind check widens.

alter table mapping_entries drop constraint mapping_entries_kind_check;
alter table mapping_entries add constraint mapping_entries_kind_check
  check (kind in ('vulnerable_group', 'location', 'identifying_actor', 'exploitation_form', 'outreach'));

-- Every tenant-owned table keeps municipality_id in its primary key, its unique keys and its
-- foreign keys, so that the schema can be distributed by municipality with Citus (issue 19):
-- a distributed table's primary and unique keys must contain the distribution column, and a
-- foreign key between two distributed tables must join on it. The plan of which table is
-- distributed, reference or coordinator-local is packages/db/src/distribution.ts; its test checks
-- this schema against it.
--
-- Each table also keeps a plain index on its id, so that lookups by id alone (system jobs such as
-- the mail sender, links that carry only an id) cost what they cost before. Where a table had a
-- separate unique (municipality_id, id) key as a foreign-key target, that key becomes the primary
-- key, so its number of indexes is unchanged; ten tables without one get one index more.

-- 1. Foreign keys that point at the keys being replaced.
alter table campaign_material_contents drop constraint campaign_material_contents_municipality_id_file_id_fkey;
alter table campaign_material_files drop constraint campaign_material_files_municipality_id_campaign_id_fkey;
alter table concern_hand_offs drop constraint concern_hand_offs_municipality_id_concern_id_fkey;
alter table case_attachments drop constraint case_attachments_municipality_id_timeline_id_fkey;
alter table case_break_glass drop constraint case_break_glass_municipality_id_case_id_fkey;
alter table case_consents drop constraint case_consents_municipality_id_case_id_fkey;
alter table case_field_versions drop constraint case_field_versions_municipality_id_case_id_fkey;
alter table case_grants drop constraint case_grants_municipality_id_case_id_fkey;
alter table case_status_history drop constraint case_status_history_municipality_id_case_id_fkey;
alter table case_timeline drop constraint case_timeline_municipality_id_case_id_fkey;
alter table cases drop constraint cases_municipality_id_person_id_fkey;
alter table email_outbox drop constraint email_outbox_municipality_id_notification_id_fkey;
alter table priorities drop constraint priorities_municipality_id_group_entry_id_fkey;
alter table priorities drop constraint priorities_municipality_id_location_entry_id_fkey;
alter table procurement_actions drop constraint procurement_actions_municipality_id_contract_id_fkey;
alter table procurement_actions drop constraint procurement_actions_municipality_id_finding_id_fkey;
alter table procurement_checks drop constraint procurement_checks_municipality_id_contract_id_fkey;
alter table procurement_findings drop constraint procurement_findings_municipality_id_contract_id_fkey;
alter table procurement_questionnaires drop constraint procurement_questionnaires_municipality_id_contract_id_fkey;
alter table referral_messages drop constraint referral_messages_municipality_id_referral_id_fkey;
alter table referrals drop constraint referrals_consent_id_fkey;
alter table referrals drop constraint referrals_municipality_id_case_id_fkey;
alter table referrals drop constraint referrals_municipality_id_service_id_fkey;
alter table training_completions drop constraint training_completions_municipality_id_course_id_fkey;
alter table training_completions drop constraint training_completions_municipality_id_session_id_fkey;
alter table training_sessions drop constraint training_sessions_municipality_id_course_id_fkey;

-- 2. The unique (municipality_id, id) keys the foreign keys pointed at become the primary keys.
alter table action_points drop constraint action_points_municipality_id_id_key;
alter table campaign_material_files drop constraint campaign_material_files_municipality_id_id_key;
alter table campaigns drop constraint campaigns_municipality_id_id_key;
alter table case_timeline drop constraint case_timeline_municipality_id_id_key;
alter table cases drop constraint cases_municipality_id_id_key;
alter table concerns drop constraint concerns_municipality_id_id_key;
alter table mapping_entries drop constraint mapping_entries_municipality_id_id_key;
alter table notifications drop constraint notifications_municipality_id_id_key;
alter table outreach_visits drop constraint outreach_visits_municipality_id_id_key;
alter table partnerships drop constraint partnerships_municipality_id_id_key;
alter table persons drop constraint persons_municipality_id;
alter table priorities drop constraint priorities_municipality_id_id_key;
alter table procurement_actions drop constraint procurement_actions_municipality_id_id_key;
alter table procurement_checks drop constraint procurement_checks_municipality_id_id_key;
alter table procurement_contracts drop constraint procurement_contracts_municipality_id_id_key;
alter table procurement_findings drop constraint procurement_findings_municipality_id_id_key;
alter table procurement_questionnaires drop constraint procurement_questionnaires_municipality_id_id_key;
alter table referrals drop constraint referrals_municipality_id_id_key;
alter table self_assessments drop constraint self_assessments_municipality_id_id_key;
alter table services drop constraint services_municipality_id_id_key;
alter table training_completions drop constraint training_completions_municipality_id_id_key;
alter table training_courses drop constraint training_courses_municipality_id_id_key;
alter table training_images drop constraint training_images_municipality_id_id_key;
alter table training_scenarios drop constraint training_scenarios_municipality_id_id_key;
alter table training_sessions drop constraint training_sessions_municipality_id_id_key;

alter table action_points drop constraint action_points_pkey, add constraint action_points_pkey primary key (municipality_id, id);
create index action_points_id_idx on action_points (id);
alter table campaign_material_contents drop constraint campaign_material_contents_pkey, add constraint campaign_material_contents_pkey primary key (municipality_id, file_id);
create index campaign_material_contents_file_id_idx on campaign_material_contents (file_id);
alter table campaign_material_files drop constraint campaign_material_files_pkey, add constraint campaign_material_files_pkey primary key (municipality_id, id);
create index campaign_material_files_id_idx on campaign_material_files (id);
alter table campaigns drop constraint campaigns_pkey, add constraint campaigns_pkey primary key (municipality_id, id);
create index campaigns_id_idx on campaigns (id);
alter table case_attachments drop constraint case_attachments_pkey, add constraint case_attachments_pkey primary key (municipality_id, timeline_id);
create index case_attachments_timeline_id_idx on case_attachments (timeline_id);
alter table case_break_glass drop constraint case_break_glass_pkey, add constraint case_break_glass_pkey primary key (municipality_id, id);
create index case_break_glass_id_idx on case_break_glass (id);
alter table case_consents drop constraint case_consents_pkey, add constraint case_consents_pkey primary key (municipality_id, id);
create index case_consents_id_idx on case_consents (id);
alter table case_field_versions drop constraint case_field_versions_pkey, add constraint case_field_versions_pkey primary key (municipality_id, id);
create index case_field_versions_id_idx on case_field_versions (id);
alter table case_grants drop constraint case_grants_pkey, add constraint case_grants_pkey primary key (municipality_id, id);
create index case_grants_id_idx on case_grants (id);
alter table case_stat_facts drop constraint case_stat_facts_pkey, add constraint case_stat_facts_pkey primary key (municipality_id, case_id);
create index case_stat_facts_case_id_idx on case_stat_facts (case_id);
alter table case_status_history drop constraint case_status_history_pkey, add constraint case_status_history_pkey primary key (municipality_id, id);
create index case_status_history_id_idx on case_status_history (id);
alter table case_timeline drop constraint case_timeline_pkey, add constraint case_timeline_pkey primary key (municipality_id, id);
create index case_timeline_id_idx on case_timeline (id);
alter table cases drop constraint cases_pkey, add constraint cases_pkey primary key (municipality_id, id);
create index cases_id_idx on cases (id);
alter table concerns drop constraint concerns_pkey, add constraint concerns_pkey primary key (municipality_id, id);
create index concerns_id_idx on concerns (id);
alter table email_outbox drop constraint email_outbox_pkey, add constraint email_outbox_pkey primary key (municipality_id, id);
create index email_outbox_id_idx on email_outbox (id);
alter table mapping_entries drop constraint mapping_entries_pkey, add constraint mapping_entries_pkey primary key (municipality_id, id);
create index mapping_entries_id_idx on mapping_entries (id);
alter table notifications drop constraint notifications_pkey, add constraint notifications_pkey primary key (municipality_id, id);
create index notifications_id_idx on notifications (id);
alter table outreach_visits drop constraint outreach_visits_pkey, add constraint outreach_visits_pkey primary key (municipality_id, id);
create index outreach_visits_id_idx on outreach_visits (id);
alter table partnerships drop constraint partnerships_pkey, add constraint partnerships_pkey primary key (municipality_id, id);
create index partnerships_id_idx on partnerships (id);
alter table persons drop constraint persons_pkey, add constraint persons_pkey primary key (municipality_id, id);
create index persons_id_idx on persons (id);
alter table priorities drop constraint priorities_pkey, add constraint priorities_pkey primary key (municipality_id, id);
create index priorities_id_idx on priorities (id);
alter table procurement_actions drop constraint procurement_actions_pkey, add constraint procurement_actions_pkey primary key (municipality_id, id);
create index procurement_actions_id_idx on procurement_actions (id);
alter table procurement_checks drop constraint procurement_checks_pkey, add constraint procurement_checks_pkey primary key (municipality_id, id);
create index procurement_checks_id_idx on procurement_checks (id);
alter table procurement_contracts drop constraint procurement_contracts_pkey, add constraint procurement_contracts_pkey primary key (municipality_id, id);
create index procurement_contracts_id_idx on procurement_contracts (id);
alter table procurement_findings drop constraint procurement_findings_pkey, add constraint procurement_findings_pkey primary key (municipality_id, id);
create index procurement_findings_id_idx on procurement_findings (id);
alter table procurement_questionnaires drop constraint procurement_questionnaires_pkey, add constraint procurement_questionnaires_pkey primary key (municipality_id, id);
create index procurement_questionnaires_id_idx on procurement_questionnaires (id);
alter table referral_messages drop constraint referral_messages_pkey, add constraint referral_messages_pkey primary key (municipality_id, id);
create index referral_messages_id_idx on referral_messages (id);
alter table referrals drop constraint referrals_pkey, add constraint referrals_pkey primary key (municipality_id, id);
create index referrals_id_idx on referrals (id);
alter table self_assessments drop constraint self_assessments_pkey, add constraint self_assessments_pkey primary key (municipality_id, id);
create index self_assessments_id_idx on self_assessments (id);
alter table services drop constraint services_pkey, add constraint services_pkey primary key (municipality_id, id);
create index services_id_idx on services (id);
alter table training_completions drop constraint training_completions_pkey, add constraint training_completions_pkey primary key (municipality_id, id);
create index training_completions_id_idx on training_completions (id);
alter table training_courses drop constraint training_courses_pkey, add constraint training_courses_pkey primary key (municipality_id, id);
create index training_courses_id_idx on training_courses (id);
alter table training_images drop constraint training_images_pkey, add constraint training_images_pkey primary key (municipality_id, id);
create index training_images_id_idx on training_images (id);
alter table training_scenarios drop constraint training_scenarios_pkey, add constraint training_scenarios_pkey primary key (municipality_id, id);
create index training_scenarios_id_idx on training_scenarios (id);
alter table training_sessions drop constraint training_sessions_pkey, add constraint training_sessions_pkey primary key (municipality_id, id);
create index training_sessions_id_idx on training_sessions (id);

-- 3. A supplier's questionnaire token is unique within its municipality (it is random: 256 bits).
alter table procurement_questionnaires drop constraint procurement_questionnaires_token_hash_key,
  add constraint procurement_questionnaires_token_hash_key unique (municipality_id, token_hash);

-- 4. The foreign keys again, now on the new primary keys; a referral's consent is joined on the
--    municipality too (it was the one foreign key between tenant tables without it).
alter table campaign_material_contents add constraint campaign_material_contents_municipality_id_file_id_fkey FOREIGN KEY (municipality_id, file_id) REFERENCES campaign_material_files(municipality_id, id);
alter table campaign_material_files add constraint campaign_material_files_municipality_id_campaign_id_fkey FOREIGN KEY (municipality_id, campaign_id) REFERENCES campaigns(municipality_id, id);
alter table concern_hand_offs add constraint concern_hand_offs_municipality_id_concern_id_fkey FOREIGN KEY (municipality_id, concern_id) REFERENCES concerns(municipality_id, id) ON DELETE CASCADE;
alter table case_attachments add constraint case_attachments_municipality_id_timeline_id_fkey FOREIGN KEY (municipality_id, timeline_id) REFERENCES case_timeline(municipality_id, id);
alter table case_break_glass add constraint case_break_glass_municipality_id_case_id_fkey FOREIGN KEY (municipality_id, case_id) REFERENCES cases(municipality_id, id);
alter table case_consents add constraint case_consents_municipality_id_case_id_fkey FOREIGN KEY (municipality_id, case_id) REFERENCES cases(municipality_id, id);
alter table case_field_versions add constraint case_field_versions_municipality_id_case_id_fkey FOREIGN KEY (municipality_id, case_id) REFERENCES cases(municipality_id, id);
alter table case_grants add constraint case_grants_municipality_id_case_id_fkey FOREIGN KEY (municipality_id, case_id) REFERENCES cases(municipality_id, id);
alter table case_status_history add constraint case_status_history_municipality_id_case_id_fkey FOREIGN KEY (municipality_id, case_id) REFERENCES cases(municipality_id, id);
alter table case_timeline add constraint case_timeline_municipality_id_case_id_fkey FOREIGN KEY (municipality_id, case_id) REFERENCES cases(municipality_id, id);
alter table cases add constraint cases_municipality_id_person_id_fkey FOREIGN KEY (municipality_id, person_id) REFERENCES persons(municipality_id, id);
alter table email_outbox add constraint email_outbox_municipality_id_notification_id_fkey FOREIGN KEY (municipality_id, notification_id) REFERENCES notifications(municipality_id, id);
alter table priorities add constraint priorities_municipality_id_group_entry_id_fkey FOREIGN KEY (municipality_id, group_entry_id) REFERENCES mapping_entries(municipality_id, id);
alter table priorities add constraint priorities_municipality_id_location_entry_id_fkey FOREIGN KEY (municipality_id, location_entry_id) REFERENCES mapping_entries(municipality_id, id);
alter table procurement_actions add constraint procurement_actions_municipality_id_contract_id_fkey FOREIGN KEY (municipality_id, contract_id) REFERENCES procurement_contracts(municipality_id, id);
alter table procurement_actions add constraint procurement_actions_municipality_id_finding_id_fkey FOREIGN KEY (municipality_id, finding_id) REFERENCES procurement_findings(municipality_id, id);
alter table procurement_checks add constraint procurement_checks_municipality_id_contract_id_fkey FOREIGN KEY (municipality_id, contract_id) REFERENCES procurement_contracts(municipality_id, id);
alter table procurement_findings add constraint procurement_findings_municipality_id_contract_id_fkey FOREIGN KEY (municipality_id, contract_id) REFERENCES procurement_contracts(municipality_id, id);
alter table procurement_questionnaires add constraint procurement_questionnaires_municipality_id_contract_id_fkey FOREIGN KEY (municipality_id, contract_id) REFERENCES procurement_contracts(municipality_id, id);
alter table referral_messages add constraint referral_messages_municipality_id_referral_id_fkey FOREIGN KEY (municipality_id, referral_id) REFERENCES referrals(municipality_id, id);
alter table referrals add constraint referrals_municipality_id_consent_id_fkey FOREIGN KEY (municipality_id, consent_id) REFERENCES case_consents(municipality_id, id);
alter table referrals add constraint referrals_municipality_id_case_id_fkey FOREIGN KEY (municipality_id, case_id) REFERENCES cases(municipality_id, id);
alter table referrals add constraint referrals_municipality_id_service_id_fkey FOREIGN KEY (municipality_id, service_id) REFERENCES services(municipality_id, id);
alter table training_completions add constraint training_completions_municipality_id_course_id_fkey FOREIGN KEY (municipality_id, course_id) REFERENCES training_courses(municipality_id, id);
alter table training_completions add constraint training_completions_municipality_id_session_id_fkey FOREIGN KEY (municipality_id, session_id) REFERENCES training_sessions(municipality_id, id);
alter table training_sessions add constraint training_sessions_municipality_id_course_id_fkey FOREIGN KEY (municipality_id, course_id) REFERENCES training_courses(municipality_id, id);

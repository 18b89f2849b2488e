-- A supplier questionnaire in any language Ariadne speaks (issue 18), not only English, Finnish and
-- Swedish: as for a person's language (0098), which codes exist is the domain's list (the API
-- refuses others), so adding a language needs no migration.
alter table procurement_questionnaires drop constraint procurement_questionnaires_language_check;
alter table procurement_questionnaires
  add constraint procurement_questionnaires_language_check check (language ~ '^[a-z]{2,3}$');

-- A course and its certificate in any language Ariadne speaks (issue 18), not only English, Finnish
-- and Swedish: as for a supplier questionnaire (0107), which codes exist is the domain's list (the
-- API refuses others), so adding a language needs no migration. Rows written before keep theirs.
alter table training_completions drop constraint training_completions_language_check;
alter table training_completions
  add constraint training_completions_language_check check (language ~ '^[a-z]{2,3}$');

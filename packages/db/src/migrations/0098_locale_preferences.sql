-- The language a person reads Ariadne in (issue 18): each municipality has a default, a user may
-- choose their own (null: the municipality's). The web app and the server's e-mails and PDFs follow
-- it. A language is a code such as 'fi' or 'nb'; which ones exist is the domain's list (the API
-- refuses others), so adding a language needs no migration.
alter table municipalities
  add column default_locale text not null default 'en' check (default_locale ~ '^[a-z]{2,3}$');
alter table users
  add column locale text check (locale ~ '^[a-z]{2,3}$');

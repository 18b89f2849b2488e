-- Training (issue 14): courses per professional group, sessions, and completions (attendance at a
-- session or self-study) with their certificates. A completion names a person (an attendee needs
-- no account), so the name and a written-out organisation are stored encrypted per field by the
-- server's keyring; coverage counts people by a keyed blind index, never by name.

create table training_courses (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  content jsonb not null,
  -- Raised when the content changes: completions keep the version they were made on.
  content_version int not null default 1,
  archived boolean not null default false,
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, id)
);

create table training_sessions (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  course_id uuid not null,
  course_version int not null,
  held_on date not null,
  format text not null check (format in ('classroom', 'online')),
  place text not null default '',
  organisation_ids uuid[] not null default '{}',
  trainer_user_id uuid references users(id),
  trainer_name text not null default '',
  created_at timestamptz not null default now(),
  unique (municipality_id, id),
  foreign key (municipality_id, course_id) references training_courses (municipality_id, id)
);
create index training_sessions_course on training_sessions (municipality_id, course_id, held_on);

create table training_completions (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  course_id uuid not null,
  course_version int not null,
  completed_on date not null,
  source text not null check (source in ('session', 'self_study')),
  session_id uuid,
  user_id uuid references users(id),
  name_enc text not null,
  organisation_id uuid,
  organisation_name_enc text not null,
  person_key text not null,
  professional_group text not null,
  language text not null check (language in ('en', 'fi', 'sv')),
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique (municipality_id, id),
  check ((source = 'session') = (session_id is not null)),
  foreign key (municipality_id, course_id) references training_courses (municipality_id, id),
  foreign key (municipality_id, session_id) references training_sessions (municipality_id, id),
  foreign key (municipality_id, organisation_id) references organisations (municipality_id, id)
);
create index training_completions_course on training_completions (municipality_id, course_id, completed_on);
create index training_completions_user on training_completions (municipality_id, user_id);

alter table training_courses enable row level security;
alter table training_courses force row level security;
create policy tenant on training_courses
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on training_courses to ariadne_app;

alter table training_sessions enable row level security;
alter table training_sessions force row level security;
create policy tenant on training_sessions
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update on training_sessions to ariadne_app;

alter table training_completions enable row level security;
alter table training_completions force row level security;
create policy tenant on training_completions
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update, delete on training_completions to ariadne_app;

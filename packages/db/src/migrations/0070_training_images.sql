-- Training (issue 14): images in lessons are uploaded to the app and served by it, so a learner's
-- browser never asks a third party. They hold no personal data (an illustration for a lesson), so
-- they are stored as they are, scoped to the municipality like the courses that show them.

create table training_images (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  media_type text not null check (media_type in ('image/png', 'image/jpeg')),
  -- Base64 text, as backups write rows as JSON.
  content_base64 text not null,
  size int not null check (size > 0),
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique (municipality_id, id)
);

alter table training_images enable row level security;
alter table training_images force row level security;
create policy tenant on training_images
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert on training_images to ariadne_app;

-- Files of awareness campaigns' materials (issue 15, point 2): a leaflet or poster as PDF or image,
-- every version kept. A new upload under a material's title is its next version; older versions stay
-- readable. Stored as case attachments are: the bytes encrypted by the municipality's data key, apart
-- from the list so that listing never reads them.

create table campaign_material_files (
  id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  campaign_id uuid not null,
  title text not null check (length(title) between 1 and 200),
  version int not null check (version >= 1),
  file_name text not null check (length(file_name) between 1 and 200),
  media_type text not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes int not null check (size_bytes > 0),
  uploaded_by uuid references users(id),
  uploaded_at timestamptz not null default now(),
  unique (municipality_id, id),
  unique (municipality_id, campaign_id, title, version),
  foreign key (municipality_id, campaign_id) references campaigns (municipality_id, id)
);

create table campaign_material_contents (
  file_id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  content_enc text not null,
  foreign key (municipality_id, file_id) references campaign_material_files (municipality_id, id)
);

alter table campaign_material_files enable row level security;
alter table campaign_material_files force row level security;
create policy tenant on campaign_material_files
  using (app_is_system() or municipality_id = app_current_municipality());
alter table campaign_material_contents enable row level security;
alter table campaign_material_contents force row level security;
create policy tenant on campaign_material_contents
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert on campaign_material_files, campaign_material_contents to ariadne_app;

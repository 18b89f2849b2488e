-- Statistics (issue 17): the cases dashboard's counts kept current in the same transaction as the
-- casework that changes them, so a dashboard reads a few thousand counts instead of counting every
-- case, person and status change on each request (2.9 s at 100,000 cases before this).
--
-- case_stat_facts holds each counted case's coded values (one row per case not merged into
-- another); case_stat_counts holds their marginal counts per year of first contact, form category
-- and each coded dimension's value. Statement-level triggers keep both: a change to a case, to the
-- coded fields of its person or to its status history recomputes those cases' facts, and the facts'
-- own triggers move the counts. Count rows are upserted in key order so that two writers take their
-- locks in the same order.

create table case_stat_facts (
  case_id uuid primary key,
  municipality_id uuid not null references municipalities(id),
  year int not null,
  form text not null,
  gender text not null,
  age_band text not null,
  citizenship text not null,
  tta text not null
);

create table case_stat_counts (
  municipality_id uuid not null references municipalities(id),
  year int not null,
  form text not null,
  dimension text not null check (dimension in ('gender', 'ageBand', 'citizenship', 'timeToAssistance')),
  value text not null,
  count int not null,
  primary key (municipality_id, year, form, dimension, value)
);

-- The coded values of the given cases, as the dashboard counts them: mixed forms as "mixed", time to
-- first assistance banded in days. Merged cases count once, as the case they were merged into.
create function case_stat_refresh(ids uuid[]) returns void
  language sql
  as $$
    delete from case_stat_facts where case_id = any(ids);
    insert into case_stat_facts (case_id, municipality_id, year, form, gender, age_band, citizenship, tta)
    select c.id, c.municipality_id, extract(year from c.created_at)::int,
      case when cardinality(c.forms) = 0 then 'not_recorded'
           when cardinality(c.forms) > 1 then 'mixed' else c.forms[1] end,
      coalesce(p.gender, 'unknown'), coalesce(p.age_band, 'unknown'), coalesce(p.citizenship::text, 'unknown'),
      case when fa.at is null then 'not_yet'
           when fa.at - c.created_at <= interval '7 days' then '0-7'
           when fa.at - c.created_at <= interval '30 days' then '8-30'
           when fa.at - c.created_at <= interval '90 days' then '31-90'
           else '91+' end
    from cases c
    join persons p on p.municipality_id = c.municipality_id and p.id = c.person_id
    left join lateral (
      select min(h.changed_at) as at from case_status_history h
       where h.municipality_id = c.municipality_id and h.case_id = c.id and h.to_status = 'in_assistance'
    ) fa on true
    where c.id = any(ids) and c.merged_into_case_id is null;
  $$;

-- Adds (direction 1) or removes (direction -1) facts from the counts.
create function case_stat_move(facts case_stat_facts[], direction int) returns void
  language sql
  as $$
    insert into case_stat_counts as c (municipality_id, year, form, dimension, value, count)
    select f.municipality_id, f.year, f.form, d.dimension, d.value, direction * count(*)::int
    from unnest(facts) f
    cross join lateral (values ('gender', f.gender), ('ageBand', f.age_band), ('citizenship', f.citizenship),
      ('timeToAssistance', f.tta)) d(dimension, value)
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5
    on conflict (municipality_id, year, form, dimension, value) do update set count = c.count + excluded.count;
  $$;

create function case_stat_facts_added() returns trigger language plpgsql as $$
begin
  perform case_stat_move(array(select f::case_stat_facts from new_facts f), 1);
  return null;
end $$;
create function case_stat_facts_removed() returns trigger language plpgsql as $$
begin
  perform case_stat_move(array(select f::case_stat_facts from old_facts f), -1);
  return null;
end $$;
create trigger case_stat_facts_added after insert on case_stat_facts
  referencing new table as new_facts for each statement execute function case_stat_facts_added();
create trigger case_stat_facts_removed after delete on case_stat_facts
  referencing old table as old_facts for each statement execute function case_stat_facts_removed();

create function case_stat_cases_added() returns trigger language plpgsql as $$
begin
  perform case_stat_refresh(array(select id from new_rows));
  return null;
end $$;
create function case_stat_cases_changed() returns trigger language plpgsql as $$
begin
  perform case_stat_refresh(array(
    select n.id from new_rows n join old_rows o on o.id = n.id
     where (n.forms, n.merged_into_case_id, n.created_at, n.person_id)
       is distinct from (o.forms, o.merged_into_case_id, o.created_at, o.person_id)));
  return null;
end $$;
create function case_stat_cases_removed() returns trigger language plpgsql as $$
begin
  delete from case_stat_facts where case_id in (select id from old_rows);
  return null;
end $$;
create trigger case_stat_cases_added after insert on cases
  referencing new table as new_rows for each statement execute function case_stat_cases_added();
create trigger case_stat_cases_changed after update on cases
  referencing old table as old_rows new table as new_rows for each statement execute function case_stat_cases_changed();
create trigger case_stat_cases_removed after delete on cases
  referencing old table as old_rows for each statement execute function case_stat_cases_removed();

-- A person's coded fields are what the counts read; other edits (names, contact details) move nothing.
create function case_stat_persons_changed() returns trigger language plpgsql as $$
begin
  perform case_stat_refresh(array(
    select c.id from new_rows n join old_rows o on o.id = n.id
      join cases c on c.municipality_id = n.municipality_id and c.person_id = n.id
     where (n.gender, n.age_band, n.citizenship) is distinct from (o.gender, o.age_band, o.citizenship)));
  return null;
end $$;
create trigger case_stat_persons_changed after update on persons
  referencing old table as old_rows new table as new_rows for each statement execute function case_stat_persons_changed();

-- Only the first move into assistance is counted (time to first assistance).
create function case_stat_history_added() returns trigger language plpgsql as $$
begin
  perform case_stat_refresh(array(select distinct case_id from new_rows where to_status = 'in_assistance'));
  return null;
end $$;
create function case_stat_history_removed() returns trigger language plpgsql as $$
begin
  perform case_stat_refresh(array(select distinct case_id from old_rows where to_status = 'in_assistance'));
  return null;
end $$;
create function case_stat_history_changed() returns trigger language plpgsql as $$
begin
  perform case_stat_refresh(array(
    select case_id from old_rows where to_status = 'in_assistance'
    union select case_id from new_rows where to_status = 'in_assistance'));
  return null;
end $$;
create trigger case_stat_history_added after insert on case_status_history
  referencing new table as new_rows for each statement execute function case_stat_history_added();
create trigger case_stat_history_removed after delete on case_status_history
  referencing old table as old_rows for each statement execute function case_stat_history_removed();
create trigger case_stat_history_changed after update on case_status_history
  referencing old table as old_rows new table as new_rows for each statement execute function case_stat_history_changed();

alter table case_stat_facts enable row level security;
alter table case_stat_facts force row level security;
create policy tenant on case_stat_facts
  using (app_is_system() or municipality_id = app_current_municipality());
alter table case_stat_counts enable row level security;
alter table case_stat_counts force row level security;
create policy tenant on case_stat_counts
  using (app_is_system() or municipality_id = app_current_municipality());
grant select, insert, update, delete on case_stat_facts, case_stat_counts to ariadne_app;

-- The cases recorded before this migration.
select case_stat_refresh(array(select id from cases));

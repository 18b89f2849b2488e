-- Casework writes no longer pay for statistics they do not change (issue 19). Every timeline entry,
-- note or screening moves its case's version (`update cases set version = version + 1`), and the
-- statement trigger of migration 0085 then ran case_stat_refresh on an empty list: a delete and an
-- insert of no rows, each firing the facts' own statement triggers and their upserts of no rows, all
-- planned again on every call as SQL functions are. That was ~0.9 ms of the database's time in a
-- write of ~1 ms. The refresh and the move now return at once when they have nothing to do, and
-- are PL/pgSQL so that their plans are kept for the session.

create or replace function case_stat_refresh(ids uuid[]) returns void
  language plpgsql
  as $$
begin
  if coalesce(cardinality(ids), 0) = 0 then
    return;
  end if;
  delete from case_stat_facts where case_id = any(ids);
  insert into case_stat_facts (case_id, municipality_id, year, form, gender, age_band, citizenship, tta, sector)
  select c.id, c.municipality_id, extract(year from c.created_at)::int,
    case when cardinality(c.forms) = 0 then 'not_recorded'
         when cardinality(c.forms) > 1 then 'mixed' else c.forms[1] end,
    coalesce(p.gender, 'unknown'), coalesce(p.age_band, 'unknown'), coalesce(p.citizenship::text, 'unknown'),
    case when fa.at is null then 'not_yet'
         when fa.at - c.created_at <= interval '7 days' then '0-7'
         when fa.at - c.created_at <= interval '30 days' then '8-30'
         when fa.at - c.created_at <= interval '90 days' then '31-90'
         else '91+' end,
    coalesce(c.sector, 'not_recorded')
  from cases c
  join persons p on p.municipality_id = c.municipality_id and p.id = c.person_id
  left join lateral (
    select min(h.changed_at) as at from case_status_history h
     where h.municipality_id = c.municipality_id and h.case_id = c.id and h.to_status = 'in_assistance'
  ) fa on true
  where c.id = any(ids) and c.merged_into_case_id is null;
end $$;

create or replace function case_stat_move(facts case_stat_facts[], direction int) returns void
  language plpgsql
  as $$
begin
  if coalesce(cardinality(facts), 0) = 0 then
    return;
  end if;
  insert into case_stat_counts as c (municipality_id, year, form, dimension, value, count)
  select f.municipality_id, f.year, f.form, d.dimension, d.value, direction * count(*)::int
  from unnest(facts) f
  cross join lateral (values ('gender', f.gender), ('ageBand', f.age_band), ('citizenship', f.citizenship),
    ('timeToAssistance', f.tta), ('sector', f.sector)) d(dimension, value)
  group by 1, 2, 3, 4, 5
  order by 1, 2, 3, 4, 5
  on conflict (municipality_id, year, form, dimension, value) do update set count = c.count + excluded.count;
end $$;

-- Statistics (issue 17): the sector of exploitation of a case — the economic sector where the person
-- was exploited, from the local map's sector list (domain mapping/vocabularies.ts), so the
-- dashboards can count and filter cases by sector. A coded value, not personal data: a plain column.
-- The list is extended by adding values (a new migration widens this check).
alter table cases add column sector text check (sector in (
  'agriculture_seasonal_berry_picking', 'construction', 'cleaning', 'hospitality',
  'beauty_and_nail_salons', 'massage_parlours', 'car_washes', 'transport_and_logistics',
  'domestic_work', 'shipping_and_fishing', 'street_begging', 'prostitution_venues', 'online', 'other'));

-- The kept counts (migration 0085) gain the sector as a fifth coded dimension. No case had a sector
-- before this, so every counted case is "not_recorded" and its sector count is added here directly.
alter table case_stat_facts add column sector text not null default 'not_recorded';
alter table case_stat_counts drop constraint case_stat_counts_dimension_check;
alter table case_stat_counts add constraint case_stat_counts_dimension_check
  check (dimension in ('gender', 'ageBand', 'citizenship', 'timeToAssistance', 'sector'));
insert into case_stat_counts (municipality_id, year, form, dimension, value, count)
select municipality_id, year, form, 'sector', sector, count(*)::int
from case_stat_facts group by 1, 2, 3, 5;

create or replace function case_stat_refresh(ids uuid[]) returns void
  language sql
  as $$
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
  $$;

create or replace function case_stat_move(facts case_stat_facts[], direction int) returns void
  language sql
  as $$
    insert into case_stat_counts as c (municipality_id, year, form, dimension, value, count)
    select f.municipality_id, f.year, f.form, d.dimension, d.value, direction * count(*)::int
    from unnest(facts) f
    cross join lateral (values ('gender', f.gender), ('ageBand', f.age_band), ('citizenship', f.citizenship),
      ('timeToAssistance', f.tta), ('sector', f.sector)) d(dimension, value)
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5
    on conflict (municipality_id, year, form, dimension, value) do update set count = c.count + excluded.count;
  $$;

create or replace function case_stat_cases_changed() returns trigger language plpgsql as $$
begin
  perform case_stat_refresh(array(
    select n.id from new_rows n join old_rows o on o.id = n.id
     where (n.forms, n.sector, n.merged_into_case_id, n.created_at, n.person_id)
       is distinct from (o.forms, o.sector, o.merged_into_case_id, o.created_at, o.person_id)));
  return null;
end $$;

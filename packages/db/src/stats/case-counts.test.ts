import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertMunicipality, insertOrganisation } from "../admin/index.ts";
import type { Database, Queryable } from "../connection.ts";
import { withTenant } from "../tenant-context.ts";
import { openTestDatabase } from "../testing.ts";
import { type CaseCount, countCases } from "./case-counts.ts";
import { type CodedCase, insertCodedCases } from "./coded-cases.ts";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** The dashboard's counts recomputed from every case, as before migration 0085: the oracle. */
async function recount(tx: Queryable, m: string): Promise<CaseCount[]> {
  const rows = await tx.query<{
    year: number;
    form: string;
    dimension: string;
    value: string;
    count: number;
  }>(
    `with first_assistance as (
       select case_id, min(changed_at) as at from case_status_history
        where municipality_id = $1 and to_status = 'in_assistance' group by case_id
     ), coded as (
       select extract(year from c.created_at)::int as year,
         case when cardinality(c.forms) = 0 then 'not_recorded'
              when cardinality(c.forms) > 1 then 'mixed' else c.forms[1] end as form,
         coalesce(p.gender, 'unknown') as gender, coalesce(p.age_band, 'unknown') as age_band,
         coalesce(p.citizenship::text, 'unknown') as citizenship,
         case when fa.at is null then 'not_yet'
              when fa.at - c.created_at <= interval '7 days' then '0-7'
              when fa.at - c.created_at <= interval '30 days' then '8-30'
              when fa.at - c.created_at <= interval '90 days' then '31-90'
              else '91+' end as tta,
         coalesce(c.sector, 'not_recorded') as sector
       from cases c
       join persons p on p.municipality_id = c.municipality_id and p.id = c.person_id
       left join first_assistance fa on fa.case_id = c.id
       where c.municipality_id = $1 and c.merged_into_case_id is null
     )
     select year, form, 'gender' as dimension, gender as value, count(*)::int as count from coded group by 1, 2, 4
     union all select year, form, 'ageBand', age_band, count(*)::int from coded group by 1, 2, 4
     union all select year, form, 'citizenship', citizenship, count(*)::int from coded group by 1, 2, 4
     union all select year, form, 'timeToAssistance', tta, count(*)::int from coded group by 1, 2, 4
     union all select year, form, 'sector', sector, count(*)::int from coded group by 1, 2, 4`,
    [m],
  );
  return rows.map((r) => ({ ...r, count: Number(r.count) }) as CaseCount);
}

const sorted = (counts: CaseCount[]) =>
  counts
    .map((c) => `${c.year}|${c.form}|${c.dimension}|${c.value}|${c.count}`)
    .sort()
    .join("\n");

async function aMunicipality() {
  const m = randomUUID();
  const org = randomUUID();
  await db.transaction(async (tx) => {
    await insertMunicipality(tx, { id: m, name: "Counted", country: "FI" });
    await insertOrganisation(tx, { id: org, municipalityId: m, name: "Office", kind: "ngo" });
  });
  return { m, org };
}

const forms = [[], ["forced_labour"], ["sexual_exploitation"], ["forced_labour", "forced_begging"]];
const genders = [null, "female", "male"];
const bands = [null, "18-23", "24-26", "0-8"];
const citizenships = [null, "FI", "VN"];
const sectors = [null, "construction", "cleaning"];

const aCase = fc.record({
  forms: fc.constantFrom(...forms),
  gender: fc.constantFrom(...genders),
  ageBand: fc.constantFrom(...bands),
  citizenship: fc.constantFrom(...citizenships),
  year: fc.constantFrom(2023, 2024),
  assistedAfterDays: fc.option(fc.constantFrom(3, 20, 60, 200)),
});
const aChange = fc.oneof(
  fc.record({ kind: fc.constant("person" as const), at: fc.nat(), gender: fc.constantFrom(...genders) }),
  fc.record({ kind: fc.constant("forms" as const), at: fc.nat(), forms: fc.constantFrom(...forms) }),
  fc.record({ kind: fc.constant("sector" as const), at: fc.nat(), sector: fc.constantFrom(...sectors) }),
  fc.record({ kind: fc.constant("assist" as const), at: fc.nat(), days: fc.constantFrom(1, 10, 45, 120) }),
  fc.record({ kind: fc.constant("merge" as const), at: fc.nat(), into: fc.nat() }),
  fc.record({ kind: fc.constant("rename" as const), at: fc.nat() }),
);

describe("case counts kept by the database (migrations 0085, 0104)", () => {
  it("equal a recount from every case after any sequence of casework changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(aCase, { minLength: 1, maxLength: 12 }),
        fc.array(aChange, { maxLength: 10 }),
        async (cases, changes) => {
          const { m, org } = await aMunicipality();
          const rows: CodedCase[] = cases.map((c, i) => {
            const created = new Date(Date.UTC(c.year, 2, 1 + i));
            return {
              id: randomUUID(),
              personId: randomUUID(),
              caseCode: `T-${i + 1}`,
              ownerOrganisationId: org,
              gender: c.gender,
              ageBand: c.ageBand,
              citizenship: c.citizenship,
              forms: c.forms,
              createdAt: created.toISOString(),
              assistedAt:
                c.assistedAfterDays === null
                  ? null
                  : new Date(created.getTime() + c.assistedAfterDays * 86_400_000).toISOString(),
              closedOn: `${c.year}-12-31`,
            };
          });
          // Written as the application writes: its role, row-level security on, one tenant.
          await withTenant(db, m, (tx) => insertCodedCases(tx, m, rows));
          for (const ch of changes) {
            const target = rows[ch.at % rows.length] as CodedCase;
            await withTenant(db, m, async (tx) => {
              if (ch.kind === "person")
                await tx.query("update persons set gender = $2 where id = $1", [target.personId, ch.gender]);
              if (ch.kind === "rename")
                await tx.query("update persons set languages = '{fi}' where id = $1", [target.personId]);
              if (ch.kind === "forms")
                await tx.query("update cases set forms = $2 where id = $1", [target.id, ch.forms]);
              if (ch.kind === "sector")
                await tx.query("update cases set sector = $2 where id = $1", [target.id, ch.sector]);
              if (ch.kind === "merge") {
                const into = rows[ch.into % rows.length] as CodedCase;
                if (into.id !== target.id)
                  await tx.query("update cases set merged_into_case_id = $2 where id = $1", [
                    target.id,
                    into.id,
                  ]);
              }
              if (ch.kind === "assist")
                await tx.query(
                  `insert into case_status_history (municipality_id, case_id, from_status, to_status, state, changed_at)
                   select $1, id, 'presumed_victim', 'in_assistance', '{}'::jsonb, created_at + make_interval(days => $3)
                   from cases where id = $2`,
                  [m, target.id, ch.days],
                );
            });
          }
          const [kept, recounted] = await withTenant(db, m, async (tx) => [
            await countCases(tx, m),
            await recount(tx, m),
          ]);
          expect(sorted(kept)).toBe(sorted(recounted));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it("keeps each municipality's counts apart", async () => {
    const a = await aMunicipality();
    const b = await aMunicipality();
    const one = (org: string, n: number): CodedCase => ({
      id: randomUUID(),
      personId: randomUUID(),
      caseCode: `T-${n}`,
      ownerOrganisationId: org,
      gender: "female",
      ageBand: "18-23",
      citizenship: "FI",
      forms: ["forced_labour"],
      createdAt: "2024-03-01T00:00:00Z",
      assistedAt: null,
      closedOn: "2024-12-31",
    });
    await withTenant(db, a.m, (tx) => insertCodedCases(tx, a.m, [one(a.org, 1), one(a.org, 2)]));
    await withTenant(db, b.m, (tx) => insertCodedCases(tx, b.m, [one(b.org, 1)]));
    const gendersOf = async (m: string) =>
      (await withTenant(db, m, (tx) => countCases(tx, m))).filter((c) => c.dimension === "gender");
    expect(await gendersOf(a.m)).toEqual([
      { year: 2024, form: "forced_labour", dimension: "gender", value: "female", count: 2 },
    ]);
    expect(await gendersOf(b.m)).toEqual([
      { year: 2024, form: "forced_labour", dimension: "gender", value: "female", count: 1 },
    ]);
  });
});

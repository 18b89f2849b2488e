import { randomUUID } from "node:crypto";
import { adminDb, type Database, statsDb, withTenant } from "@ariadne/db";
import { cases } from "@ariadne/domain";

/** A small seeded generator (mulberry32), so the demo's figures are the same at every start. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, weighted: readonly [T, number][]): T => {
  const total = weighted.reduce((a, [, w]) => a + w, 0);
  let x = next() * total;
  for (const [v, w] of weighted) {
    x -= w;
    if (x < 0) return v;
  }
  return (weighted[weighted.length - 1] as [T, number])[0];
};

/** A plausible sector for the demo's forms: most labour cases in a few sectors, some not recorded. */
function sectorOf(next: () => number, forms: readonly string[]): string | null {
  if (forms.includes("sexual_exploitation"))
    return pick<string | null>(next, [
      ["massage_parlours", 30],
      ["prostitution_venues", 30],
      ["online", 20],
      [null, 20],
    ]);
  if (forms.includes("forced_begging"))
    return pick<string | null>(next, [
      ["street_begging", 80],
      [null, 20],
    ]);
  if (forms.includes("domestic_servitude"))
    return pick<string | null>(next, [
      ["domestic_work", 90],
      [null, 10],
    ]);
  if (forms.includes("forced_labour"))
    return pick<string | null>(next, [
      ["construction", 30],
      ["agriculture_seasonal_berry_picking", 25],
      ["cleaning", 15],
      ["hospitality", 15],
      ["car_washes", 5],
      [null, 10],
    ]);
  return null;
}

/**
 * Generated historic cases for the statistics dashboards: closed and anonymised (only coded fields
 * remain), spread over `years`, with a realistic skew so some cells are small and are suppressed.
 */
export function demoCodedCases(
  ownerOrganisationId: string,
  options: { count: number; years: readonly number[]; seed?: number; firstNumber?: number },
): statsDb.CodedCase[] {
  const next = generator(options.seed ?? 17);
  // Sectors from a generator of their own, so the other coded fields stay as they were before cases had one.
  const nextSector = generator((options.seed ?? 17) + 1);
  const out: statsDb.CodedCase[] = [];
  for (let i = 0; i < options.count; i++) {
    const year = options.years[Math.floor(next() * options.years.length)] as number;
    const day = 1 + Math.floor(next() * 360);
    const created = new Date(Date.UTC(year, 0, day));
    const forms = pick<string[]>(next, [
      [["forced_labour"], 45],
      [["sexual_exploitation"], 30],
      [["forced_labour", "forced_criminality"], 8],
      [["forced_begging"], 6],
      [["forced_marriage"], 3],
      [["domestic_servitude"], 4],
      [[], 4],
    ]);
    const assistedAfterDays = pick<number | null>(next, [
      [2, 30],
      [12, 30],
      [45, 20],
      [120, 8],
      [null, 12],
    ]);
    const assisted =
      assistedAfterDays === null
        ? null
        : new Date(created.getTime() + assistedAfterDays * 86_400_000).toISOString();
    out.push({
      id: randomUUID(),
      personId: randomUUID(),
      caseCode: `HIST-${year}-${String((options.firstNumber ?? 1) + i).padStart(7, "0")}`,
      ownerOrganisationId,
      gender: pick(next, [
        ["female", 55],
        ["male", 42],
        ["non_binary", 1],
        [null, 2],
      ]),
      ageBand: pick<string | null>(next, [
        ...cases.ageBands.map((b, j): [string, number] => [b, j < 2 ? 2 : 10 - Math.abs(5 - j)]),
        [null, 2],
      ]),
      citizenship: pick<string | null>(next, [
        ["RO", 25],
        ["VN", 18],
        ["NG", 14],
        ["UA", 14],
        ["TH", 10],
        ["FI", 8],
        ["IQ", 3],
        ["ER", 1],
        [null, 3],
      ]),
      forms,
      sector: sectorOf(nextSector, forms),
      createdAt: created.toISOString(),
      assistedAt: assisted,
      closedOn: new Date(created.getTime() + 200 * 86_400_000).toISOString().slice(0, 10),
    });
  }
  return out;
}

/** Seeds historic, anonymised cases into a municipality so its dashboards have figures to show. */
export async function seedDemoStatistics(
  db: Database,
  municipalityId: string,
  options: { count?: number; years?: readonly number[]; firstNumber?: number } = {},
) {
  await withTenant(db, municipalityId, async (tx) => {
    const [owner] = await adminDb.listOrganisations(tx, municipalityId);
    if (!owner) throw new Error("the municipality has no organisation to own its cases");
    const rows = demoCodedCases(owner.id, {
      count: options.count ?? 240,
      years: options.years ?? [2023, 2024, 2025],
      ...(options.firstNumber ? { firstNumber: options.firstNumber } : {}),
    });
    for (let i = 0; i < rows.length; i += 5000)
      await statsDb.insertCodedCases(tx, municipalityId, rows.slice(i, i + 5000));
  });
}

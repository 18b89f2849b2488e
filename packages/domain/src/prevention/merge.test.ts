import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeFields, resolveConflicts } from "./merge.ts";
import { type VisitFields, VisitFields as VisitSchema } from "./visits.ts";

const aVisit = (overrides: Partial<VisitFields> = {}): VisitFields =>
  VisitSchema.parse({ title: "Car wash, Station road", plannedOn: "2026-11-02", ...overrides });

describe("mergeFields", () => {
  it("keeps both devices' non-conflicting fields of one visit and reports the real conflict", () => {
    const base = aVisit({ peopleMet: { seasonal_and_posted_workers: 2 } });
    const phoneA = {
      ...base,
      conversations: 4,
      peopleMet: { seasonal_and_posted_workers: 5 },
      notes: "Back door locked",
    };
    const phoneB = {
      ...base,
      materialsHandedOut: 12,
      peopleMet: { seasonal_and_posted_workers: 2, homeless_people: 1 },
      notes: "Two workers asked about pay",
    };
    const { merged, conflicts } = mergeFields(base, phoneB, phoneA);
    expect(merged.conversations).toBe(4);
    expect(merged.materialsHandedOut).toBe(12);
    expect(merged.peopleMet).toEqual({ seasonal_and_posted_workers: 5, homeless_people: 1 });
    expect(conflicts).toEqual([
      { path: "notes", base: "", mine: "Two workers asked about pay", theirs: "Back door locked" },
    ]);
    const resolved = resolveConflicts({ merged, conflicts }, { notes: "mine" });
    expect(resolved.notes).toBe("Two workers asked about pay");
    expect(resolved.conversations).toBe(4);
  });

  it("takes a change made the same way on both sides without a conflict", () => {
    const base = aVisit();
    const both = { ...base, status: "done" as const, visitedOn: "2026-11-02" };
    expect(mergeFields(base, both, { ...both })).toEqual({ merged: both, conflicts: [] });
  });

  it("treats a list as one value: two different lists conflict, one changed list wins", () => {
    const base = aVisit({ languages: ["ro"] });
    const r1 = mergeFields(base, { ...base, languages: ["ro", "bg"] }, base);
    expect(r1.merged.languages).toEqual(["ro", "bg"]);
    const r2 = mergeFields(base, { ...base, languages: ["ro", "bg"] }, { ...base, languages: ["uk"] });
    expect(r2.conflicts.map((c) => c.path)).toEqual(["languages"]);
  });

  it("merges counts by group key by key, with a conflict only on the group both changed", () => {
    const base = aVisit({ peopleMet: { homeless_people: 1 } });
    const r = mergeFields(
      base,
      { ...base, peopleMet: { homeless_people: 2, people_in_prostitution: 3 } },
      { ...base, peopleMet: { homeless_people: 4, seasonal_and_posted_workers: 1 } },
    );
    expect(r.merged.peopleMet).toEqual({
      homeless_people: 4,
      people_in_prostitution: 3,
      seasonal_and_posted_workers: 1,
    });
    expect(r.conflicts).toEqual([{ path: "peopleMet.homeless_people", base: 1, mine: 2, theirs: 4 }]);
    expect(resolveConflicts(r, { "peopleMet.homeless_people": "mine" }).peopleMet).toEqual({
      homeless_people: 2,
      people_in_prostitution: 3,
      seasonal_and_posted_workers: 1,
    });
  });
});

// A small record with the shapes a visit has: scalars, text, a list and counts by key.
type Doc = { a: number; b: string; c: string[]; counts: Record<string, number> };
type Key = "a" | "b" | "c" | "counts.x" | "counts.y";
const keys: Key[] = ["a", "b", "c", "counts.x", "counts.y"];
const initial: Doc = { a: 0, b: "", c: [], counts: {} };

function read(d: Doc, k: Key): unknown {
  return k.startsWith("counts.") ? d.counts[k.slice(7)] : d[k as "a" | "b" | "c"];
}
function write(d: Doc, k: Key, v: unknown): Doc {
  if (k.startsWith("counts.")) return { ...d, counts: { ...d.counts, [k.slice(7)]: v as number } };
  return { ...d, [k]: v };
}
const valueFor = (k: Key) =>
  k === "b"
    ? fc.constantFrom("note 1", "note 2", "note 3")
    : k === "c"
      ? fc.constantFrom(["x"], ["x", "y"], ["z"])
      : fc.integer({ min: 1, max: 3 });

const edit = fc.constantFrom(...keys).chain((key) =>
  fc.record({
    kind: fc.constant("edit" as const),
    device: fc.constantFrom(0, 1),
    key: fc.constant(key),
    value: valueFor(key) as fc.Arbitrary<unknown>,
  }),
);
const sync = fc.record({
  kind: fc.constant("sync" as const),
  device: fc.constantFrom(0, 1),
  choice: fc.constantFrom("mine" as const, "theirs" as const),
});

describe("two devices editing one record in any interleaving", () => {
  it("loses no field that either side set last (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(edit, sync), { maxLength: 40 }), (ops) => {
        // The server keeps a version; a device sends its change against the version it last saw.
        let server = { version: 1, doc: initial };
        const devices = [0, 1].map(() => ({ base: initial, version: 1, local: initial }));
        const lastSet = new Map<Key, Map<number, unknown>>();
        const syncDevice = (i: number, choice: "mine" | "theirs") => {
          const d = devices[i]!;
          let next = d.local;
          if (d.version !== server.version) {
            const result = mergeFields(d.base, d.local, server.doc);
            const choices = Object.fromEntries(result.conflicts.map((c) => [c.path, choice]));
            next = resolveConflicts(result, choices);
          }
          server = { version: server.version + 1, doc: next };
          devices[i] = { base: next, version: server.version, local: next };
        };
        for (const op of ops) {
          if (op.kind === "edit") {
            const d = devices[op.device]!;
            d.local = write(d.local, op.key, op.value);
            const set = lastSet.get(op.key) ?? new Map<number, unknown>();
            set.set(op.device, op.value);
            lastSet.set(op.key, set);
          } else syncDevice(op.device, op.choice);
        }
        syncDevice(0, "theirs");
        syncDevice(1, "theirs");
        for (const key of keys) {
          const set = lastSet.get(key);
          const final = read(server.doc, key);
          if (!set) expect(final).toEqual(read(initial, key));
          else if (set.size === 1) expect(final).toEqual([...set.values()][0]);
          else expect([...set.values()]).toContainEqual(final);
        }
      }),
      { numRuns: 500 },
    );
  });
});

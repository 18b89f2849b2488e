import { describe, expect, it } from "vitest";
import type { MappingEntry } from "./schemas.ts";
import { fewTrainedActorsRating, suggestRatings } from "./suggest.ts";

let n = 0;
const anEntry = (details: MappingEntry["details"], overrides: Partial<MappingEntry> = {}): MappingEntry => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
  municipalityId: "00000000-0000-4000-8000-000000000000",
  title: "Entry",
  details,
  source: { kind: "partner_report", date: "2026-09-01" },
  stale: false,
  archived: false,
  version: 1,
  createdAt: "2026-09-01T00:00:00.000Z",
  updatedAt: "2026-09-01T00:00:00.000Z",
  ...overrides,
});

const group = anEntry({
  kind: "vulnerable_group",
  groupKind: "seasonal_and_posted_workers",
  estimatedSize: null,
  languages: [],
  places: [],
  forms: [],
  contactOrganisationIds: [],
});
const actor = (trained: boolean, contactFrequency: "weekly" | "rarely" = "weekly") =>
  anEntry({
    kind: "identifying_actor",
    organisationId: null,
    role: "Labour inspector",
    contactFrequency,
    trained,
    groupKinds: ["seasonal_and_posted_workers"],
  });
const evidence = (e: "suspected" | "indicated" | "confirmed", overrides: Partial<MappingEntry> = {}) =>
  anEntry(
    {
      kind: "exploitation_form",
      form: "forced_labour",
      status: "observed",
      evidence: e,
      groupKinds: ["seasonal_and_posted_workers"],
      sectors: [],
    },
    overrides,
  );

describe("rating suggestions from the map", () => {
  it("rates 'few trained actors' highest when no trained actor meets the group", () => {
    const s = suggestRatings({ group, location: null, form: "forced_labour" }, [
      group,
      actor(false),
      actor(true, "rarely"),
    ]);
    expect(s.ratings.fewTrainedActors).toBe(5);
  });

  it("lowers 'few trained actors' as trained actors in regular contact are mapped", () => {
    const s = suggestRatings({ group, location: null, form: "forced_labour" }, [
      actor(true),
      actor(true),
      actor(true),
    ]);
    expect(s.ratings.fewTrainedActors).toBe(2);
    expect(s.basis.find((b) => b.factor === "fewTrainedActors")!.entryIds).toHaveLength(3);
  });

  it("never raises 'few trained actors' as more are trained", () => {
    for (let k = 0; k < 15; k++)
      expect(fewTrainedActorsRating(k + 1)).toBeLessThanOrEqual(fewTrainedActorsRating(k));
  });

  it("suggests prevalence from the strongest current evidence of the form, ignoring stale sources", () => {
    const s = suggestRatings({ group, location: null, form: "forced_labour" }, [
      evidence("suspected"),
      evidence("confirmed", { stale: true }),
      evidence("indicated"),
    ]);
    expect(s.ratings.prevalence).toBe(3);
  });

  it("suggests nothing for prevalence without evidence, leaving it to the coordinator", () => {
    const s = suggestRatings({ group, location: null, form: "benefit_fraud" }, [evidence("confirmed")]);
    expect(s.ratings.prevalence).toBeUndefined();
    expect(s.ratings.severity).toBeUndefined();
  });
});

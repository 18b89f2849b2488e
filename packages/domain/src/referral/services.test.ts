import { describe, expect, it } from "vitest";
import { filterServices, isUnconditional, ServiceCreate, ServicePatch, servesGroup } from "./services.ts";
import { aService } from "./services-factory.ts";

const org = "22222222-2222-4222-8222-222222222222";

describe("service schema", () => {
  it("fills defaults for a minimal service", () => {
    const s = ServiceCreate.parse({ organisationId: org, name: " Night shelter ", type: "shelter" });
    expect(s).toMatchObject({
      name: "Night shelter",
      genders: [],
      languages: [],
      cost: "free",
      location: null,
    });
  });

  it("refuses an unknown type, impossible coordinates and an inverted age range", () => {
    const r = ServiceCreate.safeParse({
      organisationId: org,
      name: "X",
      type: "spa",
      location: { lat: 91, lon: 24 },
      ageMin: 30,
      ageMax: 20,
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["type", "location.lat"]));
  });

  it("refuses more available places than capacity", () => {
    const r = ServiceCreate.safeParse({
      organisationId: org,
      name: "X",
      type: "shelter",
      capacity: 2,
      available: 3,
    });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["available"]);
  });

  it("normalises language codes and refuses ones that are not ISO 639", () => {
    expect(
      ServiceCreate.parse({ organisationId: org, name: "X", type: "shelter", languages: ["FI"] }).languages,
    ).toEqual(["fi"]);
    expect(
      ServiceCreate.safeParse({ organisationId: org, name: "X", type: "shelter", languages: ["Finnish"] })
        .success,
    ).toBe(false);
  });

  it("needs the version on a patch", () => {
    expect(ServicePatch.safeParse({ available: 2 }).success).toBe(false);
    expect(ServicePatch.parse({ available: 2, version: 3 })).toEqual({ available: 2, version: 3 });
  });
});

describe("unconditional and groups", () => {
  it("is unconditional only when it demands no identification, documents or permit", () => {
    expect(isUnconditional(aService())).toBe(true);
    expect(isUnconditional(aService({ requiresResidencePermit: true }))).toBe(false);
    expect(isUnconditional(aService({ requiresIdentification: true }))).toBe(false);
  });

  it("serves women but not men when only female is listed, and no minors unless it says so", () => {
    const s = aService({ genders: ["female"] });
    expect(servesGroup(s, "women")).toBe(true);
    expect(servesGroup(s, "men")).toBe(false);
    expect(servesGroup(s, "minors")).toBe(false);
    expect(servesGroup(aService({ servesMinors: true, ageMax: 17 }), "minors")).toBe(true);
    expect(servesGroup(aService({ servesMinors: true, ageMax: 17 }), "women")).toBe(false);
  });
});

describe("directory filters", () => {
  const a = aService({ type: "shelter", languages: ["fi"], available: 2 });
  const b = aService({
    type: "health_care",
    languages: ["ru"],
    requiresDocuments: true,
    unconditional: false,
  });
  const c = aService({ type: "shelter", languages: ["ru"], archived: true });
  const d = aService({ type: "shelter", available: 0, open24_7: true });

  it("filters by type, language, unconditional and available now, and hides archived ones", () => {
    expect(filterServices([a, b, c, d], { type: "shelter" })).toEqual([a, d]);
    expect(filterServices([a, b, c, d], { language: "ru" })).toEqual([b]);
    expect(filterServices([a, b, c, d], { unconditional: false })).toEqual([b]);
    expect(filterServices([a, b, c, d], { availableNow: true })).toEqual([a, d]);
    expect(filterServices([a, b, c, d], { includeArchived: true })).toHaveLength(4);
  });
});

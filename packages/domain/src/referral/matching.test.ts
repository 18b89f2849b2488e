import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { haversineKm, rankServices } from "./matching.ts";
import { type Service, serviceGenders, serviceTypes } from "./services.ts";
import { aService } from "./services-factory.ts";

const asOf = new Date("2026-06-01T12:00:00Z");
const turku = { lat: 60.4518, lon: 22.2666 };

describe("haversineKm", () => {
  it("measures Turku to Helsinki as about 150 km", () => {
    expect(haversineKm(turku, { lat: 60.1699, lon: 24.9384 })).toBeCloseTo(150, -1);
  });

  it("is symmetric, zero at the same point and never beyond half the Earth", () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 6);
        expect(haversineKm(a, a)).toBe(0);
        expect(haversineKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-6);
      }),
    );
  });
});

describe("rankServices", () => {
  it("ranks the one that speaks the language and demands no documents first, with reasons", () => {
    const speaks = aService({ name: "Speaks Russian", languages: ["ru"], location: turku, available: 2 });
    const finnishOnly = aService({ name: "Finnish only", languages: ["fi"], location: turku, available: 2 });
    const r = rankServices(
      { types: ["shelter"] },
      { languages: ["ru"], place: turku },
      [finnishOnly, speaks],
      asOf,
    );
    expect(r.ranked.map((x) => x.service.name)).toEqual(["Speaks Russian", "Finnish only"]);
    expect(r.ranked[0]!.reasons).toEqual(
      expect.arrayContaining([
        { code: "speaks_language", languages: ["ru"] },
        { code: "unconditional" },
        { code: "places_available", available: 2 },
        { code: "distance", km: 0 },
      ]),
    );
    expect(r.ranked[1]!.reasons).toContainEqual({ code: "no_common_language" });
  });

  it("leaves out, with reasons, services a person without documents cannot use", () => {
    const permit = aService({
      name: "Needs permit",
      requiresResidencePermit: true,
      requiresIdentification: true,
    });
    const r = rankServices({ types: ["shelter"] }, { noDocuments: true }, [permit], asOf);
    expect(r.ranked).toEqual([]);
    expect(r.excluded[0]!.reasons).toEqual([
      { code: "demands_documents", demands: ["identification", "residence_permit"] },
    ]);
  });

  it("leaves out by gender, age, minors, families, access, places and distance", () => {
    const helsinki = { lat: 60.1699, lon: 24.9384 };
    const services = [
      aService({ name: "a", genders: ["male"] }),
      aService({ name: "b", ageMin: 25 }),
      aService({ name: "c", servesFamilies: false }),
      aService({ name: "d", available: 0 }),
      aService({ name: "e", location: helsinki }),
      aService({ name: "f", wheelchairAccessible: false }),
    ];
    const r = rankServices(
      { types: ["shelter"], maxDistanceKm: 50 },
      { gender: "female", age: 19, withChildren: true, place: turku, needsWheelchairAccess: true },
      services,
      asOf,
    );
    const codes = Object.fromEntries(r.excluded.map((x) => [x.service.name, x.reasons.map((y) => y.code)]));
    expect(codes.a).toContain("gender_not_served");
    expect(codes.b).toContain("age_not_served");
    expect(codes.c).toContain("families_not_served");
    expect(codes.d).toContain("no_places");
    expect(codes.e).toContain("too_far");
    expect(codes.f).toContain("not_wheelchair_accessible");
  });

  it("leaves out an adults' service for a minor", () => {
    const r = rankServices({ types: ["shelter"] }, { age: 15 }, [aService({ servesMinors: false })], asOf);
    expect(r.excluded[0]!.reasons).toEqual([{ code: "minors_not_served" }]);
  });

  it("treats availability reported long ago as unknown", () => {
    const s = aService({ available: 5, availabilityUpdatedAt: "2026-05-01T12:00:00Z" });
    const r = rankServices({ types: ["shelter"] }, {}, [s], asOf);
    expect(r.ranked[0]!.reasons).toContainEqual({ code: "availability_stale", days: 31 });
  });

  it("ignores archived services and services of other types", () => {
    const r = rankServices(
      { types: ["health_care"] },
      {},
      [aService({ type: "health_care", archived: true }), aService({ type: "shelter" })],
      asOf,
    );
    expect(r).toEqual({ ranked: [], excluded: [] });
  });

  const arbitraryService = fc
    .record({
      type: fc.constantFrom("shelter", "health_care", "legal_counselling" as const),
      languages: fc.subarray(["fi", "sv", "en", "ru", "uk"]),
      genders: fc.subarray([...serviceGenders]),
      requiresDocuments: fc.boolean(),
      available: fc.option(fc.integer({ min: 0, max: 5 })),
      open24_7: fc.boolean(),
      servesMinors: fc.boolean(),
      servesFamilies: fc.boolean(),
      location: fc.option(
        fc.record({
          lat: fc.double({ min: 59, max: 62, noNaN: true }),
          lon: fc.double({ min: 21, max: 26, noNaN: true }),
        }),
      ),
    })
    .map((o) => aService({ ...o, type: o.type as Service["type"] }));
  const arbitraryProfile = fc.record({
    gender: fc.option(fc.constantFrom(...serviceGenders), { nil: undefined }),
    age: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    languages: fc.subarray(["fi", "en", "ru", "ar"]),
    noDocuments: fc.boolean(),
    withChildren: fc.boolean(),
    place: fc.option(fc.constant(turku), { nil: undefined }),
  });
  const arbitraryNeeds = fc.record({
    types: fc.subarray(["shelter", "health_care", "legal_counselling"] as const, { minLength: 1 }),
    urgent: fc.boolean(),
  });

  it("puts every service of the needed types in exactly one list, whatever the input order", () => {
    fc.assert(
      fc.property(
        arbitraryNeeds,
        arbitraryProfile,
        fc.array(arbitraryService, { maxLength: 30 }),
        (needs, profile, services) => {
          const r = rankServices(needs, profile, services, asOf);
          const ids = [...r.ranked, ...r.excluded].map((x) => x.service.id).sort();
          const expected = services
            .filter((s) => needs.types.includes(s.type as never))
            .map((s) => s.id)
            .sort();
          expect(ids).toEqual(expected);
          const again = rankServices(needs, profile, [...services].reverse(), asOf);
          expect(again).toEqual(r);
          for (let i = 1; i < r.ranked.length; i++)
            expect(r.ranked[i - 1]!.score).toBeGreaterThanOrEqual(r.ranked[i]!.score);
          for (const x of r.excluded) expect(x.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("never ranks a service demanding documents for a person without them", () => {
    fc.assert(
      fc.property(
        arbitraryNeeds,
        arbitraryProfile,
        fc.array(arbitraryService, { maxLength: 30 }),
        (needs, profile, services) => {
          const r = rankServices(needs, { ...profile, noDocuments: true }, services, asOf);
          for (const x of r.ranked) expect(x.service.requiresDocuments).toBe(false);
        },
      ),
    );
  });

  it("never raises a service's score by taking away a language the person speaks", () => {
    fc.assert(
      fc.property(arbitraryService, (service) => {
        const speaks = aService({ ...service, languages: ["fi", "ru"], id: service.id });
        const silent = aService({ ...service, languages: ["fi"], id: service.id });
        const needs = { types: [...serviceTypes] };
        const a = rankServices(needs, { languages: ["ru"] }, [speaks], asOf).ranked[0]?.score ?? 0;
        const b = rankServices(needs, { languages: ["ru"] }, [silent], asOf).ranked[0]?.score ?? 0;
        expect(a).toBeGreaterThanOrEqual(b);
      }),
    );
  });
});

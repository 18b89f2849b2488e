import type { Service } from "./services.ts";

let counter = 0;

/** A valid stored service for tests and benchmarks; override what the test is about. */
export function aService(overrides: Partial<Service> = {}): Service {
  counter++;
  const n = String(counter).padStart(12, "0");
  return {
    id: `00000000-0000-4000-8000-${n}`,
    municipalityId: "11111111-1111-4111-8111-111111111111",
    organisationId: "22222222-2222-4222-8222-222222222222",
    organisationName: "Safe Harbour",
    name: `Service ${n}`,
    type: "shelter",
    description: "",
    genders: [],
    ageMin: null,
    ageMax: null,
    servesMinors: false,
    servesFamilies: false,
    languages: ["fi", "en"],
    wheelchairAccessible: false,
    accessibilityNotes: "",
    cost: "free",
    requiresIdentification: false,
    requiresDocuments: false,
    requiresResidencePermit: false,
    capacity: null,
    available: null,
    openingHours: "",
    open24_7: false,
    emergencyLine: null,
    phone: null,
    email: null,
    website: null,
    address: "",
    location: null,
    areaServed: "municipality",
    unconditional: true,
    availabilityUpdatedAt: null,
    archived: false,
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

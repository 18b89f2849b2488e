import { describe, expect, it } from "vitest";
import { parseCsvRecords, parseServiceCsv, serialiseServiceCsv } from "./service-csv.ts";
import { aService } from "./services-factory.ts";

const harbour = "22222222-2222-4222-8222-222222222222";
const context = { organisations: new Map([["safe harbour", harbour]]), serviceIds: new Set<string>() };
const header = "name,organisation,type,languages,latitude,longitude,requires_documents";

describe("CSV records", () => {
  it("reads quoted cells with commas, doubled quotes and line breaks, and counts lines", () => {
    const records = parseCsvRecords('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n');
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
    ]);
  });

  it("reports a quoted cell left open", () => {
    expect(parseCsvRecords('a\n"open')).toEqual({
      line: 2,
      column: null,
      reason: "a quoted cell is not closed",
    });
  });
});

describe("parseServiceCsv", () => {
  it("parses good rows into services with lists, booleans and coordinates", () => {
    const r = parseServiceCsv(
      `${header}\nNight shelter,Safe Harbour,shelter,fi;EN,60.45,22.26,no\n`,
      context,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows[0]).toMatchObject({
      line: 2,
      id: null,
      fields: {
        name: "Night shelter",
        organisationId: harbour,
        languages: ["fi", "en"],
        location: { lat: 60.45, lon: 22.26 },
        requiresDocuments: false,
      },
    });
  });

  it("reports every bad row with line, column and reason, and returns no rows", () => {
    const csv = [
      header,
      "Good,Safe Harbour,shelter,fi,60.4,22.2,no",
      "Spa,Safe Harbour,spa_treatment,fi,60.4,22.2,no",
      "Far away,Safe Harbour,shelter,fi,123.4,22.2,no",
      "Nobody's,Unknown Org,shelter,fi,,,maybe",
      "Half,Safe Harbour,shelter,fi,60.1,,no",
    ].join("\n");
    const r = parseServiceCsv(csv, context);
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 3, column: "type", reason: 'unknown service type "spa_treatment"' },
        { line: 4, column: "latitude", reason: "impossible coordinate: latitude is between -90 and 90" },
        { line: 5, column: "organisation", reason: "no such organisation" },
        { line: 5, column: "requires_documents", reason: "use yes or no" },
        { line: 6, column: "longitude", reason: "give both latitude and longitude, or neither" },
      ],
    });
  });

  it("refuses unknown and missing columns before reading rows", () => {
    const r = parseServiceCsv("name,colour\nX,red\n", context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { line: 1, column: "colour", reason: "unknown column" },
      { line: 1, column: "organisation", reason: "missing column" },
      { line: 1, column: "type", reason: "missing column" },
    ]);
  });

  it("refuses an id that is not a service of the directory", () => {
    const r = parseServiceCsv(
      "id,name,organisation,type\n00000000-0000-4000-8000-999999999999,X,Safe Harbour,shelter\n",
      context,
    );
    expect(r.ok ? [] : r.errors.map((e) => e.column)).toEqual(["id"]);
  });

  it("reports a row with the wrong number of cells", () => {
    const r = parseServiceCsv(`${header}\nX,Safe Harbour\n`, context);
    expect(r.ok ? null : r.errors[0]).toEqual({
      line: 2,
      column: null,
      reason: "has 2 cells; the header has 7",
    });
  });
});

describe("serialiseServiceCsv", () => {
  it("round-trips an export through the import", () => {
    const services = [
      aService({
        name: 'Shelter "North", Turku',
        languages: ["fi", "ru"],
        genders: ["female"],
        location: { lat: 60.45, lon: 22.26 },
        capacity: 10,
        available: 3,
        requiresResidencePermit: true,
        description: "Line one\nline two",
      }),
      aService({ name: "=HYPERLINK(evil)", type: "legal_counselling", email: "info@example.org" }),
    ];
    const csv = serialiseServiceCsv(services);
    expect(csv).toContain("'=HYPERLINK(evil)"); // a spreadsheet shows it as text, never runs it
    const r = parseServiceCsv(csv, { ...context, serviceIds: new Set(services.map((s) => s.id)) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const [i, row] of r.rows.entries()) {
      const {
        id,
        municipalityId,
        organisationName,
        unconditional,
        availabilityUpdatedAt,
        archived,
        version,
        createdAt,
        updatedAt,
        ...fields
      } = services[i]!;
      expect(row.id).toBe(id);
      expect(row.fields).toEqual(fields);
    }
  });
});

import { common } from "@ariadne/domain";
import { OrganisationCreate, SignInRequest, UserCreate } from "@ariadne/domain/admin/index.ts";
import { CaseCreate } from "@ariadne/domain/cases/index.ts";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkForm, numberRuleAt, reasonText, standingErrors } from "./validate.ts";

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe("checkForm", () => {
  it("passes valid values through, parsed", () => {
    const checked = checkForm(OrganisationCreate, { name: "  Shelter ", kind: "ngo" }, t);
    expect(checked).toEqual({ ok: true, data: { name: "Shelter", kind: "ngo" } });
  });

  it("names an empty field as required", () => {
    const checked = checkForm(OrganisationCreate, { name: "", kind: "ngo" }, t);
    expect(checked).toEqual({ ok: false, fields: { name: "validation.required" } });
  });

  it("says how long a field may be", () => {
    const checked = checkForm(OrganisationCreate, { name: "x".repeat(201), kind: "ngo" }, t);
    expect(checked).toEqual({ ok: false, fields: { name: 'validation.tooLong {"max":200}' } });
  });

  it("asks for an email address and for a choice among options", () => {
    const checked = checkForm(
      UserCreate,
      { email: "not-an-address", displayName: "Eino", organisationId: "", role: "pirate" },
      t,
    );
    expect(checked).toEqual({
      ok: false,
      fields: { email: "validation.email", organisationId: "validation.required", role: "validation.choose" },
    });
  });

  it("explains a malformed authentication code", () => {
    const checked = checkForm(SignInRequest, { email: "a@b.fi", password: "x", totp: "12ab" }, t);
    expect(checked).toEqual({ ok: false, fields: { totp: "validation.totp" } });
  });
});

describe("numbers, lists and nested fields", () => {
  const count = z.int().min(0).max(100_000);
  const point = z.strictObject({
    type: z.literal("Point"),
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  });
  const Form = z.strictObject({
    conversations: count.default(0),
    peopleMet: z.partialRecord(z.enum(["homeless", "migrants"]), count).default({}),
    point: z.discriminatedUnion("type", [point]).nullable().default(null),
    groups: z.array(z.string()).min(1),
    tags: z.array(z.string()).max(2).default([]),
  });
  const ok = { groups: ["youth"] };

  it("reads a number field's rule from the schema, through defaults, unions, tuples and records", () => {
    expect(numberRuleAt(Form, ["conversations"])).toEqual({ min: 0, max: 100_000, whole: true });
    expect(numberRuleAt(Form, ["peopleMet", "migrants"])).toEqual({ min: 0, max: 100_000, whole: true });
    expect(numberRuleAt(Form, ["point", "coordinates", 0])).toEqual({ min: -180, max: 180, whole: false });
    expect(numberRuleAt(Form, ["groups"])).toBeNull();
    expect(numberRuleAt(z.int(), [])).toEqual({ min: null, max: null, whole: true });
  });

  it("reads a number field's rule through every wrapper, pipe and union a schema may put around it", () => {
    const year = z.coerce.number().int().min(1990).max(2100);
    const rule = { min: 1990, max: 2100, whole: true };
    const Wrapped = z.object({
      optional: year.optional(),
      nullish: year.nullish(),
      readonly: year.readonly(),
      caught: year.catch(2000),
      prefault: year.prefault(2000),
      required: year.optional().nonoptional(),
      lazy: z.lazy(() => year),
      piped: year.transform(String),
      either: z.union([z.string(), year]),
      exactlyOne: z.xor([z.boolean(), year]),
      list: z.array(year),
      pair: z.tuple([z.string()], year),
    });
    for (const field of [
      "optional",
      "nullish",
      "readonly",
      "caught",
      "prefault",
      "required",
      "lazy",
      "piped",
    ])
      expect(numberRuleAt(Wrapped, [field]), field).toEqual(rule);
    expect(numberRuleAt(Wrapped, ["either"])).toEqual(rule);
    expect(numberRuleAt(Wrapped, ["exactlyOne"])).toEqual(rule);
    expect(numberRuleAt(Wrapped, ["list", 3])).toEqual(rule);
    expect(numberRuleAt(Wrapped, ["pair", 0])).toBeNull();
    expect(numberRuleAt(Wrapped, ["pair", 5])).toEqual(rule);
  });

  it("tells whole numbers by their integer format and takes an exclusive bound as the bound", () => {
    expect(numberRuleAt(z.number().int(), [])).toEqual({ min: null, max: null, whole: true });
    expect(numberRuleAt(z.int32(), [])?.whole).toBe(true);
    expect(numberRuleAt(z.uint32(), [])?.whole).toBe(true);
    expect(numberRuleAt(z.float64(), [])?.whole).toBe(false);
    expect(numberRuleAt(z.number(), [])).toEqual({ min: null, max: null, whole: false });
    expect(numberRuleAt(z.number().gt(0).lt(5), [])).toEqual({ min: 0, max: 5, whole: false });
  });

  it("finds no field under a name an object only inherits", () => {
    const Form = z.object({ n: z.number() });
    expect(numberRuleAt(Form, ["toString"])).toBeNull();
    expect(numberRuleAt(Form, ["constructor", "x"])).toBeNull();
    expect(checkForm(Form, { n: 1, toString: 5 }, t)).toEqual({ ok: true, data: { n: 1 } });
  });

  it("says what a number field allows, never 'characters' nor 'check this value'", () => {
    expect(checkForm(Form, { ...ok, conversations: -5 }, t)).toEqual({
      ok: false,
      fields: { conversations: 'validation.wholeRange {"min":0,"max":100000}' },
    });
    expect(checkForm(Form, { ...ok, conversations: 2.5 }, t)).toEqual({
      ok: false,
      fields: { conversations: "validation.wholeNumber" },
    });
    expect(checkForm(Form, { ...ok, conversations: Number("abc") }, t)).toEqual({
      ok: false,
      fields: { conversations: 'validation.wholeRange {"min":0,"max":100000}' },
    });
    expect(checkForm(z.object({ n: z.number().min(1) }), { n: 0 }, t)).toEqual({
      ok: false,
      fields: { n: 'validation.numberAtLeast {"min":1}' },
    });
    expect(checkForm(z.object({ n: z.number() }), { n: "x" }, t)).toEqual({
      ok: false,
      fields: { n: "validation.number" },
    });
  });

  it("puts a nested issue under the input the form says it belongs to", () => {
    const fieldOf = (path: readonly PropertyKey[]) =>
      path[0] === "point"
        ? path[2] === 0
          ? "longitude"
          : "latitude"
        : path[0] === "peopleMet"
          ? `people.${String(path[1])}`
          : String(path[0]);
    const values = {
      ...ok,
      point: { type: "Point", coordinates: [999, Number("abc")] },
      peopleMet: { migrants: -5 },
    };
    expect(checkForm(Form, values, t, { fieldOf })).toEqual({
      ok: false,
      fields: {
        longitude: 'validation.numberRange {"min":-180,"max":180}',
        latitude: 'validation.numberRange {"min":-90,"max":90}',
        "people.migrants": 'validation.wholeRange {"min":0,"max":100000}',
      },
    });
  });

  it("asks for a choice in an empty list and says how long a list may be", () => {
    expect(checkForm(Form, { groups: [], tags: ["a", "b", "c"] }, t)).toEqual({
      ok: false,
      fields: { groups: "validation.chooseOne", tags: 'validation.tooMany {"max":2}' },
    });
  });

  it("says a field's rule in the form's own words when the form gives them", () => {
    expect(
      checkForm(Form, { groups: [] }, t, { wording: { groups: "Choose at least one target group." } }),
    ).toEqual({ ok: false, fields: { groups: "Choose at least one target group." } });
  });

  it("leaves a refinement's own message to the refinement, even on a number", () => {
    const Range = z
      .object({ from: z.int().min(1900), to: z.int().min(1900) })
      .refine((r) => r.from <= r.to, { path: ["to"], params: { reason: "date_range" } });
    expect(checkForm(Range, { from: 2030, to: 2020 }, t)).toEqual({
      ok: false,
      fields: { to: "validation.dateRange" },
    });
  });
});

describe("the shared text and date types' reasons", () => {
  const Form = z.strictObject({ name: common.singleLineText(50).min(1), on: common.CalendarDate });

  it("says in the user's language why a text or a date is refused", () => {
    expect(checkForm(Form, { name: "Anna\u0000", on: "0000-01-01" }, t)).toEqual({
      ok: false,
      fields: { name: "validation.controlCharacters", on: "validation.dateRange" },
    });
    expect(checkForm(Form, { name: "a\nb", on: "2026-02-30" }, t)).toEqual({
      ok: false,
      fields: { name: "validation.lineBreaks", on: "validation.date" },
    });
  });

  it("says a refinement's reason at an empty field instead of asking to fill it in", () => {
    // A case of nothing: the issue stands at the empty pseudonym, and says what the least is.
    const checked = checkForm(CaseCreate, { person: { aliases: [] } }, t);
    expect(checked).toEqual({ ok: false, fields: { person: "validation.caseMinimum" } });
  });

  it("translates the API's reasons it knows and leaves the others to the caller", () => {
    expect(reasonText(t, "date_range")).toBe("validation.dateRange");
    expect(reasonText(t, "something_else")).toBeUndefined();
    expect(reasonText(t, undefined)).toBeUndefined();
  });
});

describe("standingErrors: errors clear as the fields are fixed", () => {
  const Form = z.strictObject({ title: z.string().trim().min(1), dueOn: common.CalendarDate });
  const check = (values: Record<string, unknown>) => checkForm(Form, values, t);

  it("clears a field's error once that field is fixed and keeps the others", () => {
    const basis = check({ title: "", dueOn: "" });
    expect(basis.ok).toBe(false);
    const shown = basis.ok ? {} : basis.fields;
    expect(Object.keys(shown)).toEqual(["title", "dueOn"]);
    expect(standingErrors(shown, basis, check({ title: "Call the shelter", dueOn: "" }))).toEqual({
      dueOn: "validation.required",
    });
    expect(standingErrors(shown, basis, check({ title: "Call the shelter", dueOn: "2026-12-04" }))).toEqual(
      {},
    );
  });

  it("shows the current reason while a field is still wrong", () => {
    const basis = check({ title: "x", dueOn: "" });
    const shown = basis.ok ? {} : basis.fields;
    expect(standingErrors(shown, basis, check({ title: "x", dueOn: "2026-02-30" }))).toEqual({
      dueOn: "validation.date",
    });
  });

  it("keeps the server's error on a field until that field changes", () => {
    const basis = check({ title: "Taken", dueOn: "2026-12-04" });
    const server = { title: "validation.invalid" };
    expect(standingErrors(server, basis, check({ title: "Taken", dueOn: "2026-12-05" }))).toEqual(server);
    expect(standingErrors(server, basis, check({ title: "Other", dueOn: "2026-12-04" }))).toEqual({});
  });
});

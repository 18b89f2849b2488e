import { common } from "@ariadne/domain";
import { OrganisationCreate, SignInRequest, UserCreate } from "@ariadne/domain/admin/index.ts";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkForm, reasonText, standingErrors } from "./validate.ts";

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

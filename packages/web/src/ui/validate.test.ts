import { common } from "@ariadne/domain";
import { OrganisationCreate, SignInRequest, UserCreate } from "@ariadne/domain/admin/index.ts";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkForm, reasonText } from "./validate.ts";

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

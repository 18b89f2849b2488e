import { OrganisationCreate, SignInRequest, UserCreate } from "@ariadne/domain/admin/index.ts";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { checkForm } from "./validate.ts";

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

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  projectSharedFields,
  ReferralCreate,
  type ShareableCase,
  SharedFieldsSchema,
  shareableFields,
} from "./referral-sharing.ts";

const aCase = (over: Partial<ShareableCase> = {}): ShareableCase => ({
  caseCode: "DEMO-0001",
  ageBand: "24-26",
  gender: "female",
  languages: ["lt", "ru"],
  citizenship: "LT",
  unaccompaniedMinor: false,
  needs: ["shelter"],
  givenName: "Marija",
  familyName: "Petrauskaite",
  dateOfBirth: "1998-04-12",
  phone: "+358 40 123 4567",
  address: "Street 1",
  notesSummary: "Needs a safe place tonight",
  ...over,
});

describe("field-level sharing", () => {
  it("projects only the chosen fields; the others are absent, not empty", () => {
    const shared = projectSharedFields(aCase(), ["caseCode", "languages", "needs"]);
    expect(shared).toEqual({ caseCode: "DEMO-0001", languages: ["lt", "ru"], needs: ["shelter"] });
    expect("givenName" in shared).toBe(false);
  });

  it("never lets a field through that was not chosen, whatever the choice", () => {
    fc.assert(
      fc.property(fc.subarray([...shareableFields]), (chosen) => {
        const shared = projectSharedFields(aCase(), chosen);
        expect(Object.keys(shared).sort()).toEqual([...chosen].sort());
        expect(SharedFieldsSchema.safeParse(shared).success).toBe(true);
      }),
    );
  });

  it("refuses a draft that names a field twice or shares a summary it does not write", () => {
    const base = {
      caseId: "00000000-0000-4000-8000-000000000001",
      receivingOrganisationId: "00000000-0000-4000-8000-000000000002",
      stage: "accommodation",
    };
    expect(
      ReferralCreate.safeParse({ ...base, sharedFields: ["caseCode", "caseCode"] }).error?.issues[0]?.path,
    ).toEqual(["sharedFields"]);
    expect(
      ReferralCreate.safeParse({ ...base, sharedFields: ["notesSummary"] }).error?.issues[0]?.path,
    ).toEqual(["notesSummary"]);
    expect(ReferralCreate.safeParse({ ...base, sharedFields: ["birthPlace"] }).success).toBe(false);
    expect(ReferralCreate.safeParse({ ...base, sharedFields: ["caseCode"] }).success).toBe(true);
  });
});

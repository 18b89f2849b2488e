import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { organisationKinds } from "../admin/index.ts";
import { caseStatuses, exploitationForms, genders } from "../cases/index.ts";
import { sectors } from "../mapping/vocabularies.ts";
import { htcdsCsv, htcdsQuasiIdentifiers, htcdsRecordOf, kAnonymiseHtcds } from "./htcds-export.ts";
import {
  htcdsAllFields,
  htcdsFieldReference,
  htcdsFields,
  htcdsMultiSeparator,
  htcdsValues,
} from "./htcds-format.ts";

const codedCase = fc.record({
  gender: fc.constantFrom(...genders, null),
  citizenship: fc.constantFrom("RO", "VN", "UA", "FI", null),
  forms: fc.subarray([...exploitationForms], { maxLength: 3 }),
  sector: fc.constantFrom(...sectors, null),
  status: fc.constantFrom(...caseStatuses),
  closeReason: fc.constantFrom("assistance_completed", "deceased", "moved_away", null),
  organisationKind: fc.constantFrom(...organisationKinds),
  organisationName: fc.constantFrom("Social services", "Red Cross; Helsinki", "=HYPERLINK()"),
  municipalityName: fc.constant("Testby"),
  country: fc.constant("FI"),
  processingConsent: fc.boolean(),
  referredOrganisations: fc.subarray(["Shelter A", "Clinic B", "Legal aid C"]),
  firstReferralYear: fc.constantFrom(2023, 2024, null),
});
const quasi = htcdsQuasiIdentifiers;

describe("HTCDS export", () => {
  it("writes only the standard's field names and picklist values", () => {
    fc.assert(
      fc.property(codedCase, (c) => {
        const r = htcdsRecordOf(c);
        expect(Object.keys(r).sort()).toEqual([...htcdsFields].sort());
        for (const [field, values] of Object.entries(htcdsValues)) {
          const v = r[field as keyof typeof r];
          const parts = v === "" ? [] : v.split(htcdsMultiSeparator);
          for (const p of parts) expect(values as readonly string[]).toContain(p);
        }
        expect(r.prs_Nationality).toMatch(/^([A-Z]{2})?$/);
        expect(r.org_ShippingCountry).toMatch(/^[A-Z]{2}$/);
        // ISO 8601 reduced to a year; a checkbox as true/false.
        expect(r.cas_OutgoingReferralDate).toMatch(/^(\d{4})?$/);
        expect(r.vic_AgreementToManagePersonalData).toMatch(/^(true|false)$/);
        expect(r.org_Name).not.toContain(";");
      }),
      { numRuns: 300 },
    );
  });

  it("exports only fields of the standard's field list, in its order, and no identifying one", () => {
    const order = htcdsFields.map((f) => htcdsAllFields.indexOf(f));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const never of ["prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_Email", "prs_MobilePhone"])
      expect(htcdsFields as readonly string[]).not.toContain(never);
    expect(Object.keys(htcdsFieldReference)).toEqual([
      "Organisation",
      "Person",
      "Person Victim Context",
      "Person Perpetrator Context",
      "Historic Trafficking Events",
      "Case",
    ]);
  });

  it("keeps every combination of the quasi-identifiers at k records or more", () => {
    fc.assert(
      fc.property(fc.array(codedCase, { maxLength: 300 }), fc.integer({ min: 5, max: 11 }), (cases, k) => {
        const { rows, suppressed } = kAnonymiseHtcds(cases.map(htcdsRecordOf), k);
        expect(rows.length + suppressed).toBe(cases.length);
        const groups = new Map<string, number>();
        for (const r of rows) {
          const key = quasi.map((q) => r[q]).join("|");
          groups.set(key, (groups.get(key) ?? 0) + 1);
        }
        for (const n of groups.values()) expect(n).toBeGreaterThanOrEqual(k);
      }),
      { numRuns: 150 },
    );
  });

  it("writes the sector's type of labour for labour exploitation, and none for other forms", () => {
    const base = {
      gender: "male",
      citizenship: "VN",
      status: "open",
      organisationKind: "ngo",
      country: "FI",
    };
    const built = htcdsRecordOf({ ...base, forms: ["forced_labour"], sector: "construction" });
    expect(built.vic_TypeOfLabourExploitation).toBe("Construction");
    const unknown = htcdsRecordOf({ ...base, forms: ["forced_labour"], sector: null });
    expect(unknown.vic_TypeOfLabourExploitation).toBe("Other");
    const begging = htcdsRecordOf({ ...base, forms: ["forced_begging"], sector: "hospitality" });
    expect(begging.vic_TypeOfLabourExploitation).toBe("Begging;Hospitality");
    const sexual = htcdsRecordOf({ ...base, forms: ["sexual_exploitation"], sector: "massage_parlours" });
    expect(sexual.vic_TypeOfLabourExploitation).toBe("");
  });

  it("maps forms of labour exploitation, gender, organisation and status to the standard's codes", () => {
    const r = htcdsRecordOf({
      gender: "non_binary",
      citizenship: "RO",
      forms: ["forced_begging", "forced_criminality", "sexual_exploitation"],
      status: "in_assistance",
      organisationKind: "social_services",
      organisationName: "=Social services",
      municipalityName: "Testby",
      country: "FI",
      processingConsent: true,
      referredOrganisations: ["Shelter A", "Clinic B", "Shelter A"],
      firstReferralYear: 2024,
    });
    expect(r).toEqual({
      org_Name: "=Social services",
      org_ShippingCity: "Testby",
      org_ShippingCountry: "FI",
      org_Type: "LocalGovernmentOrganisation",
      prs_Gender: "Transgender/NonConforming",
      prs_Nationality: "RO",
      vic_AgreementToManagePersonalData: "true",
      vic_TypeOfLabourExploitation: "Begging;IllicitActivities",
      cas_Status: "Active",
      cas_ReferredOrganisation: "Clinic B;Shelter A",
      cas_OutgoingReferralDate: "2024",
      cas_ReasonForCaseClosure: "",
    });
    expect(htcdsCsv([r])).toBe(
      `${htcdsFields.join(",")}\r\n` +
        "'=Social services,Testby,FI,LocalGovernmentOrganisation,Transgender/NonConforming,RO,true,Begging;IllicitActivities,Active,Clinic B;Shelter A,2024,\r\n",
    );
    const closed = htcdsRecordOf({
      gender: null,
      citizenship: null,
      forms: [],
      status: "closed",
      closeReason: "moved_away",
      organisationKind: "other",
      country: "FI",
    });
    expect(closed).toMatchObject({
      cas_Status: "Closed",
      cas_ReasonForCaseClosure: "moved_away",
      org_Type: "",
    });
  });
});

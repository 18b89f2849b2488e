import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { organisationKinds } from "../admin/index.ts";
import { caseStatuses, exploitationForms, genders } from "../cases/index.ts";
import { htcdsCsv, htcdsRecordOf, kAnonymiseHtcds } from "./htcds-export.ts";
import { htcdsFields, htcdsMultiSeparator, htcdsValues } from "./htcds-format.ts";

const codedCase = fc.record({
  gender: fc.constantFrom(...genders, null),
  citizenship: fc.constantFrom("RO", "VN", "UA", "FI", null),
  forms: fc.subarray([...exploitationForms], { maxLength: 3 }),
  status: fc.constantFrom(...caseStatuses),
  organisationKind: fc.constantFrom(...organisationKinds),
  country: fc.constant("FI"),
});
const quasi = ["prs_Nationality", "prs_Gender", "org_Type", "org_ShippingCountry"] as const;

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
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every combination of nationality, gender, organisation type and country at k records or more", () => {
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

  it("maps forms of labour exploitation, gender, organisation and status to the standard's codes", () => {
    const r = htcdsRecordOf({
      gender: "non_binary",
      citizenship: "RO",
      forms: ["forced_begging", "forced_criminality", "sexual_exploitation"],
      status: "in_assistance",
      organisationKind: "social_services",
      country: "FI",
    });
    expect(r).toEqual({
      org_Type: "LocalGovernmentOrganisation",
      org_ShippingCountry: "FI",
      prs_Gender: "Transgender/NonConforming",
      prs_Nationality: "RO",
      vic_TypeOfLabourExploitation: "Begging;IllicitActivities",
      cas_Status: "Active",
    });
    expect(htcdsCsv([r])).toBe(
      "org_Type,org_ShippingCountry,prs_Gender,prs_Nationality,vic_TypeOfLabourExploitation,cas_Status\r\n" +
        "LocalGovernmentOrganisation,FI,Transgender/NonConforming,RO,Begging;IllicitActivities,Active\r\n",
    );
  });
});

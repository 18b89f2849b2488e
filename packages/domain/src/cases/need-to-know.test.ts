import { describe, expect, it } from "vitest";
import type { Role } from "../admin/roles.ts";
import {
  type CaseAccessFacts,
  type CaseViewer,
  caseAbilities,
  caseAccess,
  listedFor,
  roleHasCaseContentRights,
} from "./need-to-know.ts";

const m = "00000000-0000-4000-8000-000000000001";
const ownerOrg = "00000000-0000-4000-8000-0000000000a1";
const otherOrg = "00000000-0000-4000-8000-0000000000a2";

const aViewer = (o: Partial<CaseViewer> = {}): CaseViewer => ({
  userId: "00000000-0000-4000-8000-0000000000f1",
  role: "frontline",
  municipalityId: m,
  organisationId: ownerOrg,
  ...o,
});
const aCase = (o: Partial<CaseAccessFacts> = {}): CaseAccessFacts => ({
  municipalityId: m,
  ownerOrganisationId: ownerOrg,
  highRisk: false,
  closed: false,
  anonymised: false,
  grantedUserIds: [],
  grantedOrganisationIds: [],
  breakGlassActive: false,
  ...o,
});

describe("need-to-know", () => {
  it("shows the owner organisation's frontline professional the content and lets them write", () => {
    expect(caseAccess(aViewer(), aCase())).toBe("content");
    expect(caseAbilities(aViewer(), aCase())).toMatchObject({
      write: true,
      transition: true,
      manageTeam: true,
    });
  });

  it("hides a case from a frontline professional of another organisation", () => {
    expect(caseAccess(aViewer({ organisationId: otherOrg }), aCase())).toBe("none");
  });

  it("opens the content to an organisation granted to the case team", () => {
    const v = aViewer({ organisationId: otherOrg });
    expect(caseAccess(v, aCase({ grantedOrganisationIds: [otherOrg] }))).toBe("content");
    expect(caseAbilities(v, aCase({ grantedOrganisationIds: [otherOrg] })).manageTeam).toBe(false);
  });

  it("shows a coordinator that a case exists but not its content, unless granted", () => {
    const coordinator = aViewer({ role: "coordinator", organisationId: otherOrg });
    expect(caseAccess(coordinator, aCase())).toBe("existence");
    expect(caseAccess(coordinator, aCase({ grantedUserIds: [coordinator.userId] }))).toBe("content");
    expect(caseAbilities(coordinator, aCase({ grantedUserIds: [coordinator.userId] })).write).toBe(false);
  });

  it("hides a high-risk case from every list outside the team, the coordinator's too", () => {
    const coordinator = aViewer({ role: "coordinator", organisationId: otherOrg });
    expect(listedFor(coordinator, aCase({ highRisk: true }))).toBe(false);
    expect(caseAccess(coordinator, aCase({ highRisk: true }))).toBe("none");
    expect(listedFor(aViewer(), aCase({ highRisk: true }))).toBe(true);
  });

  it("opens the content through break-glass, and offers break-glass only to those outside the team", () => {
    const outsider = aViewer({ organisationId: otherOrg });
    expect(caseAbilities(outsider, aCase()).breakGlass).toBe(true);
    expect(caseAccess(outsider, aCase({ breakGlassActive: true }))).toBe("content");
    expect(caseAbilities(aViewer(), aCase()).breakGlass).toBe(false);
    expect(
      caseAbilities(aViewer({ role: "service_provider", organisationId: otherOrg }), aCase()).breakGlass,
    ).toBe(false);
  });

  it("never shows a service provider a case, whatever the grants or break-glass", () => {
    const sp = aViewer({ role: "service_provider", organisationId: otherOrg });
    const grantedEverything = aCase({
      grantedUserIds: [sp.userId],
      grantedOrganisationIds: [otherOrg],
      breakGlassActive: true,
    });
    expect(caseAccess(sp, grantedEverything)).toBe("none");
    expect(caseAccess(aViewer({ role: "service_provider" }), aCase())).toBe("none");
    expect(Object.values(caseAbilities(sp, grantedEverything)).some(Boolean)).toBe(false);
    expect(roleHasCaseContentRights("service_provider")).toBe(false);
  });

  it("opens an organisation's grant only to its users whose role has case content rights", () => {
    const granted = aCase({ grantedOrganisationIds: [otherOrg] });
    expect(caseAccess(aViewer({ organisationId: otherOrg }), granted)).toBe("content");
    expect(caseAccess(aViewer({ role: "coordinator", organisationId: otherOrg }), granted)).toBe("content");
    for (const role of ["service_provider", "analyst", "trainer"] as Role[]) {
      expect(caseAccess(aViewer({ role, organisationId: otherOrg }), granted), role).toBe("none");
    }
  });

  it("never shows a case to another municipality, whatever the grants", () => {
    const v = aViewer({ municipalityId: "00000000-0000-4000-8000-000000000002" });
    expect(caseAccess(v, aCase({ grantedOrganisationIds: [ownerOrg], breakGlassActive: true }))).toBe("none");
    expect(caseAbilities(v, aCase()).breakGlass).toBe(false);
  });

  it("shows nothing to roles without case permissions", () => {
    for (const role of ["analyst", "trainer", "system_admin"] as Role[]) {
      expect(caseAccess(aViewer({ role }), aCase()), role).toBe("none");
    }
  });

  it("freezes a closed case for writing but lets the team transition and anonymise it", () => {
    const a = caseAbilities(aViewer(), aCase({ closed: true }));
    expect(a).toMatchObject({ write: false, transition: true, anonymise: true });
    expect(caseAbilities(aViewer(), aCase()).anonymise).toBe(false);
  });
});

import { permissionsOf, roles } from "@ariadne/domain/admin/index.ts";
import { describe, expect, it } from "vitest";
import { visibleAdminSections, visibleModules } from "./modules.ts";

const idsFor = (role: Parameters<typeof permissionsOf>[0]) =>
  visibleModules({ permissions: [...permissionsOf(role)] }).map((m) => m.id);

describe("navigation by permission", () => {
  it("shows a coordinator every module", () => {
    expect(idsFor("coordinator")).toEqual([
      "map",
      "screening",
      "cases",
      "referrals",
      "prevention",
      "training",
      "procurement",
      "plan",
      "stats",
      "admin",
    ]);
  });

  it("shows an analyst statistics but no case work or administration", () => {
    expect(idsFor("analyst")).toEqual(["map", "training", "plan", "stats"]);
  });

  it("shows a regional analyst statistics alone (the region's roll-up)", () => {
    expect(idsFor("regional_analyst")).toEqual(["stats"]);
  });

  it("shows a procurement officer procurement, never case work", () => {
    expect(idsFor("procurement_officer")).toEqual(["map", "training", "procurement", "plan"]);
  });

  it("shows a frontline professional screening, cases and referrals", () => {
    expect(idsFor("frontline")).toEqual([
      "map",
      "screening",
      "cases",
      "referrals",
      "prevention",
      "training",
      "plan",
    ]);
  });

  it("shows Administration to a role only when a section there opens for it", () => {
    for (const role of roles) {
      const permissions = [...permissionsOf(role)];
      const sections = visibleAdminSections({ permissions });
      expect(idsFor(role).includes("admin"), role).toBe(sections.length > 0);
    }
    expect(idsFor("trainer")).not.toContain("admin");
    expect(idsFor("service_provider")).not.toContain("admin");
    expect(visibleAdminSections({ permissions: [...permissionsOf("coordinator")] })).toEqual([
      "organisations",
      "users",
      "audit",
      "languages",
    ]);
  });

  it("offers Regions (drawn across municipalities) to the system admin alone", () => {
    for (const role of roles) {
      const sections = visibleAdminSections({ permissions: [...permissionsOf(role)] });
      expect(sections.includes("regions"), role).toBe(role === "system_admin");
    }
  });
});

import { permissionsOf } from "@ariadne/domain/admin/index.ts";
import { describe, expect, it } from "vitest";
import { visibleModules } from "./modules.ts";

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

  it("shows a frontline professional screening, cases and referrals", () => {
    expect(idsFor("frontline")).toEqual([
      "map",
      "screening",
      "cases",
      "referrals",
      "training",
      "plan",
      "admin",
    ]);
  });
});

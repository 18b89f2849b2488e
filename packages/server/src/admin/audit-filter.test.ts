import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit } from "../audit/index.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let coordinator: Agent;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("coordinator");
  const m = t.seed.municipalityId;
  // Names where one is the start of another: the trail's filter offers each of them on its own.
  await withTenant(t.db, m, async (tx) => {
    for (const action of [
      "auth.sign_out",
      "auth.sign_out_everywhere",
      "cases.break_glass",
      "cases.break_glass.list",
      "cases.break_glassy",
    ])
      await appendAudit(tx, {
        municipalityId: m,
        actorId: null,
        actorName: "Filter test",
        action,
        outcome: "success",
      });
  });
});
afterAll(async () => {
  await t.close();
});

const actionsListed = async (action: string) =>
  (await coordinator.request("GET", `/api/v1/audit?action=${encodeURIComponent(action)}`))
    .json()
    .entries.map((e: { action: string }) => e.action);

describe("the audit trail filtered by an action", () => {
  it("lists that action only, not the actions whose names merely start with it", async () => {
    expect(await actionsListed("auth.sign_out")).toEqual(["auth.sign_out"]);
    expect(await actionsListed("cases.break_glass")).toEqual(["cases.break_glass"]);
    expect(await actionsListed("cases.break_glass.list")).toEqual(["cases.break_glass.list"]);
  });

  it("treats _ and % in the filter as themselves, not as patterns", async () => {
    expect(await actionsListed("auth.sign%")).toEqual([]);
    expect(await actionsListed("cases.break_glas_")).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let frontline: Agent;

beforeAll(async () => {
  t = await createTestApp();
  frontline = await t.signIn("frontline");
});
afterAll(async () => {
  await t.close();
});

async function newCase() {
  return (
    await frontline.request("POST", "/api/v1/cases", { person: { givenName: "Ana", gender: "female" } })
  ).json().case;
}

describe("optimistic locking on cases", () => {
  it("lets one of two concurrent rectifications win, answers the other 409 with the current person, and loses nothing", async () => {
    const c = await newCase();
    const url = `/api/v1/persons/${c.personId}`;
    const [a, b] = await Promise.all([
      frontline.request("PATCH", url, { familyName: "Lopes", version: 1 }),
      frontline.request("PATCH", url, { phone: "+351 912 345 678", version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [winner, loser, loserPatch] =
      a.status === 200 ? [a, b, { phone: "+351 912 345 678" }] : [b, a, { familyName: "Lopes" }];
    const current = loser.json().error.current;
    expect(current).toEqual(winner.json());
    expect(current.version).toBe(2);

    // The client re-applies its change on the current version: both edits survive.
    const retried = await frontline.request("PATCH", url, { ...loserPatch, version: current.version });
    expect(retried.status).toBe(200);
    expect(retried.json()).toMatchObject({
      givenName: "Ana",
      familyName: "Lopes",
      phone: "+351 912 345 678",
      version: 3,
    });

    const versions = (await frontline.request("GET", `/api/v1/cases/${c.id}/versions`)).json().items;
    expect(versions.map((v: { recordType: string; version: number }) => [v.recordType, v.version])).toEqual([
      ["person", 2],
      ["person", 3],
    ]);
    expect(Object.keys(versions[0].changes).length + Object.keys(versions[1].changes).length).toBe(2);
  });

  it("answers a stale case edit or transition with 409 and the case as it is now", async () => {
    const c = await newCase();
    const first = await frontline.request("PATCH", `/api/v1/cases/${c.id}`, { highRisk: true, version: 1 });
    expect(first.status).toBe(200);
    const stale = await frontline.request("PATCH", `/api/v1/cases/${c.id}`, {
      forms: ["forced_labour"],
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.current).toMatchObject({ version: 2, content: { highRisk: true, forms: [] } });
    const staleMove = await frontline.request("POST", `/api/v1/cases/${c.id}/transitions`, {
      to: "screening",
      version: 1,
    });
    expect(staleMove.status).toBe(409);
    const detail = (await frontline.request("GET", `/api/v1/cases/${c.id}`)).json();
    expect(detail).toMatchObject({ status: "concern_raised", version: 2, content: { highRisk: true } });
  });

  it("lets only one of two concurrent transitions through", async () => {
    const c = await newCase();
    const url = `/api/v1/cases/${c.id}/transitions`;
    const results = await Promise.all([
      frontline.request("POST", url, { to: "screening", version: 1 }),
      frontline.request("POST", url, { to: "closed", reason: "no_indication", version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const detail = (await frontline.request("GET", `/api/v1/cases/${c.id}`)).json();
    expect(detail.content.history).toHaveLength(2);
  });
});

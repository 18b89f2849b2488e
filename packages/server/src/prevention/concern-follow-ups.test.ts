import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../admin/seed-demo.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let other: DemoSeed;
let coordinator: Agent;
let frontline: Agent;
let otherCoordinator: Agent;
let sent = 0;

beforeAll(async () => {
  t = await createTestApp({ ARIADNE_TRUST_PROXY: "true" });
  other = await seedDemo(t.db, t.keyring, { name: "Other municipality", emailDomain: "other.ariadne.test" });
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
  otherCoordinator = await t.signIn("coordinator", other);
});
afterAll(async () => {
  await t.close();
});

/** Sends a report of concern through the public form (each from its own address) and finds it in the inbox. */
async function aConcern(
  what: string,
  where: string,
  slug = "demo-municipality",
  inbox: Agent = coordinator,
): Promise<{ id: string; version: number }> {
  sent += 1;
  const res = await t.app.inject({
    method: "POST",
    url: `/help/${slug}/concerns`,
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `198.51.100.${sent}` },
    payload: new URLSearchParams({ what, where }).toString(),
  });
  expect(res.statusCode).toBe(201);
  const items = (await inbox.request("GET", "/api/v1/concerns")).json().items;
  return items.find((c: { what: string }) => c.what === what);
}

const auditOf = (action: string, recordId: string) =>
  withTenant(t.db, t.seed.municipalityId, (tx) =>
    tx.query<{ details: Record<string, unknown> | null }>(
      "select details from audit_log where action = $1 and record_id = $2",
      [action, recordId],
    ),
  );

const anEntry = (title: string) => ({
  title,
  details: {
    kind: "location",
    sector: "car_washes",
    address: "Harbour district",
    signals: ["people sleep on site"],
  },
  source: { kind: "other", date: "2026-12-01", reference: "Report of concern" },
});

describe("turning a report of concern into a mapping entry", () => {
  it("creates the entry, links it to the concern in progress, and audits both", async () => {
    const concern = await aConcern("People sleep in the car wash at night", "Harbour district");
    const res = await coordinator.request(
      "POST",
      `/api/v1/concerns/${concern.id}/mapping-entry`,
      anEntry("Car wash, harbour"),
    );
    expect(res.status).toBe(201);
    const { concern: linked } = res.json();
    expect(linked).toMatchObject({
      id: concern.id,
      status: "in_progress",
      followUp: { kind: "mapping_entry" },
    });
    const entry = await coordinator.request("GET", `/api/v1/mapping/${linked.followUp.id}`);
    expect(entry.json()).toMatchObject({
      title: "Car wash, harbour",
      details: { kind: "location", sector: "car_washes" },
    });
    expect(await auditOf("concerns.to_mapping_entry", concern.id)).toHaveLength(1);
    const made = await auditOf("mapping.create", linked.followUp.id);
    expect(made.map((a) => a.details)).toEqual([{ fromConcern: concern.id }]);
  });

  it("refuses a second follow-up of the same concern with 409 and makes nothing", async () => {
    const concern = await aConcern("A van brings workers to the berry farm at 4 am", "Berry farms");
    const first = await coordinator.request(
      "POST",
      `/api/v1/concerns/${concern.id}/mapping-entry`,
      anEntry("Berry farm van"),
    );
    expect(first.status).toBe(201);
    const count = async () =>
      (await coordinator.request("GET", "/api/v1/mapping"))
        .json()
        .items.filter((e: { title: string }) => e.title.startsWith("Berry farm van")).length;
    const again = await coordinator.request(
      "POST",
      `/api/v1/concerns/${concern.id}/mapping-entry`,
      anEntry("Berry farm van 2"),
    );
    expect(again.status).toBe(409);
    expect(again.json().error.current.followUp.id).toBe(first.json().concern.followUp.id);
    expect(await count()).toBe(1);
  });

  it("answers bad input with a 400 naming the field, and links nothing", async () => {
    const concern = await aConcern("Bad input concern", "Market square");
    const noTitle = await coordinator.request("POST", `/api/v1/concerns/${concern.id}/mapping-entry`, {
      ...anEntry(""),
    });
    expect(noTitle.status).toBe(400);
    expect(noTitle.json().error.issues[0].path).toBe("body.title");
    const badSector = await coordinator.request("POST", `/api/v1/concerns/${concern.id}/mapping-entry`, {
      ...anEntry("x"),
      details: { kind: "location", sector: "moon" },
    });
    expect(badSector.status).toBe(400);
    expect(badSector.json().error.issues[0].path).toMatch(/^body\.details/);
    const notAnId = await coordinator.request("POST", "/api/v1/concerns/nope/mapping-entry", anEntry("x"));
    expect(notAnId.status).toBe(400);
    const after = (await coordinator.request("GET", "/api/v1/concerns"))
      .json()
      .items.find((c: { id: string }) => c.id === concern.id);
    expect(after).toMatchObject({ status: "new", followUp: null, version: concern.version });
  });
});

describe("who may turn a concern into what", () => {
  it("tells the inbox what the role may do: a coordinator maps and hands off, but opens no case", async () => {
    const inbox = (await coordinator.request("GET", "/api/v1/concerns")).json();
    expect(inbox.abilities).toEqual({ handOff: true, addToMap: true });
  });

  it("has no route that opens a case from the inbox, and refuses the inbox's follow-ups to frontline", async () => {
    const concern = await aConcern("Someone is kept in the restaurant's back room", "Old town");
    const aCase = { person: { aliases: ["Restaurant worker"] }, why: "From a report of concern" };
    expect((await coordinator.request("POST", `/api/v1/concerns/${concern.id}/case`, aCase)).status).toBe(
      404,
    );
    expect(
      (await frontline.request("POST", `/api/v1/concerns/${concern.id}/mapping-entry`, anEntry("x"))).status,
    ).toBe(403);
    expect(
      (
        await frontline.request("POST", `/api/v1/concerns/${concern.id}/outreach-visit`, {
          plannedOn: "2026-12-10",
        })
      ).status,
    ).toBe(403);
    const after = (await coordinator.request("GET", "/api/v1/concerns"))
      .json()
      .items.find((c: { id: string }) => c.id === concern.id);
    expect(after.followUp).toBeNull();
  });

  it("answers 404 for another municipality's concern, and makes nothing there", async () => {
    const theirs = await aConcern(
      "Theirs: workers without pay",
      "Their harbour",
      "other-municipality",
      otherCoordinator,
    );
    const res = await coordinator.request(
      "POST",
      `/api/v1/concerns/${theirs.id}/mapping-entry`,
      anEntry("Not ours"),
    );
    expect(res.status).toBe(404);
    const still = (await otherCoordinator.request("GET", "/api/v1/concerns"))
      .json()
      .items.find((c: { id: string }) => c.id === theirs.id);
    expect(still.followUp).toBeNull();
    const ours = (await coordinator.request("GET", "/api/v1/mapping")).json().items;
    expect(ours.some((e: { title: string }) => e.title === "Not ours")).toBe(false);
  });
});

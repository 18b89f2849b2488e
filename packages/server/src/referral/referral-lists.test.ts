import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../admin/seed-demo.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { aReferralToTheShelter, type ReferralFixture, referredPerson } from "./referrals-testing.ts";

let t: TestApp;
let other: DemoSeed;
let sent: ReferralFixture;
let draft: ReferralFixture;
let accepted: ReferralFixture;
let late: ReferralFixture;
let shelterServiceId: string;

interface Item {
  id: string;
  party: string;
  status: string;
  serviceName: string | null;
  overdue: boolean;
  events: { kind: string }[];
}
const ids = (res: { json: () => { items: Item[] } }) => res.json().items.map((r) => r.id);

beforeAll(async () => {
  t = await createTestApp();
  other = await seedDemo(t.db, t.keyring, { name: "Other municipality", emailDomain: "other.ariadne.test" });
  sent = await aReferralToTheShelter(t);
  draft = await aReferralToTheShelter(t, { send: false });
  accepted = await aReferralToTheShelter(t);
  await accepted.provider.request("POST", `/api/v1/referrals/${accepted.referral.id}/accept`, {
    version: accepted.referral.version,
  });
  late = await aReferralToTheShelter(t);
  // 30 hours without an answer: past the accommodation stage's 4 hours in the demo pathway.
  await withTenant(t.db, t.seed.municipalityId, (tx) =>
    tx.query("update referrals set sent_at = now() - interval '30 hours' where id = $1", [late.referral.id]),
  );
  const services = (await sent.frontline.request("GET", "/api/v1/services")).json().items as {
    id: string;
    name: string;
    organisationId: string;
  }[];
  shelterServiceId = services.find((s) => s.name === "Safe Harbour emergency shelter")!.id;
});
afterAll(async () => {
  await t.close();
});

describe("referral lists", () => {
  it("give the coordinator the municipality's referrals, status only, and refuse the box to other roles", async () => {
    const coordinator = await t.signIn("coordinator");
    const res = await coordinator.request("GET", "/api/v1/referrals?box=municipality");
    expect(res.status).toBe(200);
    const listed = ids(res);
    for (const f of [sent, draft, accepted, late]) expect(listed).toContain(f.referral.id);
    for (const r of res.json().items as Item[]) expect(r.party).toBe("coordinator");
    expect(res.body).not.toContain(referredPerson.givenName);
    expect(res.body).not.toContain(sent.caseId);
    for (const role of ["frontline", "service_provider", "analyst"] as const) {
      const agent = await t.signIn(role);
      expect((await agent.request("GET", "/api/v1/referrals?box=municipality")).status, role).toBe(403);
    }
  });

  it("give the sender the referrals their team sent, drafts too", async () => {
    const res = await sent.frontline.request("GET", "/api/v1/referrals?box=sent");
    expect(res.status).toBe(200);
    const listed = ids(res);
    for (const f of [sent, draft, accepted, late]) expect(listed).toContain(f.referral.id);
    for (const r of res.json().items as Item[]) expect(r.party).toBe("sender");
  });

  it("give the receiving organisation what was sent to it, never a draft", async () => {
    const res = await sent.provider.request("GET", "/api/v1/referrals?box=received");
    expect(res.status).toBe(200);
    const listed = ids(res);
    for (const f of [sent, accepted, late]) expect(listed).toContain(f.referral.id);
    expect(listed).not.toContain(draft.referral.id);
    for (const r of res.json().items as Item[]) expect(r.party).toBe("receiver");
    expect((await sent.provider.request("GET", "/api/v1/referrals?box=sent")).status).toBe(403);
  });

  it("give another municipality nothing of this one's referrals", async () => {
    const theirCoordinator = await t.signIn("coordinator", other);
    const theirFrontline = await t.signIn("frontline", other);
    const theirProvider = await t.signIn("service_provider", other);
    const mine = [sent, draft, accepted, late].map((f) => f.referral.id);
    for (const [agent, q] of [
      [theirCoordinator, "box=municipality"],
      [theirFrontline, "box=sent"],
      [theirProvider, "box=received"],
    ] as const) {
      const res = await agent.request("GET", `/api/v1/referrals?${q}`);
      expect(res.status, q).toBe(200);
      for (const id of mine) expect(ids(res), q).not.toContain(id);
    }
    const byCase = await theirCoordinator.request("GET", `/api/v1/referrals?caseId=${sent.caseId}`);
    expect(byCase.status).toBe(404);
  });

  it("filter by status, service and overdue", async () => {
    const coordinator = await t.signIn("coordinator");
    const acceptedOnly = await coordinator.request(
      "GET",
      "/api/v1/referrals?box=municipality&status=accepted",
    );
    expect(ids(acceptedOnly)).toContain(accepted.referral.id);
    for (const r of acceptedOnly.json().items as Item[]) expect(r.status).toBe("accepted");

    const overdue = await coordinator.request("GET", "/api/v1/referrals?box=municipality&overdue=true");
    expect(ids(overdue)).toEqual([late.referral.id]);
    expect(overdue.json().items[0].overdue).toBe(true);
    const overdueSent = await sent.frontline.request("GET", "/api/v1/referrals?box=sent&overdue=true");
    expect(ids(overdueSent)).toEqual([late.referral.id]);

    const withService = await sent.frontline.request("POST", "/api/v1/referrals", {
      caseId: sent.caseId,
      receivingOrganisationId: sent.ngoId,
      serviceId: shelterServiceId,
      stage: "accommodation",
      sharedFields: ["caseCode"],
    });
    expect(withService.status).toBe(201);
    expect(withService.json().serviceName).toBe("Safe Harbour emergency shelter");
    const byService = await coordinator.request(
      "GET",
      `/api/v1/referrals?box=municipality&serviceId=${shelterServiceId}`,
    );
    expect(ids(byService)).toEqual([withService.json().id]);
    expect(byService.json().items[0].serviceName).toBe("Safe Harbour emergency shelter");
  });

  it("come in bounded pages, each row once", async () => {
    const coordinator = await t.signIn("coordinator");
    const all = ids(await coordinator.request("GET", "/api/v1/referrals?box=municipality&limit=100"));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const page = await coordinator.request("GET", `/api/v1/referrals?box=municipality&limit=2${q}`);
      expect(page.status).toBe(200);
      expect(page.json().items.length).toBeLessThanOrEqual(2);
      seen.push(...ids(page));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const tooMany = await coordinator.request("GET", "/api/v1/referrals?box=municipality&limit=1000");
    expect(tooMany.status).toBe(400);
  });

  it("give the case team a case's referrals with their events, and nobody outside the case", async () => {
    const res = await accepted.frontline.request("GET", `/api/v1/referrals?caseId=${accepted.caseId}`);
    expect(res.status).toBe(200);
    const [item] = res.json().items as Item[];
    expect(item!.id).toBe(accepted.referral.id);
    expect(item!.events.map((e) => e.kind)).toEqual(["created", "sent", "accepted"]);
    // The shelter sees the referral, never the case it came from.
    expect(
      (await accepted.provider.request("GET", `/api/v1/referrals?caseId=${accepted.caseId}`)).status,
    ).toBe(403);
  });

  it("refuse an unclear question with 400", async () => {
    const coordinator = await t.signIn("coordinator");
    for (const q of ["", `?box=sent&caseId=${sent.caseId}`, "?box=all", "?box=municipality&cursor=x"]) {
      const res = await coordinator.request("GET", `/api/v1/referrals${q}`);
      expect(res.status, q).toBe(400);
    }
  });
});

import { withSystem } from "@ariadne/db";
import { prevention } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../admin/seed-demo.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { purgeExpiredPrevention } from "./retention.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;
let otherCoordinator: Agent;
let campaignId: string;

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const upload = (agent: Agent, id: string, title: string, bytes: Buffer, mediaType = "application/pdf") =>
  agent.request("POST", `/api/v1/campaigns/${id}/materials`, {
    title,
    fileName: `${title.toLowerCase().replace(/\W+/g, "-")}.pdf`,
    mediaType,
    contentBase64: bytes.toString("base64"),
  });
const fileCount = async () =>
  (
    await withSystem(t.db, (tx) =>
      tx.query<{ n: number }>("select count(*)::int as n from campaign_material_files"),
    )
  )[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  const other = await seedDemo(t.db, t.keyring, {
    name: "Other municipality",
    emailDomain: "other.ariadne.test",
  });
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
  otherCoordinator = await t.signIn("coordinator", other);
  campaignId = (
    await coordinator.request("POST", "/api/v1/campaigns", {
      title: "Taxi drivers know the signs",
      targetGroups: ["taxi_drivers"],
      startsOn: "2026-11-01",
    })
  ).json().id;
});
afterAll(async () => {
  await t.close();
});

describe("campaign material files", () => {
  it("keeps every version of a material, stored encrypted, and serves each as a download", async () => {
    const first = await upload(coordinator, campaignId, "Taxi leaflet", pdf("first printing"));
    expect(first.status).toBe(201);
    expect(first.json()).toMatchObject({ title: "Taxi leaflet", version: 1, mediaType: "application/pdf" });
    const second = await upload(coordinator, campaignId, "Taxi leaflet", pdf("new phone numbers"));
    expect(second.json()).toMatchObject({ title: "Taxi leaflet", version: 2 });
    const poster = await upload(coordinator, campaignId, "Poster", png, "image/png");
    expect(poster.json()).toMatchObject({ title: "Poster", version: 1, mediaType: "image/png" });

    const list = (await coordinator.request("GET", `/api/v1/campaigns/${campaignId}/materials`)).json().items;
    expect(list.map((f: { title: string; version: number }) => `${f.title} v${f.version}`)).toEqual([
      "Poster v1",
      "Taxi leaflet v2",
      "Taxi leaflet v1",
    ]);

    const old = await coordinator.request(
      "GET",
      `/api/v1/campaigns/${campaignId}/materials/${first.json().id}`,
    );
    expect(old.status).toBe(200);
    expect(old.headers["content-type"]).toBe("application/pdf");
    expect(old.headers["content-disposition"]).toMatch(/^attachment; filename="taxi-leaflet\.pdf"/);
    expect(old.headers["x-content-type-options"]).toBe("nosniff");
    expect(old.body).toContain("first printing");

    const stored = await withSystem(t.db, (tx) =>
      tx.query<{ content_enc: string }>("select content_enc from campaign_material_contents"),
    );
    const plain = pdf("first printing").toString("base64");
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(stored.every((r) => !r.content_enc.includes(plain.slice(0, 16)))).toBe(true);
    const audited = await withSystem(t.db, (tx) =>
      tx.query("select 1 from audit_log where action = 'campaigns.material.upload' and record_id = $1", [
        campaignId,
      ]),
    );
    expect(audited).toHaveLength(3);
  });

  it("checks the type by the file's content, not its declared type", async () => {
    const before = await fileCount();
    const disguised = await upload(
      coordinator,
      campaignId,
      "Script",
      Buffer.from("<script>alert(1)</script>"),
    );
    expect(disguised.status).toBe(400);
    expect(disguised.json().error.issues[0].path).toBe("body.contentBase64");
    const pngAsPdf = await upload(coordinator, campaignId, "Wrong", png);
    expect(pngAsPdf.status).toBe(400);
    const gif = await upload(coordinator, campaignId, "Gif", Buffer.from("GIF89a...."), "image/gif");
    expect(gif.status).toBe(400);
    expect(gif.json().error.issues[0].path).toBe("body.mediaType");
    expect(await fileCount()).toBe(before);
  });

  it("refuses a file over the limit with 413 naming the limit, and a body over the route's limit too", async () => {
    const before = await fileCount();
    const over = Buffer.concat([pdf("big"), Buffer.alloc(prevention.materialMaxBytes)]);
    const res = await upload(coordinator, campaignId, "Too big", over);
    expect(res.status).toBe(413);
    expect(res.json().error.message).toContain(prevention.materialLimitText);
    const huge = await coordinator.request("POST", `/api/v1/campaigns/${campaignId}/materials`, {
      title: "Huge",
      fileName: "huge.pdf",
      mediaType: "application/pdf",
      contentBase64: "A".repeat(prevention.materialBodyLimitBytes + 10),
    });
    expect(huge.status).toBe(413);
    expect(huge.json().error.message).toContain(String(prevention.materialBodyLimitBytes));
    expect(await fileCount()).toBe(before);
  });

  it("refuses roles without campaigns, and answers 404 to another municipality", async () => {
    const before = await fileCount();
    const [file] = (await coordinator.request("GET", `/api/v1/campaigns/${campaignId}/materials`)).json()
      .items;
    expect((await frontline.request("GET", `/api/v1/campaigns/${campaignId}/materials`)).status).toBe(403);
    expect((await upload(frontline, campaignId, "Mine", pdf("x"))).status).toBe(403);
    expect(
      (await frontline.request("GET", `/api/v1/campaigns/${campaignId}/materials/${file.id}`)).status,
    ).toBe(403);
    expect((await otherCoordinator.request("GET", `/api/v1/campaigns/${campaignId}/materials`)).status).toBe(
      404,
    );
    expect((await upload(otherCoordinator, campaignId, "Theirs", pdf("x"))).status).toBe(404);
    expect(
      (await otherCoordinator.request("GET", `/api/v1/campaigns/${campaignId}/materials/${file.id}`)).status,
    ).toBe(404);
    // A file of one campaign is not found under another.
    const otherCampaign = (
      await coordinator.request("POST", "/api/v1/campaigns", {
        title: "Librarians",
        targetGroups: ["librarians"],
        startsOn: "2026-11-01",
      })
    ).json().id;
    expect(
      (await coordinator.request("GET", `/api/v1/campaigns/${otherCampaign}/materials/${file.id}`)).status,
    ).toBe(404);
    expect(await fileCount()).toBe(before);
  });
});

describe("deleting material files", () => {
  const versionsOf = async (id: string) =>
    (await coordinator.request("GET", `/api/v1/campaigns/${id}/materials`))
      .json()
      .items.map((f: { title: string; version: number }) => `${f.title} v${f.version}`);
  const aCampaign = async (title: string, endsOn: string | null) =>
    (
      await coordinator.request("POST", "/api/v1/campaigns", {
        title,
        targetGroups: ["hotel_staff"],
        startsOn: "2024-01-01",
        ...(endsOn ? { endsOn } : {}),
      })
    ).json().id as string;

  it("lets the coordinator delete one version: its bytes go, the other versions stay, and it is audited", async () => {
    const id = await aCampaign("Hotel staff", null);
    const v1 = (await upload(coordinator, id, "Hotel leaflet", pdf("one"))).json();
    await upload(coordinator, id, "Hotel leaflet", pdf("two"));
    const before = await fileCount();
    // Roles without campaigns and other municipalities may not, and nothing goes.
    expect((await frontline.request("DELETE", `/api/v1/campaigns/${id}/materials/${v1.id}`)).status).toBe(
      403,
    );
    expect(
      (await otherCoordinator.request("DELETE", `/api/v1/campaigns/${id}/materials/${v1.id}`)).status,
    ).toBe(404);
    expect(await fileCount()).toBe(before);

    const res = await coordinator.request("DELETE", `/api/v1/campaigns/${id}/materials/${v1.id}`);
    expect(res.status).toBe(204);
    expect(await versionsOf(id)).toEqual(["Hotel leaflet v2"]);
    expect((await coordinator.request("GET", `/api/v1/campaigns/${id}/materials/${v1.id}`)).status).toBe(404);
    expect((await coordinator.request("DELETE", `/api/v1/campaigns/${id}/materials/${v1.id}`)).status).toBe(
      404,
    );
    const bytes = await withSystem(t.db, (tx) =>
      tx.query("select 1 from campaign_material_contents where file_id = $1", [v1.id]),
    );
    expect(bytes).toHaveLength(0);
    const audit = await withSystem(t.db, (tx) =>
      tx.query<{ details: Record<string, unknown> }>(
        "select details from audit_log where action = 'campaigns.material.delete' and record_id = $1",
        [id],
      ),
    );
    expect(audit.map((a) => a.details)).toEqual([{ fileId: v1.id, title: "Hotel leaflet", version: 1 }]);
  });

  it("deletes the files of campaigns that ended longer ago than the retention, and keeps the rest", async () => {
    const ended = await aCampaign("Ended long ago", "2025-01-31");
    const recent = await aCampaign("Ended recently", "2026-10-31");
    const running = await aCampaign("Still running", null);
    for (const id of [ended, recent, running]) await upload(coordinator, id, "Leaflet", pdf(id));
    // Retention of 12 months as of 2026-12-05: what ended before 2025-12-05 goes.
    const out = await purgeExpiredPrevention(t.db, "2026-12-05", 12);
    expect(out.materials).toBe(1);
    expect(await versionsOf(ended)).toEqual([]);
    expect(await versionsOf(recent)).toEqual(["Leaflet v1"]);
    expect(await versionsOf(running)).toEqual(["Leaflet v1"]);
    // A shorter retention, configured, reaches the recent one too.
    expect((await purgeExpiredPrevention(t.db, "2026-12-05", 1)).materials).toBe(1);
    expect(await versionsOf(recent)).toEqual([]);
    expect(await versionsOf(running)).toEqual(["Leaflet v1"]);
    const audit = await withSystem(t.db, (tx) =>
      tx.query<{ details: Record<string, unknown> }>(
        "select details from audit_log where action = 'prevention.retention' order by seq",
      ),
    );
    expect(audit.map((a) => a.details.materialFiles)).toEqual([1, 1]);
  });
});

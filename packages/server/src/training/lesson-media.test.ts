import { withTenant } from "@ariadne/db";
import { training } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, seedOtherMunicipality, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let trainer: Agent;
let frontline: Agent;
let other: Agent;

// A 1×1 PNG and a JPEG's first bytes: the type is checked by what the file begins with.
const png =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const pngBytes = Buffer.from(png, "base64").length;
const script = Buffer.from("<script>alert(1)</script>").toString("base64");

const issuePaths = (res: { json: () => { error: { issues: { path: string }[] } } }) =>
  res.json().error.issues.map((i) => i.path);

const withText = (text: Record<string, unknown>) => ({
  language: "en",
  title: "Illustrated",
  groups: ["librarians"],
  refresherMonths: 24,
  lessons: [
    { kind: "definition" },
    { kind: "text", title: "Our library", body: "Who asks for help.", ...text },
  ],
});

beforeAll(async () => {
  t = await createTestApp();
  trainer = await t.signIn("trainer");
  frontline = await t.signIn("frontline");
  other = await t.signIn("trainer", await seedOtherMunicipality(t));
});
afterAll(async () => {
  await t.close();
});

describe("lesson images", () => {
  it("are uploaded by the trainer, shown in a lesson with alt text and served by the app to every role", async () => {
    const up = await trainer.request("POST", "/api/v1/training/images", {
      mediaType: "image/png",
      contentBase64: png,
    });
    expect(up.status).toBe(201);
    expect(up.json()).toMatchObject({ mediaType: "image/png", size: pngBytes });
    const course = await trainer.request(
      "POST",
      "/api/v1/training/courses",
      withText({ images: [{ imageId: up.json().id, alt: "The library's front desk" }] }),
    );
    expect(course.status).toBe(201);
    const view = (await frontline.request("GET", `/api/v1/training/courses/${course.json().id}`)).json();
    expect(view.course.content.lessons[1].images).toEqual([
      { imageId: up.json().id, alt: "The library's front desk" },
    ]);
    const img = await frontline.request("GET", `/api/v1/training/images/${up.json().id}`);
    expect(img.status).toBe(200);
    expect(img.headers["content-type"]).toBe("image/png");
    expect(img.headers["x-content-type-options"]).toBe("nosniff");
    expect(Number(img.headers["content-length"])).toBe(pngBytes);
    const audit = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ action: string }>("select action from audit_log where record_id = $1 order by seq", [
        up.json().id,
      ]),
    );
    expect(audit.map((a) => a.action)).toEqual(["training_images.create", "training_images.read"]);
  });

  it("refuses a file whose bytes are not its type, one over the size limit, and a far larger body", async () => {
    const disguised = await trainer.request("POST", "/api/v1/training/images", {
      mediaType: "image/png",
      contentBase64: script,
    });
    expect(disguised.status).toBe(400);
    expect(issuePaths(disguised)).toEqual(["body.contentBase64"]);
    const big = Buffer.alloc(training.lessonImageMaxBytes + 1);
    Buffer.from(png, "base64").copy(big);
    const tooBig = await trainer.request("POST", "/api/v1/training/images", {
      mediaType: "image/png",
      contentBase64: big.toString("base64"),
    });
    expect(tooBig.status).toBe(400);
    expect(issuePaths(tooBig)).toEqual(["body.contentBase64"]);
    const huge = await trainer.request("POST", "/api/v1/training/images", {
      mediaType: "image/png",
      contentBase64: Buffer.alloc(900 * 1024).toString("base64"),
    });
    expect(huge.status).toBe(413);
    const gif = await trainer.request("POST", "/api/v1/training/images", {
      mediaType: "image/gif",
      contentBase64: png,
    });
    expect(gif.status).toBe(400);
    expect(issuePaths(gif)).toEqual(["body.mediaType"]);
  });

  it("needs alt text and an image of this municipality, naming the field", async () => {
    const mine = (
      await trainer.request("POST", "/api/v1/training/images", { mediaType: "image/png", contentBase64: png })
    ).json();
    const noAlt = await trainer.request(
      "POST",
      "/api/v1/training/courses",
      withText({ images: [{ imageId: mine.id, alt: " " }] }),
    );
    expect(noAlt.status).toBe(400);
    expect(issuePaths(noAlt)).toEqual(["body.lessons.1.images.0.alt"]);
    const foreign = await other.request(
      "POST",
      "/api/v1/training/courses",
      withText({ images: [{ imageId: mine.id, alt: "Borrowed" }] }),
    );
    expect(foreign.status).toBe(400);
    expect(issuePaths(foreign)).toEqual(["body.lessons.1.images.0.imageId"]);
    expect((await other.request("GET", `/api/v1/training/images/${mine.id}`)).status).toBe(404);
  });

  it("are uploaded only by those who manage training", async () => {
    for (const agent of [frontline, await t.signIn("analyst"), await t.signIn("service_provider")]) {
      const res = await agent.request("POST", "/api/v1/training/images", {
        mediaType: "image/png",
        contentBase64: png,
      });
      expect(res.status).toBe(403);
    }
    const coordinator = await t.signIn("coordinator");
    expect(
      (
        await coordinator.request("POST", "/api/v1/training/images", {
          mediaType: "image/png",
          contentBase64: png,
        })
      ).status,
    ).toBe(201);
  });
});

describe("lesson links", () => {
  it("keep a labelled https link", async () => {
    const link = { label: "The national assistance system", url: "https://www.ihmiskauppa.fi/en" };
    const res = await trainer.request("POST", "/api/v1/training/courses", withText({ links: [link] }));
    expect(res.status).toBe(201);
    expect(res.json().content.lessons[1].links).toEqual([link]);
  });

  it("refuse an address that is not https, or a link without a label, naming the field", async () => {
    for (const url of [
      "http://www.ihmiskauppa.fi/en",
      "javascript:alert(1)",
      "data:text/html,hi",
      "https://exa mple.org",
      "ihmiskauppa.fi",
    ]) {
      const res = await trainer.request(
        "POST",
        "/api/v1/training/courses",
        withText({ links: [{ label: "Help", url }] }),
      );
      expect(res.status, url).toBe(400);
      expect(issuePaths(res), url).toEqual(["body.lessons.1.links.0.url"]);
    }
    const unlabelled = await trainer.request(
      "POST",
      "/api/v1/training/courses",
      withText({ links: [{ label: "", url: "https://www.ihmiskauppa.fi/en" }] }),
    );
    expect(issuePaths(unlabelled)).toEqual(["body.lessons.1.links.0.label"]);
  });
});

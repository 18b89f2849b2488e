import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfTagging } from "../pdf/pdf-text.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("scheme of assistance", () => {
  it("shows the demo pathway in order to every role of the municipality; only the coordinator may edit", async () => {
    for (const role of [
      "coordinator",
      "frontline",
      "service_provider",
      "analyst",
      "trainer",
      "procurement_officer",
    ] as const) {
      const res = await (await t.signIn(role)).request("GET", "/api/v1/scheme-of-assistance");
      expect(res.status, role).toBe(200);
      expect(res.json().steps.map((s: { stage: string }) => s.stage)).toEqual([
        "first_contact_safety",
        "needs_assessment",
        "accommodation",
        "health",
        "legal_status_rights",
        "long_term_support",
        "closure_or_return",
      ]);
      expect(res.json().abilities.edit, role).toBe(role === "coordinator");
    }
  });

  it("lets the coordinator edit it with optimistic locking, and refuses others with 403", async () => {
    const coordinator = await t.signIn("coordinator");
    const current = (await coordinator.request("GET", "/api/v1/scheme-of-assistance")).json();
    const steps = current.steps.map((s: { responseHours: number }) => ({
      ...s,
      responseHours: s.responseHours + 1,
    }));
    const frontline = await t.signIn("frontline");
    expect(
      (await frontline.request("PUT", "/api/v1/scheme-of-assistance", { steps, version: current.version }))
        .status,
    ).toBe(403);
    const saved = await coordinator.request("PUT", "/api/v1/scheme-of-assistance", {
      steps: [...steps].reverse(),
      version: current.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.json().version).toBe(current.version + 1);
    expect(saved.json().steps[0].stage).toBe("first_contact_safety");
    expect(saved.json().steps[0].responseHours).toBe(current.steps[0].responseHours + 1);
    const stale = await coordinator.request("PUT", "/api/v1/scheme-of-assistance", {
      steps,
      version: current.version,
    });
    expect(stale.status).toBe(409);
  });

  it("answers 400 naming the step for an organisation outside the municipality", async () => {
    const coordinator = await t.signIn("coordinator");
    const current = (await coordinator.request("GET", "/api/v1/scheme-of-assistance")).json();
    const res = await coordinator.request("PUT", "/api/v1/scheme-of-assistance", {
      steps: [
        {
          stage: "health",
          organisationId: "00000000-0000-4000-8000-000000000009",
          contactPoint: "x",
          responseHours: 4,
        },
      ],
      version: current.version,
    });
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("body.steps.0.organisationId");
  });

  it("prints the pathway on one page that renders, in the reader's language", async () => {
    const frontline = await t.signIn("frontline");
    for (const [lang, heading] of [
      ["en", "First contact and immediate safety"],
      ["fi", "Ensikontakti ja välitön turvallisuus"],
      ["sv", "Första kontakt och omedelbar säkerhet"],
    ] as const) {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/v1/scheme-of-assistance.pdf?lang=${lang}`,
        headers: { cookie: frontline.cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("application/pdf");
      const dir = mkdtempSync(join(tmpdir(), "ariadne-scheme-"));
      try {
        writeFileSync(join(dir, "scheme.pdf"), res.rawPayload);
        execFileSync("pdftoppm", ["-png", "-r", "40", join(dir, "scheme.pdf"), join(dir, "page")]);
        const pages = readdirSync(dir).filter((f) => f.startsWith("page") && f.endsWith(".png"));
        expect(pages).toHaveLength(1);
        expect(statSync(join(dir, pages[0]!)).size).toBeGreaterThan(1000);
        const text = execFileSync("pdftotext", ["-layout", join(dir, "scheme.pdf"), "-"]).toString();
        expect(text).toContain(heading);
        expect(text).toContain("Safe Harbour");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it("tags the printed pathway for a screen reader in the reader's language (issue 18)", async () => {
    const frontline = await t.signIn("frontline");
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/scheme-of-assistance.pdf?lang=pl",
      headers: { cookie: frontline.cookie },
    });
    expect(res.statusCode).toBe(200);
    // Marked, in Polish, the title a heading, each stage's name a heading with its details paragraphs.
    const { elements, ...tagging } = pdfTagging(res.rawPayload);
    expect(tagging).toMatchObject({ marked: true, lang: "pl", titleShown: true });
    expect(elements[0]?.type).toBe("H1");
    expect(elements[0]?.text).toMatch(/^Schemat pomocy: /);
    const stages = elements.filter((e) => e.type === "H2").map((e) => e.text);
    expect(stages[0]).toBe("1. Pierwszy kontakt i natychmiastowe bezpieczeństwo");
    expect(stages.length).toBeGreaterThanOrEqual(5);
    expect(elements.find((e) => e.text.startsWith("Odpowiedzialny: "))?.type).toBe("P");
  });
});

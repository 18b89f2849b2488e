import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultAccessibilityStatement } from "../config.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const get = (app: TestApp, url: string) => app.app.inject({ method: "GET", url });

describe("the accessibility statement at /accessibility", () => {
  it("serves docs/accessibility.md as HTML without an account, a script or a cookie", async () => {
    const res = await get(t, "/accessibility");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(res.body).not.toMatch(/<script/i);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<h1 id="accessibility-statement">Accessibility statement</h1>');
    // The parts the model statement (Implementing Decision (EU) 2018/1523) asks for.
    for (const part of [
      "Compliance status",
      "Non-accessible content",
      "Preparation of this accessibility statement",
      "Feedback and contact information",
      "Enforcement procedure",
    ]) {
      expect(res.body, part).toMatch(new RegExp(`<h2 id="[^"]+">${part}</h2>`));
    }
    // Nothing of the Markdown is left unrendered.
    expect(res.body).not.toMatch(/\]\(|\*\*|^#/m);
    const css = await get(t, "/accessibility/statement.css");
    expect(css.statusCode).toBe(200);
    expect(css.headers["content-type"]).toMatch(/^text\/css/);
    expect(css.body).not.toMatch(/(^|[;{])\s*(left|right|margin-left|margin-right)\s*:/);
  });

  it("serves the municipality's own statement in its language when configured", async () => {
    const dir = mkdtempSync(join(tmpdir(), "a11y-statement-"));
    const file = join(dir, "saavutettavuusseloste.md");
    writeFileSync(
      file,
      "# Saavutettavuusseloste\n\nEsimerkkikunta on sitoutunut [palautteeseen](mailto:a@b.fi).\n",
    );
    const own = await createTestApp({
      ARIADNE_ACCESSIBILITY_STATEMENT: file,
      ARIADNE_ACCESSIBILITY_STATEMENT_LANG: "fi",
    });
    try {
      const res = await get(own, "/accessibility");
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-language"]).toBe("fi");
      expect(res.body).toContain('<html lang="fi">');
      expect(res.body).toContain("<title>Saavutettavuusseloste</title>");
      expect(res.body).toContain('<a href="mailto:a@b.fi">palautteeseen</a>');
    } finally {
      await own.close();
    }
  });

  it("is linked from the footer of the public help page", async () => {
    const en = await get(t, "/help");
    expect(en.body).toMatch(/<footer>.*<a href="\/accessibility">Accessibility statement<\/a>.*<\/footer>/s);
    const fi = await get(t, "/help?lang=fi");
    expect(fi.body).toContain('<a href="/accessibility">Saavutettavuusseloste</a>');
  });

  it("ships with the statement in docs/", () => {
    expect(readFileSync(defaultAccessibilityStatement.file, "utf8")).toMatch(/^# Accessibility statement/);
  });
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withTenant } from "@ariadne/db";
import { prevention } from "@ariadne/domain";
import decodeQR from "qr/decode.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PdfLine, pdfLines, pdfTagging, pdfText } from "../pdf/pdf-text.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;
let analyst: Agent;
let dir: string;
const publicUrl = "https://apu.example.fi";

beforeAll(async () => {
  t = await createTestApp({ ARIADNE_PUBLIC_URL: publicUrl });
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
  analyst = await t.signIn("analyst");
  dir = mkdtempSync(join(tmpdir(), "ariadne-print-"));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const print = (agent: Agent, path: string) =>
  t.app.inject({ method: "GET", url: `/api/v1/help-materials/${path}`, headers: { cookie: agent.cookie } });

/** The PDF's first page as a grey image (pdftoppm), and what its QR code says. */
function qrOf(pdf: Buffer, name: string): string {
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  execFileSync("pdftoppm", [
    "-gray",
    "-r",
    "100",
    "-f",
    "1",
    "-l",
    "1",
    join(dir, `${name}.pdf`),
    join(dir, name),
  ]);
  const file = readdirSync(dir).find((f) => f.startsWith(name) && f.endsWith(".pgm"))!;
  const raw = readFileSync(join(dir, file));
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(raw.subarray(0, 40).toString("latin1"))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = raw.subarray(header[0].length);
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.fill(grey[i]!, i * 3, i * 3 + 3);
  return decodeQR({ width, height, data: rgb }, { format: "RGB" });
}
const textOf = (pdf: Buffer, name: string) => {
  writeFileSync(join(dir, `${name}-text.pdf`), pdf);
  return execFileSync("pdftotext", [join(dir, `${name}-text.pdf`), "-"])
    .toString()
    .replace(/\s+/g, " ");
};

describe("printable leaflets and posters", () => {
  it("prints a Finnish leaflet whose QR code opens the municipality's page in Finnish", async () => {
    const res = await print(coordinator, "leaflet?lang=fi");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toBe(
      'attachment; filename="leaflet-demo-municipality-fi.pdf"',
    );
    const text = textOf(res.rawPayload, "fi");
    expect(text).toContain(prevention.helpTexts.fi.title);
    expect(text).toContain(prevention.helpTexts.fi.rights[0]);
    expect(text).toContain("112");
    expect(qrOf(res.rawPayload, "fi")).toBe(`${publicUrl}/help/demo-municipality?lang=fi`);
    const audited = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query("select 1 from audit_log where action = 'help_materials.print'"),
    );
    expect(audited.length).toBeGreaterThanOrEqual(1);
  });

  it("tags a Latvian leaflet for a screen reader: its title, rights as a list, the QR code's caption (issue 18)", async () => {
    const res = await print(coordinator, "leaflet?lang=lv");
    expect(res.statusCode).toBe(200);
    const lv = prevention.helpTexts.lv;
    const { elements, ...tagging } = pdfTagging(res.rawPayload);
    expect(tagging).toMatchObject({ marked: true, lang: "lv", titleShown: true });
    expect(elements[0]).toEqual({ type: "H1", text: lv.title });
    expect(elements).toContainEqual({ type: "H2", text: lv.rightsTitle });
    expect(elements.filter((e) => e.type === "LBody").map((e) => e.text)).toEqual(
      lv.rights.map((right) => `•  ${right}`),
    );
    expect(elements).toContainEqual({ type: "H2", text: lv.helpNow });
    // The code is decoration for a screen reader; the address under it is read instead.
    expect(elements).toContainEqual({ type: "P", text: `${publicUrl}/help/demo-municipality?lang=lv` });
    // Latvian reads back from its glyphs as written; it needs no text beside them.
    expect(tagging.actualTexts).toEqual([]);
  });

  it("prints an Arabic poster whose QR code opens the report-a-concern form", async () => {
    const res = await print(frontline, "poster?lang=ar&target=concern");
    expect(res.statusCode).toBe(200);
    expect(qrOf(res.rawPayload, "ar")).toBe(`${publicUrl}/help/demo-municipality?lang=ar#report`);
    // Drawn right to left in visual order, so a screen reader is given each sentence as written.
    const ar = prevention.helpTexts.ar;
    const { elements, ...tagging } = pdfTagging(res.rawPayload);
    expect(tagging).toMatchObject({ marked: true, lang: "ar" });
    expect(elements.map((e) => e.type).slice(0, 3)).toEqual(["H1", "P", "H2"]);
    expect(tagging.actualTexts).toEqual(
      expect.arrayContaining([ar.title, ar.rightsTitle, `•  ${ar.rights[0]}`, ar.reportTitle]),
    );
  });

  it("lays the Arabic leaflet and poster out right to left, as a reader on paper reads them (issue 18)", async () => {
    const ar = prevention.helpTexts.ar;
    const arabic = /[\u0600-\u06FF]/;
    const rightmost = (l: PdfLine) => l.words.reduce((a, b) => (b.xMax > a.xMax ? b : a));
    const leftmost = (l: PdfLine) => l.words.reduce((a, b) => (b.xMin < a.xMin ? b : a));
    for (const [path, margin, caption] of [
      ["leaflet?lang=ar", 36, ar.helpNow],
      ["poster?lang=ar&target=concern", 56, ar.reportTitle],
    ] as const) {
      const res = await print(coordinator, path);
      expect(res.statusCode).toBe(200);
      const pdf = res.rawPayload;
      const lines = pdfLines(pdf);
      // It fits: one page, every word within the margins.
      expect(new Set(lines.map((l) => l.page)), path).toEqual(new Set([1]));
      for (const l of lines) {
        expect(l.xMin, path).toBeGreaterThanOrEqual(margin - 0.5);
        expect(l.xMax, path).toBeLessThanOrEqual(l.pageWidth - margin + 0.5);
        expect(l.yMax, path).toBeLessThanOrEqual(l.pageHeight - margin + 0.5);
      }
      // Every Arabic line ends at the right margin, but the QR code's caption, centred above it.
      const arabicLines = lines.filter((l) => l.words.some((w) => arabic.test(w.text)));
      const centred = arabicLines.at(-1)!;
      expect((centred.xMin + centred.xMax) / 2, path).toBeCloseTo(centred.pageWidth / 2, 0);
      for (const l of arabicLines.slice(0, -1)) expect(l.xMax, path).toBeCloseTo(l.pageWidth - margin, 0);
      // Each right's bullet starts its line at the right; nothing stands to its right.
      const items = lines.filter((l) => l.words.some((w) => w.text === "•"));
      expect(items, path).toHaveLength(ar.rights.length);
      for (const item of items) {
        expect(rightmost(item).text, path).toBe("•");
        expect(rightmost(item).xMax, path).toBeCloseTo(item.pageWidth - margin, 0);
      }
      // The emergency number reads 112 (not 211), its full stop at the left end of the sentence,
      // whose first word "هل" stands at the right.
      const emergency = lines.find((l) => l.words.some((w) => w.text.includes("112")))!;
      expect(leftmost(emergency).text, path).toBe(".112");
      expect([...rightmost(emergency).text].reverse().join(""), path).toBe("هل");
      // Read back by poppler (which follows right-to-left lines), the words come in the order
      // written, wrapped lines one after the other. Poppler gives the lam-alef ligature back as
      // alef-lam on a right-to-left line, and a full stop between two Arabic words as a word of its
      // own, so lam, alef and full stops are left out of the comparison (the full stop's place is
      // proved above).
      const reading = (s: string) =>
        s
          .replace(/[\u200e\u200f\u202a-\u202e]/g, "")
          .replace(/[لاأإآ.]/g, "")
          .replace(/\s+/g, " ")
          .trim();
      const text = reading(pdfText(pdf));
      for (const sentence of [ar.title, ar.intro, ar.rightsTitle, ...ar.rights.map((r) => `• ${r}`), caption])
        expect(text, path).toContain(reading(sentence));
      // A screen reader is still given each sentence as written, the rights still a list.
      const { elements, ...tagging } = pdfTagging(pdf);
      expect(tagging.lang).toBe("ar");
      expect(elements.filter((e) => e.type === "LBody")).toHaveLength(ar.rights.length);
      expect(tagging.actualTexts).toEqual(
        expect.arrayContaining([
          ar.title,
          ar.intro,
          ...ar.rights.map((r) => `•  ${r}`),
          ar.emergency.replace("{{number}}", "112"),
          caption,
        ]),
      );
    }
  });

  it("prints every language of the public page", async () => {
    expect(prevention.helpPrintLanguages).toEqual(prevention.helpLanguages);
    for (const lang of prevention.helpPrintLanguages) {
      const res = await print(coordinator, `leaflet?lang=${lang}`);
      expect(res.statusCode, lang).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString(), lang).toBe("%PDF-");
    }
  });

  it("prints a Thai leaflet in a Thai font, with its QR code to the Thai page", async () => {
    const res = await print(frontline, "leaflet?lang=th");
    expect(res.statusCode).toBe(200);
    const pdf = res.rawPayload;
    // Both fonts are embedded: Noto Sans Thai for the Thai runs, DejaVu for the number and address.
    expect(pdf.toString("latin1")).toMatch(/NotoSansThai/);
    expect(pdf.toString("latin1")).toMatch(/DejaVuSans/);
    const text = pdfText(pdf);
    // Thai letters come out as Thai (a reader's copy is Thai, not empty boxes).
    expect(text).toMatch(/[\u0E01-\u0E2E]{3}/);
    expect(text).toContain("112");
    // Tagged in Thai, its title one heading though set in runs of two fonts.
    const { elements, ...tagging } = pdfTagging(pdf);
    expect(tagging).toMatchObject({ marked: true, lang: "th" });
    expect(elements[0]?.type).toBe("H1");
    expect(elements.filter((e) => e.type === "H1")).toHaveLength(1);
    // The Thai font splits some vowels in two, so a reader is given each sentence as written.
    expect(tagging.actualTexts).toContain(prevention.helpTexts.th.intro);
    expect(qrOf(pdf, "th")).toBe(`${publicUrl}/help/demo-municipality?lang=th`);
  });

  it("answers bad input with 400 and roles without outreach or campaigns with 403", async () => {
    expect((await print(coordinator, "flyer?lang=fi")).statusCode).toBe(400);
    const bad = await print(coordinator, "leaflet?lang=xx");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("querystring.lang");
    expect((await print(coordinator, "leaflet?target=elsewhere")).statusCode).toBe(400);
    expect((await print(analyst, "leaflet?lang=fi")).statusCode).toBe(403);
  });
});

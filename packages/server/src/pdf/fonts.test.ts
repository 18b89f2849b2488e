import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { pdfFonts, useUnicodeFonts } from "./fonts.ts";
import { pdfText } from "./pdf-text.ts";

function render(lines: string[]): Promise<Buffer> {
  const doc = useUnicodeFonts(new PDFDocument({ size: "A4" }));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.font(pdfFonts.bold).text(lines[0]!);
  doc.font(pdfFonts.regular);
  for (const line of lines.slice(1)) doc.text(line);
  doc.end();
  return done;
}

describe("Unicode PDF fonts", () => {
  it("prints names of many scripts exactly as written, in regular and bold", async () => {
    const names = [
      "Rūta Petrauskaitė",
      "Jääskeläinen Äijö Öhman",
      "Åsa Ängström",
      "Łucja Żółć-Ścibor",
      "Тарас Шевченко",
      "Σοφία Παπαδοπούλου",
      "Ştefan Ţurcanu",
    ];
    const text = pdfText(await render(names));
    for (const name of names) expect(text).toContain(name);
  });

  it("embeds only the glyphs used, so a page stays small", async () => {
    const pdf = await render(["Petrauskaitė"]);
    expect(pdf.length).toBeLessThan(60_000);
  });
});

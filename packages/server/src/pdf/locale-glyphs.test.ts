import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readerLocale } from "../http/reader-locale.ts";
import { renderSchemePdf } from "../referral/scheme-pdf.ts";
import { unicodeFontData } from "./fonts.ts";
import { pdfText } from "./pdf-text.ts";

// fontkit is what pdfkit lays text out with; its own reader tells which glyphs the font has.
const fontkit = createRequire(import.meta.url)("fontkit") as {
  create(data: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
};

/** The letters of the region's languages beyond ASCII, capitals too. */
const alphabets: Record<string, string> = {
  pl: "ąćęłńóśźż",
  lv: "āčēģīķļņšūž",
  lt: "ąčęėįšųūž",
  is: "þðæáéíóúýö",
  et: "õäöüšž",
  de: "äöüß",
  da: "æøå",
  nb: "æøå",
  fi: "äöå",
  sv: "åäö",
};

describe("PDFs in every language of the region", () => {
  it("have a glyph in the PDF fonts (regular and bold) for every letter of each alphabet", () => {
    const fonts = unicodeFontData();
    for (const [weight, data] of Object.entries(fonts)) {
      const font = fontkit.create(data);
      for (const [lang, letters] of Object.entries(alphabets)) {
        for (const ch of `${letters}${letters.toUpperCase()}`)
          expect(font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0), `${weight} ${lang} ${ch}`).toBe(true);
      }
    }
  });

  it("render a scheme of assistance in the reader's Polish, loaded when asked for, diacritics as written", async () => {
    const language = await readerLocale("pl-PL");
    const pdf = await renderSchemePdf({
      municipalityName: "Gdańsk",
      steps: [
        {
          stage: "first_contact_safety",
          organisationId: null,
          contactPoint: "Łódź, ul. Żółkiewskiego",
          responseHours: 24,
          description: "",
        },
      ],
      organisations: [],
      language,
      createdAt: new Date("2026-12-05T08:00:00Z"),
    });
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Schemat pomocy: Gdańsk");
    expect(text).toContain("1. Pierwszy kontakt i natychmiastowe bezpieczeństwo");
    expect(text).toContain("Odpowiada na skierowanie w ciągu 24 godz.");
    expect(text).toContain("Łódź, ul. Żółkiewskiego");
    expect(text).toContain("Odpowiedzialny:");
  });
});

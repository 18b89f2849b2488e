import { describe, expect, it } from "vitest";
import { catalogueV1 } from "../screening/catalogue-v1/index.ts";
import { formLabelIn, indicatorTextIn } from "../screening/indicator-text.ts";
import { formatMessage } from "../screening/messages.ts";
import { areaTexts } from "./area-texts.ts";
import { registerBundle } from "./bundles.ts";

describe("domain texts in a language that is not built in", () => {
  it("reads the language's own texts and falls back to English per text, never to a raw key", () => {
    const texts = /* @__PURE__ */ areaTexts("test-area", {
      en: { a: "A", b: { c: "C {{n}}" } },
      fi: { a: "Ä", b: { c: "Cfi {{n}}" } },
      sv: { a: "Å", b: { c: "Csv {{n}}" } },
    });
    expect(texts.in("pl")).toEqual({ a: "A", b: { c: "C {{n}}" } });
    registerBundle("pl", "test-area", { a: "Ą", b: { c: "" }, extra: "x" });
    expect(texts.text("pl", ["a"])).toBe("Ą");
    expect(texts.text("pl", ["b", "c"])).toBe("C {{n}}");
    expect(texts.has("pl", ["b", "c"])).toBe(false);
    expect(texts.in("pl")).toEqual({ a: "Ą", b: { c: "C {{n}}" } });
    expect(() => texts.text("pl", ["missing"])).toThrow(/no English text at missing/);
  });

  it("shows a loaded catalogue translation with its own phase prefix, and English where it has none", () => {
    const both = catalogueV1.indicators.find(
      (i) => i.kind === "ilo" && i.text.en.wording.startsWith("During recruitment or travel: "),
    );
    if (both?.kind !== "ilo") throw new Error("no concept asked in both phases");
    const other = catalogueV1.indicators.find((i) => i.kind === "ilo" && i.concept !== both.concept);
    if (other?.kind !== "ilo") throw new Error("no second concept");
    registerBundle("lt", "catalogue", {
      phase: { recruitment: "Verbavimo metu" },
      concepts: { [both.concept]: { wording: "Apgautas dėl darbo", lookFor: "Žiūrėkite", ask: "Ar ...?" } },
      forms: { forced_begging: "Priverstinis elgetavimas" },
    });
    expect(indicatorTextIn(both, "lt")).toEqual({
      wording: "Verbavimo metu: apgautas dėl darbo",
      lookFor: "Žiūrėkite",
      ask: "Ar ...?",
    });
    expect(indicatorTextIn(other, "lt")).toEqual(other.text.en);
    expect(formLabelIn("forced_begging", "lt")).toBe("Priverstinis elgetavimas");
    expect(formLabelIn("domestic_servitude", "lt")).toBe("Domestic servitude");
    expect(indicatorTextIn(both, "fi")).toEqual(both.text.fi);
  });

  it("formats an engine message in English when the language has no screening texts yet", () => {
    const m = {
      key: "screening.dimension.positive",
      params: { dimension: "coercive_recruitment", clause: "two_strong" },
    } as const;
    expect(formatMessage(m, "et")).toBe(formatMessage(m, "en"));
    expect(formatMessage(m, "fi")).toBe("Pakottava rekrytointi: positiivinen (kaksi vahvaa indikaattoria).");
  });
});

import { describe, expect, it } from "vitest";
import { catalogueV1 } from "./catalogue-v1/index.ts";
import { formatMessage } from "./messages.ts";
import { renderCatalogue, renderCatalogueText } from "./render.ts";
import { languages } from "./types.ts";

describe("renderCatalogue", () => {
  it.each(languages)("renders every indicator in %s", (lang) => {
    const r = renderCatalogue(lang);
    const ids = [
      ...r.profiles.flatMap((p) => p.dimensions.flatMap((d) => d.indicators.map((i) => i.id))),
      ...r.supplementary.flatMap((f) => f.indicators.map((i) => i.id)),
    ];
    expect(ids.sort()).toEqual(catalogueV1.indicators.map((i) => i.id).sort());
    expect(r.barriers).toHaveLength(catalogueV1.barriers.length);
  });

  it("renders plain text in the chosen language", () => {
    const fi = renderCatalogueText("fi");
    expect(fi).toContain("Aikuinen, työperäinen hyväksikäyttö");
    expect(fi).toContain("alx.dec.01 (vahva)");
    expect(renderCatalogueText("sv")).toContain("Vilseledande rekrytering");
  });
});

describe("formatMessage", () => {
  it("translates dimension, profile and clause parameters", () => {
    const m = {
      key: "screening.dimension.positive",
      params: { dimension: "coercion_at_destination", clause: "two_strong" },
    } as const;
    expect(formatMessage(m, "en")).toBe("Coercion at destination: positive (two strong indicators).");
    expect(formatMessage(m, "sv")).toBe("Tvång på destinationen: positivt (två starka indikatorer).");
  });

  it("uses catalogue labels for supplementary forms", () => {
    const m = { key: "screening.form.pointedTo", params: { form: "forced_begging" } } as const;
    const labels = { forced_begging: catalogueV1.forms.forced_begging.label };
    expect(formatMessage(m, "fi", labels)).toContain("Pakkokerjääminen");
  });
});

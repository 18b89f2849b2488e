import { describe, expect, it } from "vitest";
import { catalogueV2 } from "./catalogue-v2/index.ts";
import { evaluateScreening } from "./evaluate.ts";
import { obs } from "./testing.ts";
import type { Observation, ProfileId } from "./types.ts";
import { profileIds } from "./types.ts";

const v2 = (profiles: ProfileId[], observations: Observation[]) =>
  evaluateScreening({ catalogueVersion: "catalogue-v2", profiles, observations });
const present = (...ids: string[]) => ids.map((id) => obs(id, "present"));

describe("assistance signal", () => {
  it("is labelled as Ariadne's own and sits beside the ILO/EC outcome", () => {
    const r = v2(["adult_labour"], []);
    expect(r.assistance.level).toBe("no_concern_recorded");
    expect(r.assistance.reasons[0]).toEqual({ key: "screening.assistance.about" });
    expect(r.outcome).toBe("not_indicated_yet");
  });

  // Documents confiscated, debt bondage, isolation or confinement, violence, threats of violence.
  it.each(["alx.cod.01", "alx.cod.02", "alx.cod.03", "alx.cod.04", "alx.cod.11"])(
    "offers assistance on exploitation and one strong coercion fact (%s), with no recruitment fact",
    (coercion) => {
      const r = v2(["adult_labour"], present("alx.exp.01", "alx.exp.04", coercion));
      expect(r.assistance.level).toBe("offer_assistance");
      expect(r.assistance.elements.act.via).toBe("harbouring");
      expect(r.assistance.elements.act.by).toContain(coercion);
      expect(r.assistance.elements.means.via).toBe("strong_coercion");
      expect(r.outcome).not.toBe("indicated");
    },
  );

  it("offers assistance to a child when exploitation is shown, child protection first", () => {
    for (const profile of ["child_labour", "child_sexual"] as const) {
      const prefix = profile === "child_labour" ? "clx" : "csx";
      const r = v2([profile], present(`${prefix}.exp.01`, `${prefix}.exp.03`));
      expect(r.assistance.level).toBe("offer_assistance");
      expect(r.assistance.elements.means.state).toBe("not_required");
      expect(r.assistance.steps[0]).toEqual({ key: "screening.next.childProtection" });
      expect(r.assistance.reasons).toContainEqual({ key: "screening.assistance.child" });
    }
  });

  it.each([
    ["forced begging", ["sup.beg.01", "sup.beg.02"]],
    ["forced criminality", ["sup.crm.01", "sup.crm.02"]],
    ["benefit fraud", ["sup.ben.01", "sup.ben.02"]],
    ["identity fraud", ["ari.pur.01", "sup.ben.04"]],
    ["domestic servitude", ["sup.dom.03", "sup.dom.04"]],
    ["proceeds taken", ["ari.pur.02", "sup.beg.02"]],
  ])("counts %s evidence as exploitation", (_form, ids) => {
    const r = v2(["adult_labour"], present(...ids));
    expect(r.assistance.elements.purpose.state).toBe("shown");
  });

  it("counts forced begging with its control as offer_assistance", () => {
    const r = v2(["adult_labour"], present("sup.beg.01", "sup.beg.02", "alx.cod.03"));
    expect(r.assistance.level).toBe("offer_assistance");
  });

  it("pools the three recruitment dimensions towards the act: a vague promise, a travel debt, poverty", () => {
    const r = v2(["adult_labour"], present("ari.act.04", "ari.act.05", "alx.vul.06"));
    expect(r.assistance.elements.act).toMatchObject({ state: "shown", via: "recruitment" });
    expect(r.assistance.elements.means.state).toBe("shown");
    expect(r.assistance.level).toBe("keep_asking");
    expect(r.profiles[0]?.dimensions.filter((d) => d.state === "positive")).toEqual([]);
  });

  it("never offers assistance on a single fact: one fact gives keep_asking", () => {
    for (const profile of profileIds) {
      for (const ind of catalogueV2.indicators) {
        if (ind.kind === "ilo" && ind.profile !== profile) continue;
        const r = v2([profile], present(ind.id));
        expect(r.assistance.level, `${profile} ${ind.id}`).toBe("keep_asking");
      }
    }
  });

  it("does not count one fact twice when several lists record it", () => {
    const r = v2(
      ["adult_labour", "adult_sexual"],
      present("alx.exp.02", "asx.exp.02", "alx.exp.03", "asx.exp.03"),
    );
    expect(r.assistance.elements.purpose.state).toBe("not_shown");
  });

  it("records a threat to be sent home and a threat of denunciation as one fact", () => {
    const r = v2(["adult_labour"], present("ari.mea.01", "alx.cod.09", "alx.vud.01"));
    expect(r.assistance.elements.means.state).toBe("not_shown");
  });

  it("explains the missing elements and how many questions could settle them", () => {
    const r = v2(["adult_labour"], present("alx.exp.01"));
    const missing = r.assistance.reasons.filter((m) => m.key === "screening.assistance.missing");
    expect(missing.map((m) => m.params?.element)).toEqual(["act", "means", "purpose"]);
    expect(r.assistance.nextQuestions.length).toBeGreaterThan(0);
  });

  it("evaluates the signal on catalogue-v1 input too", () => {
    const r = evaluateScreening({
      profiles: ["adult_labour"],
      observations: present("alx.exp.01", "alx.exp.04", "alx.cod.01"),
    });
    expect(r.catalogueVersion).toBe("catalogue-v1");
    expect(r.assistance.level).toBe("offer_assistance");
  });
});

describe("catalogue-v2 parts of a combined ILO/EC indicator", () => {
  const dec01 = (r: ReturnType<typeof v2>) =>
    r.profiles[0]?.dimensions.find((d) => d.dimension === "deceptive_recruitment");

  it("any part present makes the whole present for the ILO/EC rule", () => {
    expect(dec01(v2(["adult_labour"], present("ari.act.02")))?.present).toEqual(["alx.dec.01"]);
  });

  it("all parts absent make the whole absent; one part absent leaves it unknown", () => {
    const all = v2(
      ["adult_labour"],
      ["ari.act.01", "ari.act.02", "ari.act.03"].map((id) => obs(id, "absent")),
    );
    expect(dec01(all)?.absent).toEqual(["alx.dec.01"]);
    const one = v2(["adult_labour"], [obs("ari.act.01", "absent")]);
    expect(dec01(one)?.unknown).toContain("alx.dec.01");
  });

  it("a part counts once with its whole in the signal", () => {
    const r = v2(["adult_labour"], present("ari.act.01", "ari.act.02", "alx.dec.01"));
    expect(r.assistance.elements.act.state).toBe("not_shown");
  });
});

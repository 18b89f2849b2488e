import { describe, expect, it } from "vitest";
import { catalogueFor } from "../screening/index.ts";
import { OwnScenarioCreate, scenarioOf } from "./own-scenarios.ts";
import { scenarioById, scenarioSituationIn } from "./scenarios/index.ts";
import { answerKey } from "./scoring.ts";

const berry = scenarioById("agri-berry-fee")!;
const childSexual = catalogueFor("catalogue-v2").indicators.find(
  (i) => i.kind === "ilo" && i.profile === "child_sexual",
)!.id;
const aScenario = (over: Record<string, unknown> = {}) => ({
  language: "en",
  situation: "Car wash workers paid a fee and work long days for little.",
  sector: "cleaning",
  profiles: ["adult_labour"],
  present: berry.present,
  ...over,
});
const paths = (value: unknown) => {
  const r = OwnScenarioCreate.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
};

describe("a trainer's scenario", () => {
  it("has the engine's evaluation of its facts as its key, as a library scenario with the same facts", () => {
    const own = scenarioOf({
      id: "00000000-0000-4000-8000-000000000001",
      content: OwnScenarioCreate.parse(aScenario()),
    });
    expect(own.situation.fi).toBe(own.situation.en);
    expect(answerKey(own)).toEqual(answerKey(berry));
  });

  it("is written in any language Ariadne speaks, its one text standing for every reader's", () => {
    const situation = "Autmazgātavas strādnieki samaksāja starpniekam un strādā garas dienas par mazu algu.";
    const own = scenarioOf({
      id: "00000000-0000-4000-8000-000000000002",
      content: OwnScenarioCreate.parse(aScenario({ language: "lv", situation })),
    });
    expect(scenarioSituationIn(own, "lv")).toBe(situation);
    expect(scenarioSituationIn(own, "fi")).toBe(situation);
    expect(paths(aScenario({ language: "xx" }))).toEqual(["language"]);
  });

  it("takes only facts of the catalogue that fit its lists, each shown or ruled out, never both", () => {
    expect(paths(aScenario())).toEqual([]);
    expect(paths(aScenario({ present: ["alx.nope.99"] }))).toEqual(["present.0"]);
    expect(paths(aScenario({ present: [berry.present[0], childSexual] }))).toEqual(["present.1"]);
    expect(paths(aScenario({ profiles: ["adult_labour", "child_sexual"], present: [childSexual] }))).toEqual(
      [],
    );
    expect(paths(aScenario({ absent: [berry.present[1]] }))).toEqual(["absent.0"]);
    expect(paths(aScenario({ profiles: [] }))).toEqual(["profiles"]);
  });
});

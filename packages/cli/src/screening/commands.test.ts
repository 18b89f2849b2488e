import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../commands.ts";
import { indicatorsCommand, screenCommand } from "./commands.ts";

const obs = (indicator: string) => ({ indicator, status: "present", observedAt: "2026-10-01" });
async function run(input: unknown, lang?: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "ariadne-screen-")), "in.json");
  writeFileSync(file, JSON.stringify(input));
  const out: string[] = [];
  await screenCommand({ out: (l) => out.push(l), err: () => {} }, file, { lang });
  return out.join("\n");
}

const construction = {
  catalogueVersion: "catalogue-v2",
  profiles: ["adult_labour"],
  observations: ["alx.cod.01", "alx.exp.01", "alx.exp.04"].map(obs),
};

describe("ariadne screen", () => {
  it("prints the assistance signal at the top level of the result JSON", async () => {
    const result = JSON.parse(await run(construction));
    expect(result.catalogueVersion).toBe("catalogue-v2");
    expect(result.assistance.level).toBe("offer_assistance");
    expect(result.outcome).toBe("not_indicated_yet");
  });

  it("prints the result as text with --lang, the signal first and labelled as Ariadne's", async () => {
    const en = await run(construction, "en");
    expect(en.split("\n")[0]).toBe(
      "Assistance signal (Ariadne's own, not the ILO/EC rule): Offer assistance",
    );
    expect(en).toContain("ILO/EC operational indicators (2009) (catalogue-v2):");
    const fi = await run(construction, "fi");
    expect(fi.split("\n")[0]).toBe("Avun signaali (Ariadnen oma, ei ILO/EC-sääntö): Tarjoa apua");
  });

  it("refuses a catalogue-v2 id under catalogue-v1, naming the item", async () => {
    await expect(
      run({ ...construction, catalogueVersion: "catalogue-v1", observations: [obs("ari.mea.02")] }),
    ).rejects.toThrow(
      /observations\.0\.indicator: indicator ari\.mea\.02 is in catalogue-v2, not in catalogue-v1/,
    );
    // Every language of the region is spoken (issue 18); one Ariadne does not speak is refused.
    await expect(run(construction, "ru")).rejects.toThrow(CliError);
  });

  it("screens a group, one result per person", async () => {
    const answer = (question: string) => ({ question, status: "present", observedAt: "2026-10-01" });
    const out = JSON.parse(
      await run({
        catalogueVersion: "catalogue-v2",
        profiles: ["adult_labour"],
        shared: [
          answer("exploitative_conditions:excessive-working-hours"),
          answer("exploitative_conditions:low-or-no-salary"),
        ],
        people: [
          { ref: "A", child: false, answers: [answer("coercion_at_destination:debt-bondage")] },
          { ref: "B", child: true, answers: [] },
        ],
      }),
    );
    expect(
      out.people.map((p: { result: { assistance: { level: string } } }) => p.result.assistance.level),
    ).toEqual(["offer_assistance", "offer_assistance"]);
  });

  it("prints catalogue-v2 with Ariadne's additions marked as such", async () => {
    const out: string[] = [];
    await indicatorsCommand(
      { out: (l) => out.push(l), err: () => {} },
      { lang: "fi", catalogue: "catalogue-v2" },
    );
    expect(out.join("\n")).toContain("## Ariadnen lisäämät (ei ILO/EC)");
    expect(out.join("\n")).toContain("ari.act.05");
    await expect(indicatorsCommand({ out: () => {}, err: () => {} }, { catalogue: "v9" })).rejects.toThrow(
      CliError,
    );
  });
});

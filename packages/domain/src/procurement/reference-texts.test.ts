import { describe, expect, it } from "vitest";
import { registerBundle } from "../i18n/index.ts";
import { clauseLibraryIn, procurementTextIn, questionsIn } from "./reference-texts.ts";
import { procurementTexts } from "./texts.ts";

describe("procurement texts by language", () => {
  it("gives each text in each language asked, English for a text a language lacks", () => {
    // A language with one clause title only (a translation under way): the rest is English, text by text.
    registerBundle("zz", "procurement", { clauses: { labour_rights: { title: "Työoikeudet (zz)" } } });
    const [labour] = clauseLibraryIn(["en", "zz"]);
    expect(labour?.title).toEqual({
      en: procurementTexts.text("en", ["clauses", "labour_rights", "title"]),
      zz: "Työoikeudet (zz)",
    });
    expect(labour?.purpose.zz).toBe(labour?.purpose.en);
    expect(procurementTextIn(["questions", "recruitment_fees"], ["sv"])).toEqual({
      sv: procurementTexts.text("sv", ["questions", "recruitment_fees"]),
    });
    expect(questionsIn(["fi"])[0]).toMatchObject({ id: "written_contracts", kind: "yes_no" });
  });
});

import { VisitFields } from "@ariadne/domain/prevention/index.ts";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { checkForm } from "../ui/index.ts";
import { emptyVisitForm, halfPoint, visitInputOf, visitOfForm } from "./visit-form-values.ts";

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe("the visit form's errors stand under the inputs they are about", () => {
  it("puts a coordinate's, a group's and a count's error under that input, saying what it allows", () => {
    const values = {
      ...emptyVisitForm("2026-12-06"),
      title: "Bus station kiosk",
      latitude: "abc",
      longitude: "999",
      people: { undocumented_migrants: "-5", homeless_people: "3" },
      conversations: "2.5",
    };
    expect(checkForm(VisitFields, visitOfForm(values), t, { fieldOf: visitInputOf })).toEqual({
      ok: false,
      fields: {
        longitude: 'validation.numberRange {"min":-180,"max":180}',
        latitude: 'validation.numberRange {"min":-90,"max":90}',
        "people.undocumented_migrants": 'validation.wholeRange {"min":0,"max":100000}',
        conversations: "validation.wholeNumber",
      },
    });
  });

  it("names the coordinate left empty when only the other one is given", () => {
    const empty = emptyVisitForm("2026-12-06");
    expect(halfPoint(empty)).toBeNull();
    expect(halfPoint({ ...empty, latitude: "60.1" })).toBe("longitude");
    expect(halfPoint({ ...empty, longitude: "24.9" })).toBe("latitude");
    expect(halfPoint({ ...empty, latitude: "60.1", longitude: "24.9" })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { scriptRuns } from "./thai-text.ts";

describe("scriptRuns", () => {
  it("cuts a Thai text into Thai runs and the rest, keeping spaces with the run before", () => {
    expect(scriptRuns("โทร 112 ฟรี")).toEqual([
      { thai: true, text: "โทร " },
      { thai: false, text: "112 " },
      { thai: true, text: "ฟรี" },
    ]);
  });

  it("keeps a text without Thai as one run, and a text of Thai and spaces as one", () => {
    expect(scriptRuns("Call 112, free.")).toEqual([{ thai: false, text: "Call 112, free." }]);
    expect(scriptRuns("ความช่วยเหลือ ฟรี")).toEqual([{ thai: true, text: "ความช่วยเหลือ ฟรี" }]);
    expect(scriptRuns("")).toEqual([]);
  });
});

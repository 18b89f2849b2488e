import { describe, expect, it } from "vitest";
import { seriesCsv } from "./csv.ts";

describe("seriesCsv", () => {
  it("writes the chart's figures with hidden counts marked, never as zero", () => {
    const csv = seriesCsv(
      ["Gender", "Cases"],
      { categories: ["female", "male", "unknown"], values: [40, null, 0], total: 52 },
      (c) => c.toUpperCase(),
      { hidden: "hidden", total: "Total" },
    );
    expect(csv).toBe("Gender,Cases\r\nFEMALE,40\r\nMALE,hidden\r\nUNKNOWN,0\r\nTotal,52\r\n");
  });

  it("quotes labels with commas and defuses a label that a spreadsheet would run", () => {
    const csv = seriesCsv(["a", "b"], { categories: ["x"], values: [12], total: null }, () => "=1+1, yes", {
      hidden: "h",
      total: "t",
    });
    expect(csv.split("\r\n")[1]).toBe(`"'=1+1, yes",12`);
    expect(csv.split("\r\n")[2]).toBe("t,h");
  });
});

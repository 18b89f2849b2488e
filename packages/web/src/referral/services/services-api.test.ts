import { describe, expect, it } from "vitest";
import { rowErrorsOf } from "./services-api.ts";

describe("rowErrorsOf", () => {
  it("reads line, column and reason from a refused import's issue paths, skipping the summary", () => {
    expect(
      rowErrorsOf([
        { path: "body.csv", message: "line 3, column type: unknown service type" },
        { path: "body.csv.3.type", message: "unknown service type" },
        { path: "body.csv.7.", message: "has 2 cells; the header has 7" },
      ]),
    ).toEqual([
      { line: 3, column: "type", reason: "unknown service type" },
      { line: 7, column: null, reason: "has 2 cells; the header has 7" },
    ]);
  });

  it("finds no row errors in other validation failures", () => {
    expect(rowErrorsOf([{ path: "body.csv", message: "Too big" }])).toEqual([]);
  });
});

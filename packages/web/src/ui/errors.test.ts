import { describe, expect, it } from "vitest";
import { ApiFailure } from "../api/client.ts";
import { translatedFieldErrors } from "./errors.ts";

const t = ((key: string) => key) as never;

describe("translatedFieldErrors", () => {
  it("gives each field the API named a sentence in the user's language, never the API's English", () => {
    const failure = new ApiFailure(400, "validation", "…", [
      { path: "body.title", message: "must not contain control characters", reason: "control_characters" },
      { path: "body.deadline", message: "must be a date in the years 1900–2200", reason: "date_range" },
      { path: "body.owner.id", message: "Invalid UUID" },
    ]);
    expect(translatedFieldErrors(t, failure)).toEqual({
      title: "validation.controlCharacters",
      deadline: "validation.dateRange",
      owner: "validation.invalid",
    });
    expect(translatedFieldErrors(t, new Error("offline"))).toEqual({});
  });

  it("places a nested or query issue under the input the form names", () => {
    const failure = new ApiFailure(400, "validation", "…", [
      { path: "body.point.coordinates.0", message: "longitude must be at most 180" },
      { path: "querystring.from", message: "Too small" },
    ]);
    const fieldOf = (path: readonly PropertyKey[]) =>
      path[0] === "point" ? (path[2] === 0 ? "longitude" : "latitude") : String(path[0]);
    expect(translatedFieldErrors(t, failure, fieldOf)).toEqual({
      longitude: "validation.invalid",
      from: "validation.invalid",
    });
  });
});

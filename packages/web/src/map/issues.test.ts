import { describe, expect, it } from "vitest";
import { ApiFailure } from "../api/client.ts";
import { fieldOfPath, placeMessage, saveFailure } from "./issues.ts";

describe("fieldOfPath", () => {
  it("puts the API's issues beside the form field they name", () => {
    expect(fieldOfPath("body.details.geometry.coordinates")).toBe("coords");
    expect(fieldOfPath("body.details.geometry.coordinates.0.1")).toBe("coords");
    expect(fieldOfPath("body.details.sector")).toBe("sector");
    expect(fieldOfPath("body.details.groupKind")).toBe("groupKind");
    expect(fieldOfPath("body.details.forms.0")).toBe("form");
    expect(fieldOfPath("body.source.date")).toBe("sourceDate");
    expect(fieldOfPath("body.title")).toBe("title");
    expect(fieldOfPath("body.ratings.severity")).toBe("severity");
    expect(fieldOfPath("body")).toBe("_form");
  });
});

describe("placeMessage", () => {
  const t = ((key: string, values?: { n?: number }) => (values?.n ? `${key}:${values.n}` : key)) as never;
  it("names the corner of an area that lies outside, and the ring's faults", () => {
    const outside = "the coordinates lie outside the municipality boundary";
    expect(placeMessage(t, { path: "body.details.geometry.coordinates.0.3", message: outside })).toBe(
      "map.cornerOutside:4",
    );
    expect(placeMessage(t, { path: "body.details.geometry.coordinates", message: outside })).toBe(
      "map.outside",
    );
    expect(
      placeMessage(t, {
        path: "details.geometry.coordinates.0.1",
        message: "the ring crosses itself at edge 1",
      }),
    ).toBe("map.areaCrosses");
    expect(
      placeMessage(t, {
        path: "details.geometry.coordinates.0",
        message: "a linear ring must enclose an area",
      }),
    ).toBe("map.areaFlat");
  });
});

describe("saveFailure", () => {
  const t = ((key: string) => key) as never;
  it("puts named issues beside their fields under one alert, and anything else in the alert", () => {
    const named = new ApiFailure(400, "invalid_input", "bad", [{ path: "body.title", message: "too long" }]);
    expect(saveFailure(t, named)).toEqual({
      fields: { title: "validation.invalid" },
      error: "common.fixErrors",
    });
    expect(saveFailure(t, new ApiFailure(404, "not_found", "gone")).fields).toEqual({});
    expect(saveFailure(t, new ApiFailure(404, "not_found", "gone")).error).not.toBe("common.fixErrors");
  });
});

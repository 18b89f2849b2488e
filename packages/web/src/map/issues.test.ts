import { describe, expect, it } from "vitest";
import { fieldOfPath } from "./issues.ts";

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

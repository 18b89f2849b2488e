import { describe, expect, it } from "vitest";
import { TileUrl, tileUrlCspSource } from "./basemap.ts";

describe("tile URL", () => {
  it("accepts a tile template with {z}, {x} and {y}", () => {
    expect(TileUrl.safeParse("https://tiles.example.org/{z}/{x}/{y}.png").success).toBe(true);
    expect(TileUrl.safeParse("https://{s}.tile.example.org/{z}/{x}/{y}.png?key=abc").success).toBe(true);
  });

  it("refuses a URL that is not a tile template, not http(s), or smuggles CSP syntax", () => {
    for (const bad of [
      "https://tiles.example.org/map.png",
      "ftp://tiles.example.org/{z}/{x}/{y}.png",
      "tiles.example.org/{z}/{x}/{y}.png",
      "https://tiles.example.org/{z}/{x}/{y}.png; script-src *",
      "https://user:pw@tiles.example.org/{z}/{x}/{y}.png",
    ]) {
      expect(TileUrl.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("names the tile server's origin for the CSP, with {s} as a wildcard subdomain", () => {
    expect(tileUrlCspSource("https://tiles.example.org:8443/{z}/{x}/{y}.png")).toBe(
      "https://tiles.example.org:8443",
    );
    expect(tileUrlCspSource("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe(
      "https://*.tile.example.org",
    );
  });
});

import { z } from "zod";

/**
 * The map's background. Offline by default: country outlines shipped with the app (Natural Earth,
 * from the `world-atlas` npm package). An online deployment may name a raster tile server instead,
 * as a URL template with `{z}`, `{x}` and `{y}` (and optionally `{s}` for subdomains), e.g.
 * `https://{s}.tile.example.org/{z}/{x}/{y}.png`.
 */
export const TileUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => /^https?:\/\/[^/?#]+\//.test(v), "must start with https:// or http:// and a host")
  .refine(
    (v) => ["{z}", "{x}", "{y}"].every((p) => v.includes(p)),
    "must be a tile template containing {z}, {x} and {y}",
  )
  .refine((v) => {
    try {
      return new URL(tileUrlForParsing(v)).username === "";
    } catch {
      return false;
    }
  }, "must be a valid URL without credentials")
  .refine((v) => !/[\s'";,]/.test(v), "must not contain spaces, quotes, semicolons or commas");

const tileUrlForParsing = (template: string) => template.replace("{s}", "a").replace(/\{[a-z]+\}/g, "0");

/** The map settings the web app needs: the tile template, or null for the offline basemap. */
export const BasemapSettings = z.object({ tileUrl: z.string().nullable() });
export type BasemapSettings = z.infer<typeof BasemapSettings>;

/**
 * The Content-Security-Policy source that lets the browser load a tile template's images: its
 * origin, with a `{s}` subdomain turned into a wildcard host (`https://*.tile.example.org`).
 */
export function tileUrlCspSource(template: string): string {
  const u = new URL(tileUrlForParsing(template.replace("{s}", "subdomainplaceholder")));
  const host = u.host.replace("subdomainplaceholder", "*");
  return `${u.protocol}//${host}`;
}

const position = z.tuple([z.number(), z.number()]);

/**
 * The offline basemap's detail for a municipality's region (`GET /api/v1/mapping/basemap/region`):
 * land with its lakes cut to the region's box, the shores to outline it with, and the names of
 * the populated places with the zoom each is drawn from. `region` is null when the municipality
 * has neither a boundary nor located entries to take a region from.
 */
export const BasemapRegion = z.object({
  region: z
    .object({
      box: z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() }),
      land: z.array(z.array(z.array(position))),
      shores: z.array(z.array(position)),
      places: z.array(
        z.object({
          name: z.string(),
          lon: z.number(),
          lat: z.number(),
          population: z.int(),
          rank: z.enum(["city", "town", "village"]),
          minZoom: z.int(),
        }),
      ),
      attribution: z.string(),
    })
    .nullable(),
});
export type BasemapRegion = z.infer<typeof BasemapRegion>;

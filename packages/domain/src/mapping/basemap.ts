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

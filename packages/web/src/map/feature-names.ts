import type { TFunction } from "i18next";
import type { NavFeature } from "./feature-nav.ts";

// The local map's names, in its own module: the service directory's map orders its services with
// feature-nav.ts and names them in the referral module's words.

/**
 * A feature's accessible name, which is also its tooltip: what kind it is and what it is, in the
 * reader's language ("Location: Harbour warehouse", "Outreach, area: Station square",
 * "Service: Women's shelter", "Signal density: 3 signals").
 */
export function featureName(t: TFunction, f: NavFeature): string {
  switch (f.kind) {
    case "location":
      return t(f.area ? "map.featureNames.locationArea" : "map.featureNames.location", { title: f.title });
    case "outreach":
      return t(f.area ? "map.featureNames.outreachArea" : "map.featureNames.outreach", { title: f.title });
    case "service":
      return t("map.featureNames.service", { name: f.title });
    case "density":
      return t("map.featureNames.density", { count: f.signals });
  }
}

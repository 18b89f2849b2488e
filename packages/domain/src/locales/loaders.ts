/**
 * The languages whose domain texts are loaded when chosen, each one folder of JSON files
 * (`<lang>/<area>.json`) gathered by its `index.ts`. English, Finnish and Swedish are built in.
 * Written by scripts/i18n/import-domain-translations.ts.
 */
export const localeLoaders: Record<string, () => Promise<Record<string, unknown>>> = {
  da: () => import("./da/index.ts").then((m) => m.default),
  de: () => import("./de/index.ts").then((m) => m.default),
  et: () => import("./et/index.ts").then((m) => m.default),
  is: () => import("./is/index.ts").then((m) => m.default),
  lt: () => import("./lt/index.ts").then((m) => m.default),
  lv: () => import("./lv/index.ts").then((m) => m.default),
  nb: () => import("./nb/index.ts").then((m) => m.default),
  pl: () => import("./pl/index.ts").then((m) => m.default),
};

/**
 * The languages whose domain texts are loaded when chosen, each one folder of JSON files
 * (`<lang>/<area>.json`) gathered by its `index.ts`. English, Finnish and Swedish are built in.
 */
export const localeLoaders: Record<string, () => Promise<Record<string, unknown>>> = {};

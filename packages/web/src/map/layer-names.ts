/** The map's layers a user can switch on and off; the boundary and the basemap are always drawn. */
export const toggleableLayers = ["locations", "services", "outreach", "signal_density"] as const;
export type ToggleableLayer = (typeof toggleableLayers)[number];

import type { Me, Permission } from "@ariadne/domain/admin/index.ts";

export interface ModuleEntry {
  /** Key under `modules.*` in the locales, and the folder name the module will get. */
  id:
    | "map"
    | "screening"
    | "cases"
    | "referrals"
    | "prevention"
    | "training"
    | "procurement"
    | "plan"
    | "stats"
    | "admin";
  path: string;
  /** Shown when the user has any of these; empty means every signed-in user. */
  anyOf: readonly Permission[];
}

/**
 * Administration's sections and the permission that opens each. Reading organisations alone is not
 * administration: frontline workers, service providers and trainers hold `organisations:read` so
 * other modules can name organisations (referrals, teams), and nothing in Administration is theirs
 * to use. The organisations section is for those who manage them.
 */
export const adminSections = [
  { to: "organisations", permission: "organisations:manage" },
  { to: "users", permission: "users:read" },
  { to: "audit", permission: "audit:read" },
  { to: "languages", permission: "organisations:manage" },
  { to: "regions", permission: "municipalities:manage" },
] as const satisfies readonly { to: string; permission: Permission }[];

export type AdminSection = (typeof adminSections)[number]["to"];

/** Sections about the whole system rather than one municipality: no municipality is chosen for them. */
export const systemWideAdminSections: readonly AdminSection[] = ["regions"];

function adminPermissions(): Permission[] {
  return adminSections.map((s) => s.permission);
}

/** The Administration sections this user may open, in menu order. */
export function visibleAdminSections(me: Pick<Me, "permissions">): AdminSection[] {
  return adminSections.filter((s) => me.permissions.includes(s.permission)).map((s) => s.to);
}

/**
 * The modules of the architecture, in the guidelines' order. Prevention has no permission of its
 * own yet; until it does, it follows the coordinator's `planning:manage`.
 */
export const moduleEntries: readonly ModuleEntry[] = [
  { id: "map", path: "/local-map", anyOf: ["mapping:read", "mapping:manage"] },
  { id: "screening", path: "/screening", anyOf: ["screenings:run"] },
  { id: "cases", path: "/cases", anyOf: ["cases:read"] },
  { id: "referrals", path: "/referrals", anyOf: ["cases:read", "referrals:receive"] },
  { id: "prevention", path: "/prevention", anyOf: ["outreach:write", "prevention:manage"] },
  { id: "training", path: "/training", anyOf: ["training:take"] },
  { id: "procurement", path: "/procurement", anyOf: ["procurement:read"] },
  { id: "plan", path: "/action-plan", anyOf: ["planning:read", "planning:manage"] },
  { id: "stats", path: "/statistics", anyOf: ["stats:read", "stats:regional"] },
  { id: "admin", path: "/admin", anyOf: adminPermissions() },
];

export function visibleModules(me: Pick<Me, "permissions">): ModuleEntry[] {
  return moduleEntries.filter((m) => m.anyOf.length === 0 || m.anyOf.some((p) => me.permissions.includes(p)));
}

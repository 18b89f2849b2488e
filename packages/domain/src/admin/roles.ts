/** The roles of the architecture's security model; a role says what kind of thing a user may do. */
export const roles = [
  "system_admin",
  "coordinator",
  "frontline",
  "service_provider",
  "analyst",
  "trainer",
  "procurement_officer",
  /** Sees disclosure-controlled roll-ups across the municipalities of one region, nothing else (issue 17). */
  "regional_analyst",
] as const;
export type Role = (typeof roles)[number];

/** Actions a role may take. Need-to-know (which records) is checked separately, per module policy. */
export const permissions = [
  "municipalities:manage",
  "organisations:read",
  "organisations:manage",
  "users:read",
  "users:manage",
  "audit:read",
  "cases:read",
  "cases:write",
  "cases:retention",
  "cases:review",
  "screenings:run",
  "referrals:receive",
  "stats:read",
  /** The roll-up of a region's municipalities, under disclosure control (issue 17). */
  "stats:regional",
  "training:manage",
  /** Take courses and receive certificates: every role that belongs to a municipality. */
  "training:take",
  /** See who is trained: the coverage of identifying actors and professional groups. */
  "training:coverage",
  "mapping:manage",
  "mapping:read",
  "planning:read",
  "planning:manage",
  "services:read",
  "services:manage",
  "procurement:read",
  "procurement:manage",
  "procurement:rules",
  /** Plan and log outreach visits (issue 15). */
  "outreach:write",
  /** Awareness campaigns, the public page's settings and reports of concern (issue 15). */
  "prevention:manage",
] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<Role, readonly Permission[]> = {
  system_admin: [
    "municipalities:manage",
    "organisations:read",
    "organisations:manage",
    "users:read",
    "users:manage",
    "audit:read",
  ],
  coordinator: [
    "organisations:read",
    "organisations:manage",
    "users:read",
    "users:manage",
    "audit:read",
    "cases:read",
    "cases:retention",
    "cases:review",
    "screenings:run",
    "stats:read",
    "training:manage",
    "training:take",
    "training:coverage",
    "mapping:manage",
    "mapping:read",
    "planning:read",
    "planning:manage",
    "services:read",
    "services:manage",
    "procurement:read",
    "procurement:manage",
    "procurement:rules",
    "outreach:write",
    "prevention:manage",
  ],
  frontline: [
    "organisations:read",
    "cases:read",
    "cases:write",
    "screenings:run",
    "training:take",
    "mapping:read",
    "planning:read",
    "services:read",
    "outreach:write",
  ],
  // No cases:read: a service provider sees only the fields a referral shared (issue 4, item 5).
  service_provider: [
    "organisations:read",
    "referrals:receive",
    "screenings:run",
    "training:take",
    "mapping:read",
    "planning:read",
    "services:read",
  ],
  analyst: ["stats:read", "training:take", "mapping:read", "planning:read", "services:read"],
  trainer: [
    "organisations:read",
    "training:manage",
    "training:take",
    "mapping:read",
    "planning:read",
    "services:read",
  ],
  // Buys services for the municipality (issue 16): no case, screening or referral data at all.
  // The service directory and scheme are read so a finding of possible trafficking can point to
  // the referral pathway; the risk rules themselves are edited by a coordinator.
  procurement_officer: [
    "procurement:read",
    "procurement:manage",
    "training:take",
    "mapping:read",
    "planning:read",
    "services:read",
  ],
  // Aggregates across a region's municipalities and nothing else: no case, person, row or any
  // one municipality's module (issue 17).
  regional_analyst: ["stats:regional"],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return grants[role];
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/**
 * TOTP is required for every role that can read case records or personal data shared through a
 * referral (architecture.md), and for the system admin, who can create such users.
 */
export function roleRequiresTotp(role: Role): boolean {
  return role === "system_admin" || roleAllows(role, "cases:read") || roleAllows(role, "referrals:receive");
}

/**
 * Roles a coordinator may hand out inside the municipality; only a system admin makes admins and
 * regional analysts (a region spans municipalities, so no one municipality grants it).
 */
export function assignableRoles(actorRole: Role): readonly Role[] {
  if (actorRole === "system_admin") return roles;
  if (actorRole === "coordinator")
    return roles.filter((r) => r !== "system_admin" && r !== "regional_analyst");
  return [];
}

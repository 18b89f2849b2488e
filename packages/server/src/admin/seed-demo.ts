import { randomUUID } from "node:crypto";
import { adminDb, casesDb, type Database, statsDb, withSystem, withTenant } from "@ariadne/db";
import { admin } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";
import { generatePassword, hashPassword } from "../auth/passwords.ts";
import { newTotpSecret, totpUri } from "../auth/totp.ts";
import type { Keyring } from "../crypto/index.ts";
import { seedDemoBoundary } from "../mapping/seed-demo-boundary.ts";
import { seedDemoScheme } from "../referral/seed-demo-scheme.ts";
import { seedDemoServices } from "../referral/seed-demo-services.ts";
import { seedDemoTraining } from "../training/seed-demo-training.ts";
import { createMunicipality } from "./municipalities.ts";

export interface DemoCredential {
  email: string;
  password: string;
  totpSecret: string | null;
  otpauthUri: string | null;
}

export interface DemoSeed {
  municipalityId: string;
  credentials: Record<admin.Role, DemoCredential>;
}

const demoOrganisations: { key: string; name: string; kind: admin.Organisation["kind"] }[] = [
  { key: "coordination", name: "Anti-trafficking coordination office", kind: "municipal_department" },
  { key: "social", name: "Social services", kind: "social_services" },
  { key: "health", name: "Health centre", kind: "health_care" },
  { key: "police", name: "Police department", kind: "police" },
  { key: "labour", name: "Labour inspection", kind: "labour_inspection" },
  { key: "ngo", name: "Safe Harbour victim support (NGO)", kind: "ngo" },
];

const demoUsers: { role: admin.Role; name: string; org: string | null }[] = [
  { role: "system_admin", name: "Sam Admin", org: null },
  { role: "coordinator", name: "Kaisa Coordinator", org: "coordination" },
  { role: "frontline", name: "Frida Frontline", org: "social" },
  { role: "service_provider", name: "Sven Shelter", org: "ngo" },
  { role: "analyst", name: "Aino Analyst", org: "coordination" },
  { role: "trainer", name: "Tomas Trainer", org: "coordination" },
  { role: "procurement_officer", name: "Pia Procurement", org: "coordination" },
  { role: "regional_analyst", name: "Rauni Regional", org: "coordination" },
];

/** Fictional persons, so the encryption of identity fields can be seen (and tested) from the start. */
export const demoPersons = [
  {
    caseCode: "DEMO-0001",
    givenName: "Marija",
    familyName: "Petrauskaite",
    dateOfBirth: "1998-04-12",
    gender: "female",
    ageBand: "24-26",
    citizenship: "LT",
  },
  {
    caseCode: "DEMO-0002",
    givenName: "Mihail",
    familyName: "Dumitrescu",
    dateOfBirth: "1979-11-02",
    gender: "male",
    ageBand: "39-47",
    citizenship: "RO",
  },
];

/**
 * The demo municipality with one organisation per kind of partner and one user per role.
 * Passwords are random and returned once; TOTP is enrolled for the roles that require it.
 */
export async function seedDemo(
  db: Database,
  keyring: Keyring,
  // `boundary: false` leaves the map without a boundary, for tests that import their own.
  options: { name?: string; emailDomain?: string; boundary?: boolean } = {},
): Promise<DemoSeed> {
  const domain = options.emailDomain ?? "demo.ariadne.test";
  const municipality = await withSystem(db, (tx) =>
    createMunicipality(tx, { name: options.name ?? "Demo municipality", country: "FI" }),
  );
  const m = municipality.id;
  const orgIds = new Map<string, string>();
  const credentials = {} as Record<admin.Role, DemoCredential>;
  const prepared = await Promise.all(
    demoUsers.map(async (u) => {
      const password = generatePassword();
      return { ...u, password, passwordHash: await hashPassword(password) };
    }),
  );
  await withTenant(db, m, async (tx) => {
    for (const o of demoOrganisations) {
      const org = await adminDb.insertOrganisation(tx, {
        id: randomUUID(),
        municipalityId: m,
        name: o.name,
        kind: o.kind,
      });
      orgIds.set(o.key, org.id);
    }
    await seedDemoServices(tx, m, orgIds);
    await seedDemoScheme(tx, m, orgIds);
    await seedDemoTraining(tx, m);
    if (options.boundary !== false) await seedDemoBoundary(tx, m);
    const cipher = await keyring.cipherFor(tx, m);
    for (const p of demoPersons) {
      await casesDb.insertPerson(tx, {
        id: randomUUID(),
        municipalityId: m,
        caseCode: p.caseCode,
        givenNameEnc: cipher.encrypt("persons.given_name", p.givenName),
        familyNameEnc: cipher.encrypt("persons.family_name", p.familyName),
        dateOfBirthEnc: cipher.encrypt("persons.date_of_birth", p.dateOfBirth),
        nameIndex: cipher.blindIndex("persons.name", `${p.givenName} ${p.familyName}`),
        dateOfBirthIndex: cipher.blindIndex("persons.date_of_birth", p.dateOfBirth),
        gender: p.gender,
        ageBand: p.ageBand,
        citizenship: p.citizenship,
        createdBy: null,
      });
    }
  });
  await withSystem(db, async (tx) => {
    // The regional analyst's region: the demo municipality on its own (issue 17).
    const name = options.name ?? "Demo municipality";
    const regionId = randomUUID();
    const regionName = (await statsDb.regionNameTaken(tx, `${name} region`, null))
      ? `${name} region ${regionId.slice(0, 8)}`
      : `${name} region`;
    await statsDb.insertRegion(tx, { id: regionId, name: regionName });
    await statsDb.setRegionMunicipalities(tx, regionId, [m]);
    for (const u of prepared) {
      const municipalityId = u.role === "system_admin" ? null : m;
      const requiresTotp = admin.roleRequiresTotp(u.role);
      const totpSecret = requiresTotp ? newTotpSecret() : null;
      const cipher = await keyring.cipherFor(tx, municipalityId);
      const email = `${u.role.replace("_", "-")}@${domain}`;
      await adminDb.insertUser(tx, {
        id: randomUUID(),
        municipalityId,
        organisationId: u.org ? orgIds.get(u.org)! : null,
        email,
        displayName: u.name,
        role: u.role,
        regionId: u.role === "regional_analyst" ? regionId : null,
        passwordHash: u.passwordHash,
        // Demo accounts are for trying Ariadne out; their passwords are printed at the first start.
        mustChangePassword: false,
        totpSecretEnc: totpSecret ? cipher.encrypt("users.totp_secret", totpSecret) : null,
      });
      credentials[u.role] = {
        email,
        password: u.password,
        totpSecret,
        otpauthUri: totpSecret ? totpUri(totpSecret, email) : null,
      };
    }
    await appendAudit(tx, {
      municipalityId: m,
      actorId: null,
      actorName: "ariadne seed-demo",
      action: "seed.demo",
      recordType: "municipality",
      recordId: m,
      outcome: "success",
    });
  });
  return { municipalityId: m, credentials };
}

export function formatDemoCredentials(seed: DemoSeed): string {
  const lines = Object.entries(seed.credentials).map(
    ([role, c]) =>
      `  ${role.padEnd(16)} ${c.email.padEnd(36)} ${c.password}${c.totpSecret ? `  TOTP secret ${c.totpSecret}` : ""}`,
  );
  return [
    "Demo municipality seeded. Sign-in details (shown only this once; TOTP secrets go into an authenticator app):",
    ...lines,
  ].join("\n");
}

export async function databaseIsEmpty(db: Database): Promise<boolean> {
  return withSystem(db, async (tx) => (await adminDb.countMunicipalities(tx)) === 0);
}

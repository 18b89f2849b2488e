import { randomBytes, randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { type Database, migrate, openDatabase } from "@ariadne/db";
import { referral } from "@ariadne/domain";
import { aService } from "../packages/domain/src/referral/services-factory.ts";
import { seedDemo } from "../packages/server/src/admin/seed-demo.ts";
import { buildApp } from "../packages/server/src/app.ts";
import { currentTotp } from "../packages/server/src/auth/totp.ts";
import { loadConfig } from "../packages/server/src/config.ts";
import { Keyring, masterKeyFrom } from "../packages/server/src/crypto/index.ts";
import { measure } from "./measure.ts";

/**
 * Issue 5's figure: matching against 10,000 services, p95 < 20 ms. Measured twice: the pure
 * `rankServices` over 10,000 services in memory, and the whole `POST /api/v1/services/match`
 * route in-process (session, audited directory read under row-level security, ranking, JSON).
 */
export async function benchMatching(db: Database): Promise<{ name: string; value: number; unit: string }[]> {
  const n = 10_000;
  const services = Array.from({ length: n }, (_, i) => directoryService(i));
  const profiles = Array.from({ length: 50 }, (_, i) => profileOf(i));
  const needs = Array.from({ length: 50 }, (_, i) => ({
    types: [referral.serviceTypes[i % 15]!, referral.serviceTypes[(i * 7) % 15]!],
    urgent: i % 2 === 0,
  }));
  const asOf = new Date("2026-06-01T12:00:00Z");
  let k = 0;
  const domain = await measure(500, async () => {
    k++;
    referral.rankServices(needs[k % 50]!, profiles[k % 50]!, services, asOf);
  });

  await migrate(db);
  const keyring = new Keyring(masterKeyFrom(randomBytes(32)));
  const tag = randomUUID().slice(0, 8);
  const seed = await seedDemo(db, keyring, {
    name: `Bench ${tag}`,
    emailDomain: `bench-${tag}.ariadne.test`,
  });
  await insertServices(db, seed.municipalityId, n);
  const config = loadConfig({ LOG_LEVEL: "silent", ARIADNE_WEB_DIST: "/nonexistent" });
  const { app } = await buildApp({ db, keyring, config }, { logLevel: "silent" });
  await app.ready();
  const c = seed.credentials.frontline;
  const signIn = await app.inject({
    method: "POST",
    url: "/api/v1/auth/sign-in",
    payload: { email: c.email, password: c.password, totp: currentTotp(c.totpSecret!) },
  });
  if (signIn.statusCode !== 200) throw new Error(`bench sign-in failed: ${signIn.statusCode}`);
  const headers = {
    cookie: String(signIn.headers["set-cookie"]).split(";")[0]!,
    "x-csrf-token": signIn.json().session.csrfToken as string,
  };
  const route = await measure(100, async () => {
    k++;
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/services/match",
      headers,
      payload: { needs: needs[k % 50], profile: profiles[k % 50] },
    });
    if (res.statusCode !== 200) throw new Error(`match answered ${res.statusCode}`);
  });
  await app.close();
  return [
    { name: "matching.domain_10k_services.p50", value: domain.p50, unit: "ms" },
    { name: "matching.domain_10k_services.p95", value: domain.p95, unit: "ms" },
    { name: `matching.${db.kind}.route_10k_services.p50`, value: route.p50, unit: "ms" },
    { name: `matching.${db.kind}.route_10k_services.p95`, value: route.p95, unit: "ms" },
  ];
}

const languages = ["fi", "sv", "en", "ru", "uk", "et", "ro", "bg", "vi", "th", "ar", "so"];
const pick = (i: number, k: number) =>
  Array.from({ length: 1 + (i % k) }, (_, j) => languages[(i + j * 5) % 12]!);

/** A deterministic variety of services around Helsinki: every type, language mix and demand. */
function directoryService(i: number): referral.Service {
  return aService({
    id: `00000000-0000-4000-9000-${String(i).padStart(12, "0")}`,
    name: `Service ${i}`,
    type: referral.serviceTypes[i % 15]!,
    languages: pick(i, 4),
    genders: i % 5 === 0 ? ["female"] : i % 7 === 0 ? ["male"] : [],
    servesMinors: i % 3 === 0,
    servesFamilies: i % 4 === 0,
    requiresIdentification: i % 6 === 0,
    requiresResidencePermit: i % 11 === 0,
    available: i % 9 === 0 ? null : i % 8,
    open24_7: i % 10 === 0,
    location: i % 13 === 0 ? null : { lat: 60 + (i % 100) / 100, lon: 24 + (i % 97) / 50 },
    availabilityUpdatedAt: "2026-05-30T12:00:00Z",
  });
}

function profileOf(i: number): referral.MatchProfile {
  return {
    gender: referral.serviceGenders[i % 3],
    age: 12 + (i % 50),
    languages: pick(i, 3),
    noDocuments: i % 2 === 0,
    withChildren: i % 5 === 0,
    place: { lat: 60.17, lon: 24.94 },
  };
}

/** 10,000 services in the bench municipality, in one statement. */
async function insertServices(db: Database, m: string, n: number) {
  const [org] = await db.query<{ id: string }>(
    "select id from organisations where municipality_id = $1 limit 1",
    [m],
  );
  await db.query(
    `insert into services (id, municipality_id, organisation_id, name, type, languages, genders, serves_minors,
       serves_families, requires_identification, requires_residence_permit, available, open_24_7, latitude, longitude)
     select gen_random_uuid(), $1, $2, 'Bench service ' || g, ($3::text[])[1 + g % 15],
       jsonb_build_array(($4::text[])[1 + g % 12], ($4::text[])[1 + (g * 5) % 12]),
       case when g % 5 = 0 then '["female"]'::jsonb else '[]'::jsonb end,
       g % 3 = 0, g % 4 = 0, g % 6 = 0, g % 11 = 0, case when g % 9 = 0 then null else g % 8 end, g % 10 = 0,
       60 + (g % 100) / 100.0, 24 + (g % 97) / 50.0
     from generate_series(1, $5::int) g`,
    [m, org!.id, [...referral.serviceTypes], languages, n],
  );
  await db.query("analyze services");
}

/** Exact percentiles of `n` timed runs after 20 warm-up runs. */

// `npx tsx bench/matching.ts` prints the figures alone, on an in-memory PGlite.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const db = await openDatabase({ kind: "pglite", dataDir: null });
  for (const f of await benchMatching(db))
    console.log(`${f.name.padEnd(44)} ${String(f.value).padStart(10)} ${f.unit}`);
  await db.close();
}

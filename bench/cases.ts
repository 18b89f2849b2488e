import { randomBytes, randomUUID } from "node:crypto";
import { type Database, migrate } from "@ariadne/db";
import { seedDemo } from "../packages/server/src/admin/seed-demo.ts";
import { createReadAuditWriter } from "../packages/server/src/audit/read-audit-writer.ts";
import type { Actor } from "../packages/server/src/auth/actor.ts";
import { listCases, readCase } from "../packages/server/src/cases/case-commands.ts";
import { aCase, demoDirectory } from "../packages/server/src/cases/testing.ts";
import { Keyring, masterKeyFrom } from "../packages/server/src/crypto/index.ts";
import type { Services } from "../packages/server/src/services.ts";
import { measure } from "./measure.ts";

/**
 * Issue 4's figures: a team's case list over 10,000 cases in its municipality, and opening a case
 * with 200 timeline entries, each through the same audited command the route calls (transaction
 * under row-level security, need-to-know, audit entry, decryption). p95 over 200+ iterations.
 */
export async function benchCases(db: Database): Promise<{ name: string; value: number; unit: string }[]> {
  await migrate(db);
  const keyring = new Keyring(masterKeyFrom(randomBytes(32)));
  const tag = randomUUID().slice(0, 8);
  const seed = await seedDemo(db, keyring, {
    name: `Bench ${tag}`,
    emailDomain: `bench-${tag}.ariadne.test`,
  });
  const m = seed.municipalityId;
  const dir = await demoDirectory(db, m);
  const social = dir.org("social_services");
  const orgs = ["social_services", "police", "health_care", "ngo", "labour_inspection"].map((k) =>
    dir.org(k),
  );

  // 10,000 pseudonymous cases, a fifth owned by the team, each with one open task.
  await db.query(
    `with p as (
       insert into persons (id, municipality_id, case_code, gender, age_band)
       select gen_random_uuid(), $1, 'B' || $2 || '-' || g, (array['female','male'])[1 + g % 2], '24-26'
       from generate_series(1, 10000) g returning id, case_code
     ), c as (
       insert into cases (id, municipality_id, person_id, owner_organisation_id, status, state, forms, updated_at)
       select gen_random_uuid(), $1, p.id, ($3::uuid[])[1 + (substr(p.case_code, 11)::int % 5)], 'concern_raised',
         '{"status":"concern_raised"}', '{forced_labour}', now() - (random() * interval '365 days')
       from p returning id
     )
     insert into case_timeline (id, municipality_id, case_id, kind, due_on)
     select gen_random_uuid(), $1, c.id, 'task', current_date + 7 from c`,
    [m, tag, orgs],
  );
  await db.query("analyze");

  const frontline = dir.user("frontline");
  const actor: Actor = {
    userId: frontline.id,
    displayName: "Bench Frontline",
    role: "frontline",
    municipalityId: m,
    organisationId: social,
    ip: "127.0.0.1",
    sessionTokenHash: "bench",
  };
  const s: Services = {
    db,
    keyring,
    config: { sessionIdleMinutes: 30, sessionMaxHours: 12, trustProxy: false, webDist: "" },
    readAudits: createReadAuditWriter(db),
  };
  const opened = await aCase(db, keyring, m, { ownerOrganisationId: social, notes: 200 });

  const list = await measure(200, async () => {
    const r = await listCases(s, actor, { limit: 50, offset: 0 });
    if (r.items.length !== 50) throw new Error("the team's list should fill a page");
  });
  const open = await measure(200, async () => {
    const r = await readCase(s, actor, opened.caseId);
    if (r.content?.timeline.length !== 200) throw new Error("the case should show 200 timeline entries");
  });
  return [
    { name: `cases.${db.kind}.team_list_10k.p50`, value: list.p50, unit: "ms" },
    { name: `cases.${db.kind}.team_list_10k.p95`, value: list.p95, unit: "ms" },
    { name: `cases.${db.kind}.open_case_200_entries.p50`, value: open.p50, unit: "ms" },
    { name: `cases.${db.kind}.open_case_200_entries.p95`, value: open.p95, unit: "ms" },
  ];
}

/** Exact percentiles of `n` timed runs after 20 warm-up runs. */

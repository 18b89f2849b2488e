import { randomUUID } from "node:crypto";
import { casesDb, type Database, withSystem, withTenant } from "@ariadne/db";
import type { admin, cases } from "@ariadne/domain";
import type { Keyring } from "../crypto/index.ts";
import { newCaseCode } from "./case-commands.ts";
import { applyPersonInput, emptyPerson, encryptPerson } from "./person-fields.ts";

/** The demo seed's organisations by kind of partner, and its users by role, in one municipality. */
export async function demoDirectory(db: Database, municipalityId: string) {
  return withSystem(db, async (tx) => {
    const orgs = await tx.query<{ id: string; kind: string }>(
      "select id, kind from organisations where municipality_id = $1",
      [municipalityId],
    );
    const users = await tx.query<{ id: string; role: admin.Role; organisation_id: string | null }>(
      "select id, role, organisation_id from users where municipality_id = $1",
      [municipalityId],
    );
    const org = (kind: string) => orgs.find((o) => o.kind === kind)!.id;
    const user = (role: admin.Role) => users.find((u) => u.role === role)!;
    return { org, user };
  });
}

export interface CaseSeed {
  ownerOrganisationId: string;
  state?: cases.CaseState;
  highRisk?: boolean;
  forms?: string[];
  person?: cases.PersonInput;
  grantOrganisationIds?: string[];
  grantUserIds?: string[];
  /** Open tasks due on these days. */
  tasksDue?: string[];
  notes?: number;
}

/** A case written straight through the db layer, as a fixture: valid, with overrides. */
export async function aCase(
  db: Database,
  keyring: Keyring,
  municipalityId: string,
  o: CaseSeed,
): Promise<{ caseId: string; personId: string; caseCode: string }> {
  const caseId = randomUUID();
  const personId = randomUUID();
  const caseCode = newCaseCode();
  const state = o.state ?? { status: "concern_raised" };
  await withTenant(db, municipalityId, async (tx) => {
    const cipher = await keyring.cipherFor(tx, municipalityId);
    const plain = applyPersonInput(emptyPerson, o.person ?? { gender: "female", ageBand: "24-26" });
    await casesDb.insertPerson(tx, {
      id: personId,
      municipalityId,
      caseCode,
      createdBy: null,
      ...encryptPerson(cipher, plain),
    });
    await casesDb.insertCase(tx, {
      id: caseId,
      municipalityId,
      personId,
      ownerOrganisationId: o.ownerOrganisationId,
      status: state.status,
      state,
      highRisk: o.highRisk ?? false,
      forms: o.forms ?? [],
      createdBy: null,
    });
    if (state.status === "closed") {
      await tx.query("update cases set closed_on = $2 where id = $1", [caseId, state.closedOn]);
    }
    await casesDb.insertStatusChange(tx, municipalityId, caseId, {
      fromStatus: null,
      toStatus: state.status,
      state,
      whyEnc: null,
      changedBy: null,
    });
    for (const g of o.grantOrganisationIds ?? []) {
      await casesDb.insertGrant(tx, municipalityId, {
        id: randomUUID(),
        caseId,
        organisationId: g,
        userId: null,
        grantedBy: null,
      });
    }
    for (const g of o.grantUserIds ?? []) {
      await casesDb.insertGrant(tx, municipalityId, {
        id: randomUUID(),
        caseId,
        organisationId: null,
        userId: g,
        grantedBy: null,
      });
    }
    for (const due of o.tasksDue ?? []) {
      await casesDb.insertTimelineEntry(tx, municipalityId, {
        id: randomUUID(),
        caseId,
        kind: "task",
        bodyEnc: cipher.encrypt("case_timeline.body", JSON.stringify({ title: "Follow up" })),
        dueOn: due,
        assigneeId: null,
        createdBy: null,
      });
    }
    for (let i = 0; i < (o.notes ?? 0); i++) {
      await casesDb.insertTimelineEntry(tx, municipalityId, {
        id: randomUUID(),
        caseId,
        kind: "note",
        bodyEnc: cipher.encrypt("case_timeline.body", JSON.stringify({ text: `Note ${i}` })),
        dueOn: null,
        assigneeId: null,
        createdBy: null,
      });
    }
  });
  return { caseId, personId, caseCode };
}

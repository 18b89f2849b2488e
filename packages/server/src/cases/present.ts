import { casesDb, type Queryable } from "@ariadne/db";
import { type cases, screening } from "@ariadne/domain";
import type { z } from "zod";
import type { FieldCipher } from "../crypto/index.ts";
import type { CaseInReach } from "./access.ts";
import { decryptPerson } from "./person-fields.ts";

type CaseDetail = z.infer<typeof cases.CaseDetail>;
type TimelineEntry = z.infer<typeof cases.TimelineEntry>;

export const timelineField = "case_timeline.body";

export function encryptBody(cipher: FieldCipher, body: unknown): string {
  return cipher.encrypt(timelineField, JSON.stringify(body));
}

/** One timeline entry in the clear; an anonymised entry keeps only its kind and time. */
export function presentTimelineEntry(cipher: FieldCipher, r: casesDb.TimelineRow): TimelineEntry {
  const base = { id: r.id, kind: r.kind, at: r.at.toISOString(), by: r.createdBy, version: r.version };
  if (r.bodyEnc === null) return base;
  const body = JSON.parse(cipher.decrypt(timelineField, r.bodyEnc));
  switch (r.kind) {
    case "note":
      return { ...base, note: body };
    case "contact":
      return { ...base, contact: body };
    case "task":
      return {
        ...base,
        task: { title: body.title, dueOn: r.dueOn ?? "", done: r.done, assigneeId: r.assigneeId },
      };
    case "attachment":
      return { ...base, attachment: body };
    case "screening":
      return { ...base, screening: { input: body.input, result: screening.evaluateScreening(body.input) } };
  }
}

/** The case as the actor may see it: existence only, or the whole record. */
export async function presentCase(tx: Queryable, cipher: FieldCipher, c: CaseInReach): Promise<CaseDetail> {
  const r = c.row;
  const head = {
    id: r.id,
    caseCode: r.caseCode,
    status: r.status as cases.CaseStatus,
    ownerOrganisationId: r.ownerOrganisationId,
    personId: r.personId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
    anonymised: r.anonymisedAt !== null,
    mergedIntoCaseId: r.mergedIntoCaseId,
    access: c.access,
    viaBreakGlass: c.viaBreakGlass,
    breakGlassUntil: c.viaBreakGlass ? (r.breakGlassUntil?.toISOString() ?? null) : null,
    abilities: c.abilities,
  };
  if (c.access !== "content") return { ...head, content: null };
  const m = r.municipalityId;
  // Asked together: PostgreSQL's pipelined connection sends the five reads in one round trip.
  const [person, history, timeline, consents, grants] = await Promise.all([
    casesDb.getPerson(tx, m, r.personId),
    casesDb.listStatusChanges(tx, m, r.id),
    casesDb.listTimeline(tx, m, r.id),
    casesDb.listConsents(tx, m, r.id),
    casesDb.listGrants(tx, m, r.id),
  ]);
  const plain = decryptPerson(cipher, person!);
  const entries = timeline.map((t) => presentTimelineEntry(cipher, t));
  const lastScreening = entries.filter((e) => e.screening).at(-1);
  return {
    ...head,
    content: {
      person: {
        id: r.personId,
        caseCode: r.caseCode,
        ...plain,
        anonymised: person!.anonymisedAt !== null,
        version: person!.version,
      },
      state: r.state as cases.CaseState,
      forms: r.forms,
      sector: r.sector,
      highRisk: r.highRisk,
      assigneeId: r.assigneeId,
      history: history.map((h) => ({
        from: h.fromStatus as cases.CaseStatus | null,
        to: h.toStatus as cases.CaseStatus,
        state: h.state as cases.CaseState,
        why: h.whyEnc === null ? null : cipher.decrypt("case_status_history.why", h.whyEnc),
        by: h.changedBy,
        at: h.changedAt.toISOString(),
      })),
      timeline: entries,
      screeningTimeline: lastScreening?.screening
        ? screening.screeningTimeline(lastScreening.screening.input as screening.ScreeningInput)
        : [],
      consents: consents.map((k) => ({ ...k, active: k.withdrawnOn === null })),
      grants: grants.map((g) => ({ ...g, grantedAt: g.grantedAt.toISOString() })),
    },
  };
}

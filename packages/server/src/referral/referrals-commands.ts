import { randomBytes, randomUUID } from "node:crypto";
import { adminDb, casesDb, notificationsDb, type Queryable, referralDb, withTenant } from "@ariadne/db";
import { admin, referral } from "@ariadne/domain";
import { auditedInTenant } from "../admin/audited.ts";
import type { Actor } from "../auth/actor.ts";
import { readPersonForSharing } from "../cases/index.ts";
import type { FieldCipher } from "../crypto/index.ts";
import { AppError, conflict, forbidden, invalid, notFound } from "../http/errors.ts";
import { notifyUsers } from "../notifications/index.ts";
import type { Services } from "../services.ts";
import {
  knowsCase,
  mayReferFrom,
  partyOf,
  type ReferralParty,
  referralAbilities,
  referralPolicy,
  wasSent,
} from "./referrals-policy.ts";

/** The fields a referral's ciphertexts are bound to (the keyring's additional data). */
const field = {
  shared: "referrals.shared",
  reason: "referrals.reason",
  notesSummary: "referrals.notes_summary",
  legalBasisReason: "referrals.legal_basis_reason",
  message: "referral_messages.body",
} as const;

export interface ReferralContext {
  tx: Queryable;
  m: string;
  cipher: FieldCipher;
}

function municipalityOf(actor: Actor): string {
  if (!actor.municipalityId) throw notFound("referral");
  return actor.municipalityId;
}

/** One transaction in the actor's municipality with its audit entry, and the municipality's cipher. */
function auditedReferralCommand<T>(
  s: Services,
  actor: Actor,
  action: string,
  fn: (ctx: ReferralContext) => Promise<{
    result: T;
    recordId: string | null;
    details?: Record<string, string | number | boolean | null>;
  }>,
): Promise<T> {
  const m = municipalityOf(actor);
  return auditedInTenant(s, actor, m, action, async (tx) => {
    const out = await fn({ tx, m, cipher: await s.keyring.cipherFor(tx, m) });
    return { ...out, recordType: "referral" };
  });
}

/** A short reference both sides can quote: not derived from the person or the case. */
function newReference(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return `R-${[...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join("")}`;
}

interface Loaded {
  row: referralDb.ReferralRow;
  party: ReferralParty;
  caseRow: casesDb.CaseAccessRow | null;
}

/** Loads a referral and the actor's side of it; 404 when it is out of the actor's reach. */
async function loadReferral(ctx: ReferralContext, actor: Actor, id: string): Promise<Loaded> {
  const row = await referralDb.getReferral(ctx.tx, ctx.m, id);
  if (!row) throw notFound("referral");
  const caseRow = await casesDb.getCaseForViewer(ctx.tx, ctx.m, row.caseId, actor.userId);
  const party = referralPolicy.requireParty(partyOf(actor, row, caseRow));
  return { row, party, caseRow };
}

/** Whether the referral exists in the actor's municipality and is in their reach (for pre-validation). */
export async function referralInReach(s: Services, actor: Actor, id: string): Promise<boolean> {
  if (!actor.municipalityId) return false;
  const m = actor.municipalityId;
  return withTenant(s.db, m, async (tx) => {
    const row = await referralDb.getReferral(tx, m, id);
    if (!row) return false;
    const caseRow = await casesDb.getCaseForViewer(tx, m, row.caseId, actor.userId);
    return partyOf(actor, row, caseRow) !== null;
  });
}

const stateOf = (row: referralDb.ReferralRow) => row.state as unknown as referral.ReferralState;

/** The list form: no personal data, so the same for every party. */
export function summaryOf(
  row: referralDb.ReferralRow,
  party: ReferralParty,
  now = new Date(),
  serviceName: string | null = null,
) {
  const due = referral.dueAtOf(row);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    stage: row.stage,
    sendingOrganisationId: row.sendingOrganisationId,
    receivingOrganisationId: row.receivingOrganisationId,
    serviceId: row.serviceId,
    serviceName: row.serviceId ? serviceName : null,
    sentAt: row.sentAt,
    dueAt: due === null ? null : new Date(due).toISOString(),
    overdue: referral.isOverdue(row, now.getTime()),
    updatedAt: row.updatedAt,
    party,
    events: referral.referralEventsOf(row.createdAt, row.state as referral.ReferralStateTimes),
  };
}

/** The chosen service's name, shown to both sides (services hold no personal data). */
async function serviceNameOf(ctx: ReferralContext, row: referralDb.ReferralRow): Promise<string | null> {
  if (!row.serviceId) return null;
  return (await referralDb.serviceNamesOf(ctx.tx, ctx.m, [row.serviceId])).get(row.serviceId) ?? null;
}

/** Whether the consent the referral was sent on has been withdrawn since (a legal basis cannot be). */
async function groundWithdrawn(ctx: ReferralContext, row: referralDb.ReferralRow): Promise<boolean> {
  if (row.ground !== "consent" || !row.consentId) return false;
  const consents = await casesDb.listConsents(ctx.tx, ctx.m, row.caseId);
  return consents.some((c) => c.id === row.consentId && c.withdrawnOn !== null);
}

/**
 * The full view for one party: the receiver gets only the shared fields, and not even those once the
 * consent they were shared on is withdrawn; a coordinator gets no content.
 */
async function viewOf(ctx: ReferralContext, actor: Actor, l: Loaded) {
  const { row, party } = l;
  const content = party === "sender" || party === "receiver";
  const consentWithdrawn = await groundWithdrawn(ctx, row);
  const abilities = referralAbilities(party, stateOf(row), consentWithdrawn);
  const shared =
    abilities.readShared && row.sharedEnc
      ? (JSON.parse(ctx.cipher.decrypt(field.shared, row.sharedEnc)) as referral.SharedFields)
      : null;
  const messages = content
    ? (await referralDb.listReferralMessages(ctx.tx, ctx.m, row.id)).flatMap((msg) =>
        // A message erased with its case's anonymisation is gone, not shown empty.
        msg.bodyEnc === null
          ? []
          : [
              {
                id: msg.id,
                authorName: msg.authorName,
                authorOrganisationId: msg.authorOrganisationId,
                body: ctx.cipher.decrypt(field.message, msg.bodyEnc),
                createdAt: msg.createdAt,
                mine: msg.authorId === actor.userId,
              },
            ],
      )
    : [];
  return {
    ...summaryOf(row, party, new Date(), await serviceNameOf(ctx, row)),
    caseId: party === "sender" ? row.caseId : null,
    sharedFields: row.sharedFields,
    shared,
    ground: row.ground,
    legalBasis: row.legalBasis,
    reason: content && row.reasonEnc ? ctx.cipher.decrypt(field.reason, row.reasonEnc) : null,
    consentWithdrawn,
    responseHours: row.responseHours,
    messages,
    version: row.version,
    createdAt: row.createdAt,
    abilities,
  };
}
export type ReferralView = Awaited<ReturnType<typeof viewOf>>;

/** A draft referral from a case the actor's team holds. */
export function createReferral(s: Services, actor: Actor, input: referral.ReferralCreate) {
  return auditedReferralCommand(s, actor, "referrals.create", async (ctx) => {
    const caseRow = await casesDb.getCaseForViewer(ctx.tx, ctx.m, input.caseId, actor.userId);
    // A case the actor may not know of is answered like a missing one: the answer tells nothing.
    if (!caseRow || caseRow.anonymisedAt || !knowsCase(actor, caseRow))
      throw invalid("body.caseId", "no such case in your reach");
    if (!mayReferFrom(actor, caseRow)) throw forbidden();
    const receiver = await adminDb.getOrganisation(ctx.tx, ctx.m, input.receivingOrganisationId);
    if (!receiver) throw invalid("body.receivingOrganisationId", "no such organisation in the municipality");
    if (receiver.id === actor.organisationId)
      throw invalid("body.receivingOrganisationId", "a referral goes to another organisation");
    if (input.serviceId) {
      const service = await referralDb.getService(ctx.tx, ctx.m, input.serviceId);
      if (!service || service.organisationId !== receiver.id)
        throw invalid("body.serviceId", "no such service of the receiving organisation");
    }
    const row = await referralDb.insertReferral(ctx.tx, ctx.m, {
      id: randomUUID(),
      reference: newReference(),
      caseId: caseRow.id,
      sendingOrganisationId: actor.organisationId!,
      receivingOrganisationId: receiver.id,
      serviceId: input.serviceId ?? null,
      stage: input.stage,
      sharedFields: input.sharedFields,
      needs: input.needs,
      notesSummaryEnc: input.notesSummary ? ctx.cipher.encrypt(field.notesSummary, input.notesSummary) : null,
      legalBasis: input.legalBasis?.basis ?? null,
      legalBasisReasonEnc: input.legalBasis
        ? ctx.cipher.encrypt(field.legalBasisReason, input.legalBasis.reason)
        : null,
      createdBy: actor.userId,
    });
    return {
      result: await viewOf(ctx, actor, { row, party: "sender", caseRow }),
      recordId: row.id,
      details: { caseId: caseRow.id, stage: row.stage, fields: row.sharedFields.length },
    };
  });
}

/** The case seen through the chosen fields, projected at sending from the case and the draft. */
async function projectFromCase(
  s: Services,
  ctx: ReferralContext,
  row: referralDb.ReferralRow,
  caseRow: casesDb.CaseAccessRow,
) {
  const person = await readPersonForSharing(ctx.tx, s.keyring, ctx.m, caseRow);
  if (!person) throw notFound("case");
  const notesSummary = row.notesSummaryEnc
    ? ctx.cipher.decrypt(field.notesSummary, row.notesSummaryEnc)
    : null;
  return referral.projectSharedFields({ ...person, needs: row.needs, notesSummary }, row.sharedFields);
}

type Transition =
  | { action: "send" }
  | { action: "accept" | "start" | "complete" }
  | { action: "decline" | "end" | "withdraw"; reason: string };

/** Users who hear of a step: the receiving organisation's receivers, or the case team's sender. */
async function recipientsFor(
  ctx: ReferralContext,
  row: referralDb.ReferralRow,
  toSide: "sender" | "receiver",
) {
  return toSide === "receiver"
    ? notificationsDb.listRecipients(ctx.tx, ctx.m, {
        organisationId: row.receivingOrganisationId,
        roles: admin.roles.filter((r) => admin.roleAllows(r, "referrals:receive")),
      })
    : notificationsDb.listRecipients(ctx.tx, ctx.m, { userIds: row.createdBy ? [row.createdBy] : [] });
}

/** One step of the state machine, by the side whose step it is, on the version the actor saw. */
export function transitionReferral(s: Services, actor: Actor, id: string, version: number, t: Transition) {
  return auditedReferralCommand(s, actor, `referrals.${t.action}`, async (ctx) => {
    const loaded = await loadReferral(ctx, actor, id);
    const { row, caseRow } = loaded;
    referralPolicy.requireAction(loaded.party, t.action);
    // Sending shares the case anew: only while the team may still write it (not closed, not anonymised).
    if (t.action === "send" && !(caseRow && mayReferFrom(actor, caseRow))) throw forbidden();
    if (row.version !== version) throw conflict(summaryOf(row, loaded.party));
    const at = new Date().toISOString();
    const event = {
      type: t.action,
      at,
      ...("reason" in t ? { reason: t.reason } : {}),
    } as referral.ReferralEvent;
    const next = referral.transitionReferral(stateOf(row), event);
    if (!next.ok) {
      if (next.error.code === "reason_required") throw invalid("body.reason", "a reason is required");
      throw new AppError(409, "illegal_transition", `cannot ${t.action} a referral that is ${row.status}`, {
        current: summaryOf(row, loaded.party),
      });
    }
    const write: referralDb.ReferralStateWrite = {
      status: next.state.status,
      state: referral.referralStateWithoutReason(next.state),
      reasonEnc: "reason" in next.state ? ctx.cipher.encrypt(field.reason, next.state.reason) : null,
    };
    const details: Record<string, string | number | boolean | null> = {
      from: row.status,
      to: next.state.status,
    };
    if (t.action === "send") {
      const consents = await casesDb.listConsents(ctx.tx, ctx.m, row.caseId);
      const legalBasis =
        row.legalBasis && row.legalBasisReasonEnc
          ? {
              basis: row.legalBasis,
              reason: ctx.cipher.decrypt(field.legalBasisReason, row.legalBasisReasonEnc),
            }
          : null;
      const gate = referral.checkConsentGate({
        receivingOrganisationId: row.receivingOrganisationId,
        consents,
        legalBasis,
        asOf: at.slice(0, 10),
      });
      if (!gate.ok)
        throw new AppError(
          409,
          "consent_required",
          "record the person's consent to share with the receiving organisation, or give a legal basis with a reason",
        );
      const shared = await projectFromCase(s, ctx, row, caseRow!);
      const scheme = await referralDb.getScheme(ctx.tx, ctx.m);
      Object.assign(write, {
        sentAt: at,
        sharedEnc: ctx.cipher.encrypt(field.shared, JSON.stringify(shared)),
        ground: gate.ground.kind,
        consentId: gate.ground.kind === "consent" ? gate.ground.consentId : null,
        responseHours: referral.responseHoursOf(scheme.steps, row.stage),
      });
      details.ground = gate.ground.kind;
      details.fields = row.sharedFields.join(",");
    }
    const updated = await referralDb.updateReferralState(ctx.tx, ctx.m, row.id, version, write);
    if (!updated) throw conflict(summaryOf(row, loaded.party));
    const toSide = loaded.party === "sender" ? "receiver" : "sender";
    if (updated.status !== "draft" && !(t.action === "withdraw" && row.status === "draft")) {
      await notifyUsers(ctx.tx, s, ctx.m, await recipientsFor(ctx, updated, toSide), {
        kind: t.action === "send" ? "referral_received" : "referral_status_changed",
        referralId: updated.id,
        reference: updated.reference,
        status: updated.status,
      });
    }
    return { result: await viewOf(ctx, actor, { ...loaded, row: updated }), recordId: row.id, details };
  });
}

/** Reads one referral; the shared fields and messages are personal data, so the read is audited. */
export function readReferral(s: Services, actor: Actor, id: string) {
  return auditedReferralCommand(s, actor, "referrals.read", async (ctx) => {
    const loaded = await loadReferral(ctx, actor, id);
    return {
      result: await viewOf(ctx, actor, loaded),
      recordId: id,
      details: {
        party: loaded.party,
        sharedFields: loaded.party === "coordinator" ? 0 : loaded.row.sharedFields.length,
      },
    };
  });
}

/** A message on a sent referral, between the case team and the receiving organisation. */
export function postReferralMessage(s: Services, actor: Actor, id: string, body: string) {
  return auditedReferralCommand(s, actor, "referrals.message", async (ctx) => {
    const loaded = await loadReferral(ctx, actor, id);
    referralPolicy.requireMessage(loaded.party);
    if (!wasSent(stateOf(loaded.row)))
      throw new AppError(409, "illegal_transition", "messages start once the referral is sent");
    await referralDb.insertReferralMessage(ctx.tx, ctx.m, {
      id: randomUUID(),
      referralId: id,
      authorId: actor.userId,
      authorOrganisationId: actor.organisationId,
      bodyEnc: ctx.cipher.encrypt(field.message, body),
    });
    const toSide = loaded.party === "sender" ? "receiver" : "sender";
    await notifyUsers(
      ctx.tx,
      s,
      ctx.m,
      await recipientsFor(ctx, loaded.row, toSide),
      {
        kind: "referral_message",
        referralId: id,
        reference: loaded.row.reference,
        status: loaded.row.status,
      },
      actor.userId,
    );
    return { result: await viewOf(ctx, actor, loaded), recordId: id };
  });
}

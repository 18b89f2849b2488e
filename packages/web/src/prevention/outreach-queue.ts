import {
  type Conflict,
  changedFields,
  mergeFields,
  resolveConflicts,
  sameJson,
  type Visit,
  type VisitFields,
  visitFieldsOf,
} from "@ariadne/domain/prevention/index.ts";
import { ApiFailure, newIdempotencyKey } from "../api/client.ts";
import { type DraftVault, fieldWorkPrefix } from "../drafts/vault.ts";
import type { OutreachApi } from "./outreach-api.ts";

/**
 * Outreach visits saved on the device and not yet on the server (issue 15: the field has no
 * network). Each lies in the drafts vault (AES-GCM, the session's key, forgotten at sign-out) under
 * `outreach.visit.<id>` until the server has it; replaying sends each once: a new visit under its
 * own Idempotency-Key and id, a change against the version it started from. When the server copy
 * changed meanwhile, the fields merge; a real conflict waits for the user. Nothing is dropped
 * silently: an entry leaves the device only once the server answered with it.
 */
export interface QueuedVisit {
  id: string;
  /** The server copy the edits started from; null for a visit made on this device and never sent. */
  base: VisitFields | null;
  baseVersion: number | null;
  local: VisitFields;
  createKey: string;
  /** The server's copy differed in the same fields: the user chooses, field by field. */
  conflict?: { theirs: Visit; merged: VisitFields; conflicts: Conflict[] };
  /** The server refused the change (e.g. a field): shown until edited. */
  refused?: string;
}

/** Under the vault's field-work prefix: a quick exit keeps the queue (sealed) for the next sign-in. */
const prefix = `${fieldWorkPrefix}visit.`;

export function queuedVisits(vault: DraftVault): QueuedVisit[] {
  return vault.names(prefix).map((n) => vault.get(n) as QueuedVisit);
}

export function queuedVisit(vault: DraftVault, id: string): QueuedVisit | null {
  return (vault.get(prefix + id) as QueuedVisit | undefined) ?? null;
}

/** Keeps a new visit or a change on the device; call `replayQueue` to send. */
export function queueVisit(
  vault: DraftVault,
  change: { id: string; local: VisitFields; server: Visit | null },
): QueuedVisit {
  const waiting = queuedVisit(vault, change.id);
  const entry: QueuedVisit = waiting
    ? { ...waiting, local: change.local, conflict: undefined, refused: undefined }
    : {
        id: change.id,
        base: change.server ? visitFieldsOf(change.server) : null,
        baseVersion: change.server?.version ?? null,
        local: change.local,
        createKey: newIdempotencyKey(),
      };
  vault.set(prefix + entry.id, stripUndefined(entry));
  return entry;
}

const stripUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The user's choices for a conflicting entry: the resolved values become the change to send. */
export function resolveQueued(
  vault: DraftVault,
  id: string,
  choices: Readonly<Record<string, "mine" | "theirs">>,
): void {
  const entry = queuedVisit(vault, id);
  if (!entry?.conflict) return;
  const resolved = resolveConflicts(
    { merged: entry.conflict.merged, conflicts: entry.conflict.conflicts },
    choices,
  );
  vault.set(prefix + id, {
    id,
    base: visitFieldsOf(entry.conflict.theirs),
    baseVersion: entry.conflict.theirs.version,
    local: resolved,
    createKey: entry.createKey,
  } satisfies QueuedVisit);
}

export type ReplayOutcome = "sent" | "offline" | "conflict" | "refused";

/** What the server says now: a 409's current visit, or null for anything else. */
const currentOf = (e: unknown): Visit | null =>
  e instanceof ApiFailure && e.status === 409 && e.current && typeof e.current === "object"
    ? (e.current as Visit)
    : null;

async function sendOne(vault: DraftVault, api: OutreachApi, entry: QueuedVisit): Promise<ReplayOutcome> {
  const name = prefix + entry.id;
  const settle = (theirs: Visit, mine: VisitFields, base: VisitFields | null) => {
    // Unknown base (the visit reached the server under a lost key): every differing field is the user's call.
    const result = mergeFields(base ?? ({} as VisitFields), mine, visitFieldsOf(theirs));
    return result;
  };
  try {
    if (entry.baseVersion === null) {
      await api.create({ id: entry.id, ...entry.local }, entry.createKey);
      vault.remove(name);
      return "sent";
    }
    const patch = changedFields(entry.base ?? entry.local, entry.local);
    if (Object.keys(patch).length > 0) await api.update(entry.id, { version: entry.baseVersion, ...patch });
    vault.remove(name);
    return "sent";
  } catch (e) {
    const theirs = currentOf(e);
    if (theirs) {
      const result = settle(theirs, entry.local, entry.base);
      if (result.conflicts.length === 0) {
        if (sameJson(result.merged, visitFieldsOf(theirs))) {
          vault.remove(name);
          return "sent";
        }
        vault.set(name, {
          ...entry,
          base: visitFieldsOf(theirs),
          baseVersion: theirs.version,
          local: result.merged,
        } satisfies QueuedVisit);
        return sendOne(vault, api, queuedVisit(vault, entry.id)!);
      }
      vault.set(name, { ...entry, conflict: { theirs, ...result } } satisfies QueuedVisit);
      return "conflict";
    }
    if (e instanceof ApiFailure && e.status === 0) return "offline";
    if (e instanceof ApiFailure && e.status >= 400 && e.status < 500 && e.status !== 401) {
      vault.set(name, { ...entry, refused: e.message } satisfies QueuedVisit);
      return "refused";
    }
    return "offline";
  }
}

let running: Promise<Record<ReplayOutcome, number>> | null = null;

/**
 * Sends every queued visit that waits for nothing but the network, one at a time; concurrent calls
 * share one run, so a visit is never sent twice at once. Returns how each ended.
 */
export function replayQueue(vault: DraftVault, api: OutreachApi): Promise<Record<ReplayOutcome, number>> {
  running ??= (async () => {
    const counts: Record<ReplayOutcome, number> = { sent: 0, offline: 0, conflict: 0, refused: 0 };
    try {
      for (const entry of queuedVisits(vault)) {
        if (entry.conflict || entry.refused) continue;
        const outcome = await sendOne(vault, api, entry);
        counts[outcome]++;
        if (outcome === "offline") break;
      }
      await vault.flush();
      return counts;
    } finally {
      running = null;
    }
  })();
  return running;
}

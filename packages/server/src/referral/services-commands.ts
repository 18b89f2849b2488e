import { randomUUID } from "node:crypto";
import { adminDb, type Queryable, referralDb } from "@ariadne/db";
import { referral } from "@ariadne/domain";
import { auditedInTenant } from "../admin/audited.ts";
import type { Actor } from "../auth/actor.ts";
import { AppError, conflict, invalid, notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { servicePolicy } from "./policy.ts";

/** Each write to the directory is one command: one transaction, its audit entry inside it. */

async function requireOrganisation(tx: Queryable, m: string, id: string, path: string) {
  if (!(await adminDb.getOrganisation(tx, m, id)))
    throw invalid(path, "no such organisation in the municipality");
}

/** Cross-field rules on the merged record, reported at the body's field. */
function checkFields(fields: referral.ServiceFields) {
  const [issue] = referral.serviceFieldIssues(fields);
  if (issue) throw invalid(`body.${issue.path}`, issue.message);
}

export function createService(s: Services, actor: Actor, m: string, fields: referral.ServiceFields) {
  return auditedInTenant(s, actor, m, "services.create", async (tx) => {
    await requireOrganisation(tx, m, fields.organisationId, "body.organisationId");
    const created = await referralDb.insertService(tx, {
      id: randomUUID(),
      municipalityId: m,
      createdBy: actor.userId,
      fields,
    });
    return { result: created, recordType: "service", recordId: created.id, details: { type: created.type } };
  });
}

/** Applies a patch with optimistic locking; a provider may change only its own availability. */
export function changeService(
  s: Services,
  actor: Actor,
  m: string,
  id: string,
  body: referral.ServicePatch,
  options: { archive?: boolean } = {},
) {
  const { version, ...patch } = body;
  const action = options.archive ? "services.archive" : "services.update";
  return auditedInTenant(s, actor, m, action, async (tx) => {
    const current = await referralDb.getService(tx, m, id);
    if (!current) throw notFound("service");
    if (options.archive) servicePolicy.manage(actor);
    else servicePolicy.requireUpdate(actor, current, Object.keys(patch));
    const fields = { ...fieldsOf(current), ...dropUndefined(patch) };
    checkFields(fields);
    if (patch.organisationId) await requireOrganisation(tx, m, patch.organisationId, "body.organisationId");
    const saved = await referralDb.updateService(tx, {
      municipalityId: m,
      id,
      version,
      updatedBy: actor.userId,
      fields,
      archived: options.archive ? true : current.archived,
    });
    if (!saved) throw conflict(current);
    return {
      result: saved,
      recordType: "service",
      recordId: id,
      details: { fields: Object.keys(patch).sort().join(",") },
    };
  });
}

const dropUndefined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The editable fields of a stored service. */
export function fieldsOf(s: referral.Service): referral.ServiceFields {
  const {
    id: _id,
    municipalityId: _m,
    organisationName: _o,
    unconditional: _u,
    availabilityUpdatedAt: _a,
    archived: _ar,
    version: _v,
    createdAt: _c,
    updatedAt: _up,
    ...fields
  } = s;
  return fields;
}

export interface ImportReport {
  created: number;
  updated: number;
  rows: { line: number; id: string; action: "created" | "updated" }[];
}

/** The most rows one import takes; a larger directory is imported in parts. */
export const maxImportRows = 5000;

/**
 * Imports a CSV all or nothing: any bad row refuses the whole file with every row error (400),
 * and nothing is written. Rows with an id update that service; the others create new ones.
 */
export function importServices(s: Services, actor: Actor, m: string, csv: string): Promise<ImportReport> {
  return auditedInTenant(s, actor, m, "services.import", async (tx) => {
    const organisations = new Map<string, string>();
    for (const o of await adminDb.listOrganisations(tx, m)) {
      organisations.set(o.name.toLowerCase(), o.id);
      organisations.set(o.id, o.id);
    }
    const serviceIds = await referralDb.listServiceIds(tx, m);
    const parsed = referral.parseServiceCsv(csv, { organisations, serviceIds, maxRows: maxImportRows });
    if (!parsed.ok) throw importRefused(parsed.errors);
    const report: ImportReport = { created: 0, updated: 0, rows: [] };
    for (const row of parsed.rows) {
      if (row.id) {
        const current = await referralDb.getService(tx, m, row.id);
        if (!current) throw importRefused([{ line: row.line, column: "id", reason: "no such service" }]);
        await referralDb.updateService(tx, {
          municipalityId: m,
          id: row.id,
          version: current.version,
          updatedBy: actor.userId,
          fields: row.fields,
          archived: current.archived,
        });
        report.updated++;
        report.rows.push({ line: row.line, id: row.id, action: "updated" });
      } else {
        const created = await referralDb.insertService(tx, {
          id: randomUUID(),
          municipalityId: m,
          createdBy: actor.userId,
          fields: row.fields,
        });
        report.created++;
        report.rows.push({ line: row.line, id: created.id, action: "created" });
      }
    }
    return {
      result: report,
      recordType: "service",
      recordId: null,
      details: { created: report.created, updated: report.updated },
    };
  });
}

/** A refused import: 400 naming the CSV, with every row error (line, column, reason). */
export function importRefused(rows: referral.CsvRowError[]) {
  const first = rows[0]!;
  const where = `line ${first.line}${first.column ? `, column ${first.column}` : ""}`;
  return new AppError(400, "validation", `the file has ${rows.length} error(s); nothing was imported`, {
    // The first issue names the field; then one per row error with its place in the path, so a
    // client that keeps only `issues` can still show line, column and reason.
    issues: [
      { path: "body.csv", message: `${where}: ${first.reason}` },
      ...rows.map((r) => ({ path: `body.csv.${r.line}.${r.column ?? ""}`, message: r.reason })),
    ],
    rows,
  });
}

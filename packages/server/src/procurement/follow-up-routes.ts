import { randomUUID } from "node:crypto";
import { procurementDb } from "@ariadne/db";
import { admin, i18n, procurement } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { newToken, tokenHash } from "../auth/tokens.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { errors, idParam, scope, today } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { fields, presentAction, presentFinding } from "./follow-up-service.ts";
import { procurementPolicy } from "./policy.ts";
import { mailQuestionnaireLink } from "./questionnaire-mail.ts";
import { ActionSchema, FindingSchema } from "./schemas.ts";

/** Which check a finding's source records as done. */
const checkOfSource: Partial<
  Record<(typeof procurement.findingSources)[number], procurement.MonitoringMethod>
> = {
  questionnaire: "self_assessment",
  document_check: "document_checks",
  on_site_audit: "on_site_audit",
  worker_interview: "worker_interviews",
};

const SendQuestionnaire = z.strictObject({
  supplierId: admin.uuid,
  language: z.enum(i18n.localeIds).default("en"),
  /** How long the link works; a supplier that needs longer gets a new link. */
  validDays: z.int().min(1).max(60).default(14),
});

/** Follow-up of a contract (issue 16, item 4): questionnaire links, checks, findings, corrective actions. */
export function registerFollowUpRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/procurement-contracts/:id/questionnaires",
    {
      schema: {
        tags: ["procurement"],
        params: idParam,
        querystring: scope,
        body: SendQuestionnaire,
        response: {
          201: z.object({
            id: admin.uuid,
            link: z.string(),
            expiresAt: z.string(),
            /** The link was also put in the mail outbox to the supplier's contact. */
            mailed: z.boolean(),
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      procurementPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const token = newToken();
      const sent = await auditedInTenant(s, actor, m, "procurement_questionnaires.send", async (tx) => {
        const contract = await procurementDb.getContract(tx, m, req.params.id);
        if (!contract) throw notFound("contract");
        if (!contract.facts.suppliers.some((x) => x.id === req.body.supplierId))
          throw invalid("body.supplierId", "not a supplier of this contract");
        const q = await procurementDb.insertQuestionnaire(tx, {
          id: randomUUID(),
          municipalityId: m,
          contractId: contract.id,
          supplierId: req.body.supplierId,
          tokenHash: tokenHash(token),
          language: req.body.language,
          expiresAt: new Date(Date.now() + req.body.validDays * 86_400_000),
          createdBy: actor.userId,
        });
        const link = `/supplier-questionnaire/${q.id}#${token}`;
        const mailed = await mailQuestionnaireLink(s, tx, m, contract, req.body.supplierId, {
          language: q.language,
          link,
          expiresAt: q.expiresAt,
        });
        return {
          // The token is shown this once, inside the link; only its hash is kept.
          result: { id: q.id, link, expiresAt: q.expiresAt, mailed },
          recordType: "procurement_questionnaire",
          recordId: q.id,
          details: { contractId: contract.id, mailed },
        };
      });
      return reply.code(201).send(sent);
    },
  );

  r.post(
    "/api/v1/procurement-contracts/:id/checks",
    {
      schema: {
        tags: ["procurement"],
        params: idParam,
        querystring: scope,
        body: z.strictObject({
          method: z.enum(procurement.monitoringMethods),
          doneOn: procurement.FindingCreate.shape.foundOn,
        }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      procurementPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      await auditedInTenant(s, actor, m, "procurement_checks.create", async (tx) => {
        const contract = await procurementDb.getContract(tx, m, req.params.id);
        if (!contract) throw notFound("contract");
        const id = randomUUID();
        await procurementDb.insertCheck(tx, {
          id,
          municipalityId: m,
          contractId: contract.id,
          ...req.body,
          createdBy: actor.userId,
        });
        return {
          result: null,
          recordType: "procurement_contract",
          recordId: contract.id,
          details: { method: req.body.method },
        };
      });
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/api/v1/procurement-contracts/:id/findings",
    {
      schema: {
        tags: ["procurement"],
        params: idParam,
        querystring: scope,
        body: procurement.FindingCreate,
        response: { 201: FindingSchema, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      procurementPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const body = req.body;
      const created = await auditedInTenant(s, actor, m, "procurement_findings.create", async (tx) => {
        const contract = await procurementDb.getContract(tx, m, req.params.id);
        if (!contract) throw notFound("contract");
        const supplier = body.supplierId
          ? contract.facts.suppliers.find((x) => x.id === body.supplierId)
          : null;
        if (body.supplierId && !supplier) throw invalid("body.supplierId", "not a supplier of this contract");
        const cipher = await s.keyring.cipherFor(tx, m);
        const row = await procurementDb.insertFinding(tx, {
          id: randomUUID(),
          municipalityId: m,
          contractId: contract.id,
          supplierId: supplier?.id ?? null,
          supplierKey: supplier ? procurement.supplierKey(supplier) : null,
          source: body.source,
          severity: body.severity,
          possibleTrafficking: body.possibleTrafficking,
          foundOn: body.foundOn,
          descriptionEnc: cipher.encrypt(fields.finding, body.description),
          createdBy: actor.userId,
        });
        const check = checkOfSource[body.source];
        if (check) {
          await procurementDb.insertCheck(tx, {
            id: randomUUID(),
            municipalityId: m,
            contractId: contract.id,
            method: check,
            doneOn: body.foundOn,
            createdBy: actor.userId,
          });
        }
        return {
          result: presentFinding(cipher, row, []),
          recordType: "procurement_finding",
          recordId: row.id,
          details: { severity: row.severity, possibleTrafficking: row.possibleTrafficking },
        };
      });
      return reply.code(201).send(created);
    },
  );

  r.post(
    "/api/v1/procurement-findings/:id/actions",
    {
      schema: {
        tags: ["procurement"],
        params: idParam,
        querystring: scope,
        body: procurement.CorrectiveActionCreate,
        response: { 201: ActionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      procurementPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const created = await auditedInTenant(s, actor, m, "procurement_actions.create", async (tx) => {
        const finding = await procurementDb.getFinding(tx, m, req.params.id);
        if (!finding) throw notFound("finding");
        const cipher = await s.keyring.cipherFor(tx, m);
        const row = await procurementDb.insertAction(tx, {
          id: randomUUID(),
          municipalityId: m,
          findingId: finding.id,
          contractId: finding.contractId,
          descriptionEnc: cipher.encrypt(fields.action, req.body.description),
          deadline: req.body.deadline,
          createdBy: actor.userId,
        });
        return {
          result: presentAction(cipher, row, today()),
          recordType: "procurement_action",
          recordId: row.id,
          details: { findingId: finding.id },
        };
      });
      return reply.code(201).send(created);
    },
  );

  r.patch(
    "/api/v1/procurement-actions/:id",
    {
      schema: {
        tags: ["procurement"],
        params: idParam,
        querystring: scope,
        body: procurement.CorrectiveActionUpdate,
        response: { 200: ActionSchema, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      procurementPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "procurement_actions.update", async (tx) => {
        const row = await procurementDb.getAction(tx, m, req.params.id);
        if (!row) throw notFound("corrective action");
        const cipher = await s.keyring.cipherFor(tx, m);
        const updated = await procurementDb.updateActionStatus(
          tx,
          m,
          row.id,
          req.body.version,
          req.body.status,
        );
        if (!updated) throw conflict(presentAction(cipher, row, today()));
        return {
          result: presentAction(cipher, updated, today()),
          recordType: "procurement_action",
          recordId: updated.id,
          details: { status: updated.status },
        };
      });
    },
  );
}

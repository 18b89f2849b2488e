import { procurementDb } from "@ariadne/db";
import { admin, common, procurement } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict, notFound } from "../http/errors.ts";
import { asOfScope, errors, idParam, scope, today } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import {
  checkClauseIds,
  checkSuppliers,
  currentRuleSet,
  followCounts,
  insertScreenedContract,
  presentContract,
  screenFacts,
  splitContacts,
  withContacts,
} from "./contracts-service.ts";
import { presentFollowUp } from "./follow-up-service.ts";
import { procurementPolicy } from "./policy.ts";
import { ContractSchema, FollowUpSchema, ProcurementAbilities } from "./schemas.ts";

const ContractWithFollowUp = ContractSchema.extend({ followUp: FollowUpSchema });

/** The contracts register (issue 16, items 1–3): contracts, their risk screen, chosen clauses and monitoring plan. */
export function registerContractRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/procurement-contracts",
    {
      schema: {
        tags: ["procurement"],
        querystring: asOfScope,
        response: {
          200: z.object({ items: z.array(ContractSchema), abilities: ProcurementAbilities }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      procurementPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const asOf = req.query.asOf ?? today();
      return auditedRead(s, actor, m, "procurement_contracts.list", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const { counts } = await followCounts(tx, m, asOf);
        const rows = await procurementDb.listContracts(tx, m);
        return {
          result: {
            items: rows.map((row) => presentContract(cipher, row, counts.get(row.id), actor)),
            abilities: procurementPolicy.abilities(actor),
          },
          recordType: "procurement_contract",
          recordId: null,
        };
      });
    },
  );

  r.get(
    "/api/v1/procurement-contracts/:id",
    {
      schema: {
        tags: ["procurement"],
        params: idParam,
        querystring: asOfScope,
        response: { 200: ContractWithFollowUp, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      procurementPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const asOf = req.query.asOf ?? today();
      return auditedRead(s, actor, m, "procurement_contracts.read", async (tx) => {
        const row = await procurementDb.getContract(tx, m, req.params.id);
        if (!row) throw notFound("contract");
        const cipher = await s.keyring.cipherFor(tx, m);
        const { counts, findings, actions } = await followCounts(tx, m, asOf, row.id);
        return {
          result: {
            ...presentContract(cipher, row, counts.get(row.id), actor),
            followUp: await presentFollowUp(tx, cipher, m, row.id, findings, actions, asOf),
          },
          recordType: "procurement_contract",
          recordId: row.id,
        };
      });
    },
  );

  r.post(
    "/api/v1/procurement-contracts",
    {
      schema: {
        tags: ["procurement"],
        querystring: scope,
        body: procurement.ContractCreate,
        response: { 201: ContractSchema, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      procurementPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const facts = req.body.facts;
      checkSuppliers(facts, "body.facts");
      const created = await auditedInTenant(s, actor, m, "procurement_contracts.create", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const { row, screen } = await insertScreenedContract(tx, cipher, m, facts, actor.userId);
        return {
          result: presentContract(cipher, row, undefined, actor),
          recordType: "procurement_contract",
          recordId: row.id,
          details: { riskLevel: screen.level, ruleSetVersion: screen.ruleSetVersion },
        };
      });
      return reply.code(201).send(created);
    },
  );

  r.patch(
    "/api/v1/procurement-contracts/:id",
    {
      schema: {
        tags: ["procurement"],
        params: idParam,
        querystring: scope,
        body: procurement.ContractUpdate,
        response: { 200: ContractSchema, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      procurementPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, ...patch } = req.body;
      if (patch.facts) checkSuppliers(patch.facts, "body.facts");
      if (patch.clauseIds) checkClauseIds(patch.clauseIds);
      return auditedInTenant(s, actor, m, "procurement_contracts.update", async (tx) => {
        const row = await procurementDb.getContract(tx, m, req.params.id);
        if (!row) throw notFound("contract");
        const cipher = await s.keyring.cipherFor(tx, m);
        const facts = patch.facts ?? withContacts(cipher, row);
        // New facts are screened again with the rules in force; otherwise the last screen stands.
        const screen = patch.facts ? await screenFacts(tx, m, facts) : row.screen!;
        const stored = splitContacts(cipher, facts);
        const updated = await procurementDb.updateContract(tx, m, row.id, version, {
          title: facts.title,
          cpvGroup: procurement.cpvGroupOf(facts.cpvCode)!,
          stage: facts.stage,
          facts: stored.facts,
          contactsEnc: stored.contactsEnc,
          riskLevel: screen.level,
          screen,
          ruleSetVersion: screen.ruleSetVersion,
          clauseIds: patch.clauseIds ?? row.clauseIds,
          monitoring: patch.monitoring ?? row.monitoring ?? { methods: [], interviewLanguages: [] },
        });
        if (!updated) throw conflict(presentContract(cipher, row, undefined, actor));
        return {
          result: presentContract(cipher, updated, undefined, actor),
          recordType: "procurement_contract",
          recordId: updated.id,
          details: { fields: Object.keys(patch).sort().join(","), riskLevel: screen.level },
        };
      });
    },
  );

  r.post(
    "/api/v1/procurement-contracts/:id/screen",
    {
      schema: {
        tags: ["procurement"],
        params: idParam,
        querystring: scope,
        body: z.strictObject({ version: z.int().min(1) }),
        response: { 200: ContractSchema, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      procurementPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "procurement_contracts.screen", async (tx) => {
        const row = await procurementDb.getContract(tx, m, req.params.id);
        if (!row) throw notFound("contract");
        const cipher = await s.keyring.cipherFor(tx, m);
        const screen = await screenFacts(tx, m, withContacts(cipher, row));
        const updated = await procurementDb.updateContract(tx, m, row.id, req.body.version, {
          title: row.title,
          cpvGroup: row.cpvGroup,
          stage: row.stage,
          facts: row.facts,
          contactsEnc: row.contactsEnc,
          riskLevel: screen.level,
          screen,
          ruleSetVersion: screen.ruleSetVersion,
          clauseIds: row.clauseIds,
          monitoring: row.monitoring ?? { methods: [], interviewLanguages: [] },
        });
        if (!updated) throw conflict(presentContract(cipher, row, undefined, actor));
        return {
          result: presentContract(cipher, updated, undefined, actor),
          recordType: "procurement_contract",
          recordId: updated.id,
          details: { riskLevel: screen.level, ruleSetVersion: screen.ruleSetVersion },
        };
      });
    },
  );

  const RuleSetView = z.object({
    version: z.int(),
    builtIn: z.boolean(),
    rules: procurement.RiskRules,
    abilities: ProcurementAbilities,
  });

  r.get(
    "/api/v1/procurement-rules",
    { schema: { tags: ["procurement"], querystring: scope, response: { 200: RuleSetView, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      procurementPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedRead(s, actor, m, "procurement_rules.read", async (tx) => {
        const set = await currentRuleSet(tx, m);
        return {
          result: {
            ...set,
            builtIn: set === procurement.builtInRuleSet,
            abilities: procurementPolicy.abilities(actor),
          },
          recordType: "procurement_rules",
          recordId: null,
        };
      });
    },
  );

  r.put(
    "/api/v1/procurement-rules",
    {
      schema: {
        tags: ["procurement"],
        querystring: scope,
        body: z.strictObject({
          /** The version the coordinator edited: a newer one published meanwhile answers 409. */
          basedOnVersion: z.int().min(1),
          rules: procurement.RiskRules,
          note: common.singleLineText(300).optional(),
        }),
        response: { 200: RuleSetView, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      procurementPolicy.editRules(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "procurement_rules.publish", async (tx) => {
        const current = await currentRuleSet(tx, m);
        if (req.body.basedOnVersion !== current.version) throw conflict(current);
        const version = current.version + 1;
        await procurementDb.insertRuleSet(tx, {
          municipalityId: m,
          version,
          rules: req.body.rules,
          note: req.body.note ?? "",
          createdBy: actor.userId,
        });
        return {
          result: {
            version,
            rules: req.body.rules,
            builtIn: false,
            abilities: procurementPolicy.abilities(actor),
          },
          recordType: "procurement_rules",
          recordId: null,
          details: { version },
        };
      });
    },
  );
}

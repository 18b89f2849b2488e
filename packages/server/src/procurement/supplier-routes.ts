import { adminDb, procurementDb, withSystem, withTenant } from "@ariadne/db";
import { i18n, procurement } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { appendAudit } from "../audit/index.ts";
import { tokenHash } from "../auth/tokens.ts";
import { notFound } from "../http/errors.ts";
import { readerLocale } from "../http/reader-locale.ts";
import { errors, idParam } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { fields } from "./follow-up-service.ts";

/** The link's token as `newToken` makes it: 32 random bytes, base64url. */
const Token = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be the token of a questionnaire link");

/**
 * One answer for every link that does not open: unknown questionnaire, wrong token, a token of
 * another municipality's questionnaire, expired, already answered. Whether the contract exists is
 * not revealed.
 */
const linkNotValid = () => notFound("questionnaire link");

type LinkStep = "open" | "answer";

/**
 * A refused link is audited the same way whatever was wrong with it (the entry names no reason, so
 * the log tells no more than the answer did), in the municipality of the questionnaire its id
 * names, or system-wide when the id names none. Its own transaction: the refusal rolls nothing back.
 */
async function refuseLink(s: Services, id: string, ip: string, step: LinkStep): Promise<never> {
  await withSystem(s.db, async (tx) => {
    const m = await procurementDb.questionnaireMunicipality(tx, id);
    await appendAudit(tx, {
      municipalityId: m,
      actorId: null,
      actorName: null,
      action: "procurement_questionnaires.link_refused",
      recordType: "procurement_questionnaire",
      recordId: m ? id : null,
      ip,
      outcome: "denied",
      details: { via: "single_use_link", step },
    });
  });
  throw linkNotValid();
}

/** The questionnaire the link opens, or the one refusal. Runs in system context: the supplier has no tenant. */
async function openLink(s: Services, id: string, token: string, ip: string, step: LinkStep) {
  const q = await withSystem(s.db, (tx) => procurementDb.findQuestionnaireByToken(tx, id, tokenHash(token)));
  if (!q || q.answeredAt || new Date(q.expiresAt).getTime() <= Date.now()) return refuseLink(s, id, ip, step);
  return q;
}

const QuestionnaireView = z.object({
  municipalityName: z.string(),
  contractTitle: z.string(),
  supplierName: z.string(),
  language: z.enum(i18n.localeIds),
  expiresAt: z.string(),
  /** Each question in the link's language (English where that language has no text for it). */
  questions: z.array(
    z.object({ id: z.string(), kind: z.enum(["yes_no", "number", "text"]), text: z.string() }),
  ),
  answerMaxLength: z.int(),
});

/**
 * The supplier's side of the self-assessment (issue 16, item 4): no account, a link with a
 * single-use token. The token travels in the body, never in a URL, so it stays out of logs.
 */
export function registerSupplierRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/supplier-questionnaires/:id/open",
    {
      config: { public: true },
      schema: {
        tags: ["procurement"],
        params: idParam,
        body: z.strictObject({ token: Token }),
        response: { 200: QuestionnaireView, ...errors },
      },
    },
    async (req) => {
      const q = await openLink(s, req.params.id, req.body.token, req.ip, "open");
      const language = await readerLocale(q.language);
      const view = await withTenant(s.db, q.municipalityId, async (tx) => {
        const contract = await procurementDb.getContract(tx, q.municipalityId, q.contractId);
        const municipality = await adminDb.getMunicipality(tx, q.municipalityId);
        const supplier = contract?.facts.suppliers.find((x) => x.id === q.supplierId);
        if (!contract || !municipality) return null;
        return {
          municipalityName: municipality.name,
          contractTitle: contract.title,
          supplierName: supplier?.name ?? "",
          language,
          expiresAt: q.expiresAt,
          questions: procurement.questions.map((x) => ({
            id: x.id,
            kind: x.kind,
            text: procurement.procurementTexts.text(language, ["questions", x.id]),
          })),
          answerMaxLength: procurement.answerMaxLength,
        };
      });
      return view ?? refuseLink(s, q.id, req.ip, "open");
    },
  );

  r.post(
    "/api/v1/supplier-questionnaires/:id/answers",
    {
      config: { public: true },
      schema: {
        tags: ["procurement"],
        params: idParam,
        body: procurement.QuestionnaireAnswers.extend({ token: Token }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const { token, ...answers } = req.body;
      const q = await openLink(s, req.params.id, token, req.ip, "answer");
      const done = await withTenant(s.db, q.municipalityId, async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, q.municipalityId);
        // The update takes the link only while unanswered and unexpired: two answers racing, one wins.
        const done = await procurementDb.answerQuestionnaire(
          tx,
          q.municipalityId,
          q.id,
          cipher.encrypt(fields.answers, JSON.stringify(answers)),
        );
        if (!done) return false;
        await appendAudit(tx, {
          municipalityId: q.municipalityId,
          actorId: null,
          actorName: null,
          action: "procurement_questionnaires.answer",
          recordType: "procurement_questionnaire",
          recordId: q.id,
          ip: req.ip,
          outcome: "success",
          details: { via: "single_use_link" },
        });
        return true;
      });
      if (!done) await refuseLink(s, q.id, req.ip, "answer");
      return reply.code(204).send(null);
    },
  );
}

import { admin, common, referral } from "@ariadne/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { listOverdueReferrals, listReferralPage, ReferralListQuery } from "./referral-lists.ts";
import {
  createReferral,
  postReferralMessage,
  readReferral,
  referralInReach,
  transitionReferral,
} from "./referrals-commands.ts";
import { errors } from "./scheme.ts";

const idParam = z.strictObject({ id: admin.uuid });
const version = z.int().min(1);

const { ReferralList, ReferralView } = referral;

const VersionBody = z.strictObject({ version });
const ReasonBody = z.strictObject({ version, reason: referral.ReferralReason });
const MessageBody = z.strictObject({ body: common.multiLineText(4000).min(1) });

/**
 * Runs before body validation on every route that names a referral: one out of the actor's reach
 * answers 404 before the body is looked at, so validation never reveals that it exists.
 */
function inReach(s: Services) {
  return async (req: FastifyRequest) => {
    const id = (req.params as { id?: unknown }).id;
    if (typeof id !== "string" || !z.uuid().safeParse(id).success) return; // validation answers 400
    if (!(await referralInReach(s, actorOf(req), id))) throw notFound("referral");
  };
}

/** Referrals between organisations (issue 5, item 5). */
export function registerReferralWorkRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["referrals"];
  const preValidation = inReach(s);

  r.get(
    "/api/v1/referrals",
    {
      schema: {
        tags,
        querystring: ReferralListQuery,
        response: { 200: ReferralList, ...errors },
      },
    },
    async (req) =>
      req.query.box || req.query.caseId
        ? listReferralPage(s, actorOf(req), req.query)
        : listOverdueReferrals(s, actorOf(req)),
  );

  r.post(
    "/api/v1/referrals",
    { schema: { tags, body: referral.ReferralCreate, response: { 201: ReferralView, ...errors } } },
    async (req, reply) => reply.code(201).send(await createReferral(s, actorOf(req), req.body)),
  );

  r.get(
    "/api/v1/referrals/:id",
    { preValidation, schema: { tags, params: idParam, response: { 200: ReferralView, ...errors } } },
    async (req) => readReferral(s, actorOf(req), req.params.id),
  );

  for (const action of ["send", "accept", "start", "complete"] as const) {
    r.post(
      `/api/v1/referrals/:id/${action}`,
      {
        preValidation,
        schema: { tags, params: idParam, body: VersionBody, response: { 200: ReferralView, ...errors } },
      },
      async (req) => transitionReferral(s, actorOf(req), req.params.id, req.body.version, { action }),
    );
  }
  for (const action of ["decline", "end", "withdraw"] as const) {
    r.post(
      `/api/v1/referrals/:id/${action}`,
      {
        preValidation,
        schema: { tags, params: idParam, body: ReasonBody, response: { 200: ReferralView, ...errors } },
      },
      async (req) =>
        transitionReferral(s, actorOf(req), req.params.id, req.body.version, {
          action,
          reason: req.body.reason,
        }),
    );
  }

  r.post(
    "/api/v1/referrals/:id/messages",
    {
      preValidation,
      schema: { tags, params: idParam, body: MessageBody, response: { 201: ReferralView, ...errors } },
    },
    async (req, reply) =>
      reply.code(201).send(await postReferralMessage(s, actorOf(req), req.params.id, req.body.body)),
  );
}

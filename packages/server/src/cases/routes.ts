import { admin, cases } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";
import { recordInMunicipality } from "./access.ts";
import { createCase, listCases, readCase, transitionCase, updateCase } from "./case-commands.ts";
import { registerPersonRoutes } from "./person-routes.ts";
import { caseErrors, idParam } from "./route-schemas.ts";
import {
  breakGlass,
  caseDirectory,
  findDuplicates,
  listBreakGlass,
  listVersions,
  mergeCases,
  reviewBreakGlass,
} from "./team-commands.ts";
import { registerCaseTimelineRoutes } from "./timeline-routes.ts";

export { caseErrors, idParam };

/** Cases: the case team's confidential record of one person (issue 4). */
export function registerCaseRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const inReach = recordInMunicipality(s, "case");
  const tags = ["cases"];

  r.get(
    "/api/v1/cases",
    { schema: { tags, querystring: cases.CaseListQuery, response: { 200: cases.CaseList, ...caseErrors } } },
    async (req) => listCases(s, actorOf(req), req.query),
  );

  r.post(
    "/api/v1/cases",
    { schema: { tags, body: cases.CaseCreate, response: { 201: cases.CaseCreated, ...caseErrors } } },
    async (req, reply) => reply.code(201).send(await createCase(s, actorOf(req), req.body)),
  );

  r.get(
    "/api/v1/cases/:id",
    {
      preValidation: inReach,
      schema: { tags, params: idParam, response: { 200: cases.CaseDetail, ...caseErrors } },
    },
    async (req) => readCase(s, actorOf(req), req.params.id),
  );

  r.patch(
    "/api/v1/cases/:id",
    {
      preValidation: inReach,
      schema: {
        tags,
        params: idParam,
        body: cases.CaseUpdate,
        response: { 200: cases.CaseDetail, ...caseErrors },
      },
    },
    async (req) => updateCase(s, actorOf(req), req.params.id, req.body),
  );

  r.post(
    "/api/v1/cases/:id/transitions",
    {
      preValidation: inReach,
      schema: {
        tags,
        params: idParam,
        body: cases.TransitionRequest,
        response: { 200: cases.CaseDetail, ...caseErrors },
      },
    },
    async (req) => transitionCase(s, actorOf(req), req.params.id, req.body),
  );

  r.get(
    "/api/v1/cases/:id/versions",
    {
      preValidation: inReach,
      schema: {
        tags,
        params: idParam,
        response: { 200: z.object({ items: z.array(cases.FieldVersion) }), ...caseErrors },
      },
    },
    async (req) => listVersions(s, actorOf(req), req.params.id),
  );

  r.get(
    "/api/v1/cases/:id/directory",
    {
      preValidation: inReach,
      schema: { tags, params: idParam, response: { 200: cases.CaseDirectory, ...caseErrors } },
    },
    async (req) => caseDirectory(s, actorOf(req), req.params.id),
  );

  r.get(
    "/api/v1/cases/:id/duplicates",
    {
      preValidation: inReach,
      schema: {
        tags,
        params: idParam,
        response: { 200: z.object({ items: z.array(cases.DuplicateCandidateSchema) }), ...caseErrors },
      },
    },
    async (req) => findDuplicates(s, actorOf(req), req.params.id),
  );

  r.post(
    "/api/v1/cases/:id/merge",
    {
      preValidation: inReach,
      schema: {
        tags,
        params: idParam,
        body: cases.MergeRequest,
        response: { 200: cases.CaseDetail, ...caseErrors },
      },
    },
    async (req) => mergeCases(s, actorOf(req), req.params.id, req.body),
  );

  r.post(
    "/api/v1/cases/:id/break-glass",
    {
      preValidation: inReach,
      schema: {
        tags,
        params: idParam,
        body: cases.BreakGlassRequest,
        response: { 200: cases.CaseDetail, ...caseErrors },
      },
    },
    async (req) => breakGlass(s, actorOf(req), req.params.id, req.body.reason),
  );

  r.post(
    "/api/v1/cases/:id/break-glass/:accessId/review",
    {
      preValidation: inReach,
      schema: {
        tags,
        params: z.strictObject({ id: admin.uuid, accessId: admin.uuid }),
        body: cases.Empty,
        response: { 200: cases.BreakGlassAccess, ...caseErrors },
      },
    },
    async (req) => reviewBreakGlass(s, actorOf(req), req.params.id, req.params.accessId),
  );

  r.get(
    "/api/v1/break-glass-accesses",
    {
      schema: {
        tags,
        querystring: z.strictObject({ unreviewed: z.enum(["true", "false"]).default("true") }),
        response: { 200: z.object({ items: z.array(cases.BreakGlassAccess) }), ...caseErrors },
      },
    },
    async (req) => listBreakGlass(s, actorOf(req), req.query.unreviewed === "true"),
  );

  registerCaseTimelineRoutes(app, s);
  registerPersonRoutes(app, s);
}

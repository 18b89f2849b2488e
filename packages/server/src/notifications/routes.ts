import { notificationsDb, withTenant } from "@ariadne/db";
import { admin, notifications } from "@ariadne/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import type { Actor } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";

const errors = { 400: admin.ApiError, 401: admin.ApiError, 404: admin.ApiError };
const idParam = z.strictObject({ id: admin.uuid });
const EmptyBody = z.strictObject({});

/** Before body validation: a notification that is not the actor's answers 404, whatever the body. */
function ownNotification(s: Services) {
  return async (req: FastifyRequest) => {
    const id = (req.params as { id?: unknown }).id;
    if (typeof id !== "string" || !z.uuid().safeParse(id).success) return;
    const actor = actorOf(req);
    const m = actor.municipalityId;
    const found = m
      ? await withTenant(
          s.db,
          m,
          async (tx) => (await notificationsDb.listNotificationIds(tx, m, actor.userId, [id])).length === 1,
        )
      : false;
    if (!found) throw notFound("notification");
  };
}

/** A user's own inbox: every signed-in user of a municipality has one; a system admin's is empty. */
function municipalityOf(a: Actor): string | null {
  return a.municipalityId;
}

export function registerNotificationRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/notifications",
    {
      schema: {
        tags: ["notifications"],
        querystring: notifications.NotificationListQuery,
        response: { 200: notifications.NotificationList, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const m = municipalityOf(actor);
      if (!m) return { items: [], unread: 0 };
      return auditedRead(s, actor, m, "notifications.list", async (tx) => ({
        result: await notificationsDb.listNotifications(tx, m, actor.userId, req.query.unreadOnly === "true"),
        recordType: "notification",
        recordId: null,
      }));
    },
  );

  r.post(
    "/api/v1/notifications/:id/read",
    {
      preValidation: ownNotification(s),
      schema: {
        tags: ["notifications"],
        params: idParam,
        body: EmptyBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const m = municipalityOf(actor);
      if (!m) throw notFound("notification");
      await auditedInTenant(s, actor, m, "notifications.read", async (tx) => {
        if (!(await notificationsDb.markNotificationRead(tx, m, actor.userId, req.params.id)))
          throw notFound("notification");
        return { result: null, recordType: "notification", recordId: req.params.id };
      });
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/api/v1/notifications/read-all",
    {
      schema: {
        tags: ["notifications"],
        body: EmptyBody,
        response: { 200: z.object({ marked: z.int() }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const m = municipalityOf(actor);
      if (!m) return { marked: 0 };
      return auditedInTenant(s, actor, m, "notifications.read_all", async (tx) => {
        const marked = await notificationsDb.markAllNotificationsRead(tx, m, actor.userId);
        return { result: { marked }, recordType: "notification", recordId: null, details: { marked } };
      });
    },
  );
}

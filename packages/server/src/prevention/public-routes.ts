import { randomBytes, randomUUID } from "node:crypto";
import { preventionDb, referralDb, withSystem, withTenant } from "@ariadne/db";
import { prevention } from "@ariadne/domain";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Services } from "../services.ts";
import {
  helpCss,
  type PageContext,
  type PublicService,
  renderHelpPage,
  renderReceipt,
  renderRefusal,
  renderReply,
} from "./public-page.ts";

/**
 * The municipality's public face (issue 15, points 3 and 4): `/help/{slug}` and `/help`, served as
 * HTML without an account, a cookie or a script; the report-a-concern form and the receipt page.
 * Public posts are limited per address (a keyed hash per ten-minute window, deleted after it), by
 * size, and by a honeypot field; nothing is stored from a refused post.
 */
export const publicLimits = {
  bodyBytes: 16 * 1024,
  windowMinutes: 10,
  concernsPerWindow: 5,
  receiptReadsPerWindow: 20,
} as const;

/** The EU-wide emergency number (Universal Service Directive 2002/22/EC, art. 26). */
export const emergencyNumber = "112";
const field = {
  what: "concerns.what",
  where: "concerns.where",
  contact: "concerns.contact",
  receipt: "concerns.receipt",
  bucket: "public_rate_limits.bucket",
} as const;

interface Found {
  id: string;
  name: string;
  slug: string;
}

async function findMunicipality(s: Services, slug: string | null): Promise<Found | null> {
  const all = await withSystem(s.db, (tx) => preventionDb.listMunicipalitiesForPublic(tx));
  const withSlugs = all.map((m) => ({ id: m.id, name: m.name, slug: prevention.municipalitySlug(m.name) }));
  if (slug === null) return withSlugs[0] ?? null;
  return withSlugs.find((m) => m.slug === slug) ?? null;
}

async function servicesOf(s: Services, m: string): Promise<PublicService[]> {
  const all = await withTenant(s.db, m, (tx) => referralDb.listServices(tx, m), { readOnly: true });
  return all
    .filter((x) => x.phone || x.emergencyLine || x.address)
    .slice(0, 12)
    .map((x) => ({
      name: x.name,
      phone: x.phone,
      emergencyLine: x.emergencyLine,
      address: x.address,
      openingHours: x.openingHours,
      open247: x.open24_7,
    }));
}

type Query = { lang?: string };

function languageOf(req: FastifyRequest): prevention.HelpLanguage | "bad" {
  const q = (req.query as Query).lang;
  if (q !== undefined && !(prevention.helpLanguages as readonly string[]).includes(q)) return "bad";
  return prevention.chooseHelpLanguage(q, req.headers["accept-language"]);
}

function html(reply: FastifyReply, status: number, body: string) {
  // No cookie is ever set here; the page may be kept briefly by the browser but by no shared cache.
  return reply
    .code(status)
    .header("cache-control", "private, no-store")
    .type("text/html; charset=utf-8")
    .send(body);
}

const languageList = prevention.helpLanguages.join(", ");

export function registerPublicHelpRoutes(app: FastifyInstance, s: Services) {
  app.register(async (scope) => {
    // Plain HTML forms post url-encoded; parsed here only, with the public size limit.
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: publicLimits.bodyBytes },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );

    const context = async (req: FastifyRequest, reply: FastifyReply, slug: string | null) => {
      const lang = languageOf(req);
      const m = await findMunicipality(s, slug);
      if (lang === "bad" || !m) {
        const ctx = {
          lang: prevention.chooseHelpLanguage(undefined, req.headers["accept-language"]),
          municipality: m?.name ?? "Ariadne",
          slug: m?.slug ?? "",
          emergencyNumber,
        };
        if (lang === "bad") html(reply, 400, renderRefusal(ctx, "lang", `use one of ${languageList}`));
        else html(reply, 404, renderRefusal(ctx, "municipality", "no municipality has this address"));
        return null;
      }
      return { lang, municipality: m.name, slug: m.slug, emergencyNumber, id: m.id };
    };

    const page = async (req: FastifyRequest, reply: FastifyReply, slug: string | null) => {
      const ctx = await context(req, reply, slug);
      if (!ctx) return reply;
      const full: PageContext = { ...ctx, services: await servicesOf(s, ctx.id) };
      return html(reply.header("content-language", ctx.lang), 200, renderHelpPage(full));
    };

    const publicRoute = { config: { public: true }, schema: { hide: true } };
    scope.get("/help/help.css", publicRoute, async (_req, reply) =>
      reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=3600").send(helpCss),
    );
    scope.get("/help", publicRoute, (req, reply) => page(req, reply, null));
    scope.get<{ Params: { slug: string } }>("/help/:slug", publicRoute, (req, reply) =>
      page(req, reply, req.params.slug),
    );

    /** One more hit of this address on this form; true while under the limit. */
    const underLimit = async (req: FastifyRequest, form: string, limit: number) => {
      const windowMs = publicLimits.windowMinutes * 60_000;
      const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
      const hits = await withSystem(s.db, async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, null);
        return preventionDb.countPublicHit(
          tx,
          cipher.blindIndex(field.bucket, `${form}:${req.ip}`),
          windowStart,
        );
      });
      return hits <= limit;
    };

    const crossSite = (req: FastifyRequest) => {
      const origin = req.headers.origin;
      if (!origin || origin === "null") return false;
      try {
        return new URL(origin).host !== req.headers.host;
      } catch {
        return true;
      }
    };

    scope.post<{ Params: { slug: string } }>(
      "/help/:slug/concerns",
      { ...publicRoute, bodyLimit: publicLimits.bodyBytes },
      async (req, reply) => {
        const ctx = await context(req, reply, req.params.slug);
        if (!ctx) return reply;
        if (crossSite(req))
          return html(reply, 403, renderRefusal(ctx, "origin", "cross-site form posts are refused"));
        if (!(await underLimit(req, "concern", publicLimits.concernsPerWindow)))
          return html(
            reply.header("retry-after", String(publicLimits.windowMinutes * 60)),
            429,
            renderRefusal(
              ctx,
              "what",
              `too many reports from this address; try again in ${publicLimits.windowMinutes} minutes`,
            ),
          );
        const body = typeof req.body === "object" && req.body !== null ? req.body : {};
        const parsed = prevention.ConcernSubmission.safeParse(body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          const name = String(issue.path[0] ?? "what");
          const reason = name === "website" ? "this field must stay empty" : issue.message;
          return html(reply, 400, renderRefusal(ctx, name, reason));
        }
        const c = parsed.data;
        const code = prevention.receiptCode(randomBytes(12));
        await withTenant(s.db, ctx.id, async (tx) => {
          const cipher = await s.keyring.cipherFor(tx, ctx.id);
          await preventionDb.insertConcern(tx, {
            id: randomUUID(),
            municipalityId: ctx.id,
            whatEnc: cipher.encrypt(field.what, c.what),
            whereEnc: cipher.encrypt(field.where, c.where),
            seenOn: c.when || null,
            contactEnc: c.contact ? cipher.encrypt(field.contact, c.contact) : null,
            language: ctx.lang,
            receiptHash: cipher.blindIndex(field.receipt, code),
          });
        });
        return html(reply.header("content-language", ctx.lang), 201, renderReceipt(ctx, code));
      },
    );

    scope.post<{ Params: { slug: string } }>(
      "/help/:slug/receipt",
      { ...publicRoute, bodyLimit: publicLimits.bodyBytes },
      async (req, reply) => {
        const ctx = await context(req, reply, req.params.slug);
        if (!ctx) return reply;
        if (crossSite(req))
          return html(reply, 403, renderRefusal(ctx, "origin", "cross-site form posts are refused"));
        if (!(await underLimit(req, "receipt", publicLimits.receiptReadsPerWindow)))
          return html(
            reply,
            429,
            renderRefusal(ctx, "code", "too many tries from this address; try again later"),
          );
        const typed = (req.body as { code?: unknown } | undefined)?.code;
        const code = typeof typed === "string" ? prevention.normaliseReceiptCode(typed) : null;
        if (!code)
          return html(
            reply,
            400,
            renderRefusal(ctx, "code", "a code has 12 letters and digits, as XXXX-XXXX-XXXX"),
          );
        const found = await withTenant(s.db, ctx.id, async (tx) => {
          const cipher = await s.keyring.cipherFor(tx, ctx.id);
          const row = await preventionDb.concernByReceipt(tx, ctx.id, cipher.blindIndex(field.receipt, code));
          return row ? { reply: row.replyEnc ? cipher.decrypt("concerns.reply", row.replyEnc) : null } : null;
        });
        return html(reply.header("content-language", ctx.lang), found ? 200 : 404, renderReply(ctx, found));
      },
    );
  });
}

import { resolve } from "node:path";
import { mapping, prevention, stats } from "@ariadne/domain";
import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Statistics leave a replica for the primary when it is further behind than this, unless set. */
export const defaultReplicaMaxLagSeconds = 30;

/** Configuration by environment, checked at boot; a wrong value stops start-up naming it. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  ARIADNE_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .url()
    .refine((u) => /^postgres(ql)?:\/\//.test(u), "must start with postgres:// or postgresql://")
    .optional(),
  /** A streaming replica of DATABASE_URL: statistics read there, so analytics never slow casework. */
  DATABASE_REPLICA_URL: z
    .url()
    .refine((u) => /^postgres(ql)?:\/\//.test(u), "must start with postgres:// or postgresql://")
    .optional(),
  DATABASE_REPLICA_MAX_LAG_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400)
    .default(defaultReplicaMaxLagSeconds),
  // Connections to a PostgreSQL server, per server process. More than a few per database core only
  // adds switching: on 2 cores, 10 gave lower database CPU per request than 20 under 50 concurrent
  // requests. Unset, the machine's processes share 10 (see `poolSizeOf`).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).optional(),
  // Server processes sharing one port (node:cluster); more than one needs a PostgreSQL server,
  // since the embedded database lives inside a single process.
  ARIADNE_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  // How long a request may wait for a database connection before it is answered 503.
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  ARIADNE_MASTER_KEY: z
    .string()
    .refine(
      (v) => /^[0-9a-fA-F]{64}$/.test(v.trim()) || Buffer.from(v.trim(), "base64").length === 32,
      "must be 32 bytes as 64 hex digits or 44 base64 characters",
    )
    .optional(),
  ARIADNE_TRUST_PROXY: bool.default(false),
  ARIADNE_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  ARIADNE_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  ARIADNE_SEED_DEMO: z.enum(["auto", "off"]).default("auto"),
  ARIADNE_WEB_DIST: z.string().optional(),
  ARIADNE_TILE_URL: mapping.TileUrl.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Where users open the app: the links in notification e-mails start with it. */
  ARIADNE_PUBLIC_URL: z
    .url()
    .refine((u) => /^https?:\/\//.test(u), "must start with http:// or https://")
    .optional(),
  // Notification e-mail over SMTP (issue 5): SMTP_URL, or host/port/user/password; either way SMTP_FROM.
  SMTP_URL: z
    .url()
    .refine((u) => /^smtps?:\/\//.test(u), "must start with smtp:// or smtps://")
    .optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_SECURE: bool.optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.email().optional(),
  // How often each server process sends the outbox's due mails.
  SMTP_SEND_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Disclosure control's minimum cell size for every aggregate that leaves the case team (CTDC: 11). */
  ARIADNE_MIN_CELL_SIZE: stats.MinCellSize.default(stats.defaultMinCellSize),
  /** Published counts rounded to this base after suppression (1, 3, 5 or 10; 1: not rounded). */
  ARIADNE_ROUNDING_BASE: stats.RoundingBase.default(1),
  /** Months a campaign's material files are kept after the campaign ended (issue 15); then deleted. */
  ARIADNE_MATERIAL_RETENTION_MONTHS: z.coerce
    .number()
    .int()
    .min(1)
    .max(240)
    .default(prevention.preventionRetention.materialMonthsAfterEnd),
  /** The municipality's accessibility statement (Markdown) served at /accessibility, and its language. */
  ARIADNE_ACCESSIBILITY_STATEMENT: z.string().min(1).optional(),
  ARIADNE_ACCESSIBILITY_STATEMENT_LANG: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as fi or sv-FI")
    .default("en"),
});

/** SMTP delivery of notification e-mails; null when not configured (the inbox still works). */
export interface SmtpConfig {
  url: string | null;
  host: string | null;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
  sendIntervalSeconds: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string | null;
  databaseUrl: string | null;
  databaseReplicaUrl: string | null;
  databaseReplicaMaxLagSeconds: number;
  databasePoolSize: number;
  databaseAcquireTimeoutMs: number;
  workers: number;
  masterKey: string | undefined;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  seedDemo: "auto" | "off";
  webDist: string;
  /** Raster tile template for the map in online deployments; null: the offline basemap only. */
  tileUrl: string | null;
  logLevel: z.infer<typeof ConfigSchema>["LOG_LEVEL"];
  publicUrl: string;
  smtp: SmtpConfig | null;
  minCellSize: number;
  roundingBase: number;
  materialRetentionMonths: number;
  accessibilityStatement: { file: string; lang: string };
}

export class ConfigError extends Error {}

const defaultWebDist = resolve(import.meta.dirname, "../../web/dist");
/** The statement as shipped; a municipality publishes its own (README: accessibility statement). */
export const defaultAccessibilityStatement = {
  file: resolve(import.meta.dirname, "../../../docs/accessibility.md"),
  lang: "en",
};

/**
 * Without DATABASE_POOL_SIZE, the processes of one machine share ten connections (each at least
 * two): each worker opening ten of its own made PostgreSQL switch between twice as many. Measured
 * on this 2-core VM under the closed mixed load of 200 users, two processes served 313-353 req/s
 * with ten connections each and 375-469 with five, one process 386-424 (issue 19).
 */
export function poolSizeOf(workers: number): number {
  return Math.max(2, Math.ceil(10 / workers));
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  if (c.ARIADNE_WORKERS > 1 && !c.DATABASE_URL)
    throw new ConfigError(
      "Invalid configuration:\n  ARIADNE_WORKERS: more than one process needs DATABASE_URL (a PostgreSQL server)",
    );
  const smtp = smtpOf(c);
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.ARIADNE_DATA_DIR),
    databaseUrl: c.DATABASE_URL ?? null,
    databaseReplicaUrl: c.DATABASE_REPLICA_URL ?? null,
    databaseReplicaMaxLagSeconds: c.DATABASE_REPLICA_MAX_LAG_SECONDS,
    databasePoolSize: c.DATABASE_POOL_SIZE ?? poolSizeOf(c.ARIADNE_WORKERS),
    databaseAcquireTimeoutMs: c.DATABASE_ACQUIRE_TIMEOUT_MS,
    workers: c.ARIADNE_WORKERS,
    masterKey: c.ARIADNE_MASTER_KEY,
    trustProxy: c.ARIADNE_TRUST_PROXY,
    sessionIdleMinutes: c.ARIADNE_SESSION_IDLE_MINUTES,
    sessionMaxHours: c.ARIADNE_SESSION_MAX_HOURS,
    seedDemo: c.ARIADNE_SEED_DEMO,
    webDist: c.ARIADNE_WEB_DIST ? resolve(c.ARIADNE_WEB_DIST) : defaultWebDist,
    tileUrl: c.ARIADNE_TILE_URL ?? null,
    logLevel: c.LOG_LEVEL,
    publicUrl: (c.ARIADNE_PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ""),
    smtp,
    minCellSize: c.ARIADNE_MIN_CELL_SIZE,
    roundingBase: c.ARIADNE_ROUNDING_BASE,
    materialRetentionMonths: c.ARIADNE_MATERIAL_RETENTION_MONTHS,
    accessibilityStatement: {
      file: c.ARIADNE_ACCESSIBILITY_STATEMENT
        ? resolve(c.ARIADNE_ACCESSIBILITY_STATEMENT)
        : defaultAccessibilityStatement.file,
      lang: c.ARIADNE_ACCESSIBILITY_STATEMENT_LANG,
    },
  };
}

/** SMTP settings hang together: a host or URL needs a sender address, and a sender needs a server. */
function smtpOf(c: z.infer<typeof ConfigSchema>): SmtpConfig | null {
  const fail = (name: string, message: string) => {
    throw new ConfigError(`Invalid configuration:\n  ${name}: ${message}`);
  };
  if (c.SMTP_URL && c.SMTP_HOST) fail("SMTP_HOST", "give SMTP_URL or SMTP_HOST, not both");
  if (!c.SMTP_URL && !c.SMTP_HOST) {
    if (c.SMTP_FROM || c.SMTP_PORT || c.SMTP_USER || c.SMTP_PASSWORD)
      fail("SMTP_HOST", "SMTP settings given without SMTP_URL or SMTP_HOST");
    return null;
  }
  if (!c.SMTP_FROM) return fail("SMTP_FROM", "required when SMTP is configured");
  if (Boolean(c.SMTP_USER) !== Boolean(c.SMTP_PASSWORD))
    fail("SMTP_PASSWORD", "give SMTP_USER and SMTP_PASSWORD together");
  const secure = c.SMTP_SECURE ?? (c.SMTP_URL ? c.SMTP_URL.startsWith("smtps://") : c.SMTP_PORT === 465);
  return {
    url: c.SMTP_URL ?? null,
    host: c.SMTP_HOST ?? null,
    port: c.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    user: c.SMTP_USER ?? null,
    password: c.SMTP_PASSWORD ?? null,
    from: c.SMTP_FROM!,
    sendIntervalSeconds: c.SMTP_SEND_INTERVAL_SECONDS,
  };
}

import { resolve } from "node:path";
import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Configuration by environment, checked at boot; a wrong value stops start-up naming it. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  ARIADNE_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .url()
    .refine((u) => /^postgres(ql)?:\/\//.test(u), "must start with postgres:// or postgresql://")
    .optional(),
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
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string | null;
  databaseUrl: string | null;
  masterKey: string | undefined;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  seedDemo: "auto" | "off";
  webDist: string;
  logLevel: z.infer<typeof ConfigSchema>["LOG_LEVEL"];
}

export class ConfigError extends Error {}

const defaultWebDist = resolve(import.meta.dirname, "../../web/dist");

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.ARIADNE_DATA_DIR),
    databaseUrl: c.DATABASE_URL ?? null,
    masterKey: c.ARIADNE_MASTER_KEY,
    trustProxy: c.ARIADNE_TRUST_PROXY,
    sessionIdleMinutes: c.ARIADNE_SESSION_IDLE_MINUTES,
    sessionMaxHours: c.ARIADNE_SESSION_MAX_HOURS,
    seedDemo: c.ARIADNE_SEED_DEMO,
    webDist: c.ARIADNE_WEB_DIST ? resolve(c.ARIADNE_WEB_DIST) : defaultWebDist,
    logLevel: c.LOG_LEVEL,
  };
}

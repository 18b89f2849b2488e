import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface MasterKey {
  key: Buffer;
  /** A fingerprint stored beside each wrapped data key, so a wrong master key is named at start. */
  id: string;
}

export class MasterKeyError extends Error {}

export function masterKeyFrom(key: Buffer): MasterKey {
  return { key, id: createHash("sha256").update(key).digest("hex").slice(0, 16) };
}

/** Accepts 32 bytes as base64 or hex, as ARIADNE_MASTER_KEY documents. */
export function parseMasterKey(text: string): MasterKey {
  const trimmed = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, "hex")
    : Buffer.from(trimmed, "base64");
  if (bytes.length !== 32) {
    throw new MasterKeyError("ARIADNE_MASTER_KEY must be 32 bytes, as 64 hex digits or 44 base64 characters");
  }
  return masterKeyFrom(bytes);
}

export function masterKeyFilePath(dataDir: string): string {
  return join(dataDir, "master.key");
}

/**
 * The master key from ARIADNE_MASTER_KEY, else from `<dataDir>/master.key`, created with mode 0600
 * on first start. Without either (an in-memory test database), a throwaway key.
 */
export function loadMasterKey(options: { envKey?: string | undefined; dataDir?: string | null }): MasterKey {
  if (options.envKey) return parseMasterKey(options.envKey);
  if (!options.dataDir) return masterKeyFrom(randomBytes(32));
  const file = masterKeyFilePath(options.dataDir);
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  }
  return parseMasterKey(readFileSync(file, "utf8"));
}

/** Replaces the key file atomically, keeping mode 0600. */
export function writeMasterKeyFile(dataDir: string, key: MasterKey): void {
  const file = masterKeyFilePath(dataDir);
  const next = `${file}.next`;
  writeFileSync(next, `${key.key.toString("base64")}\n`, { mode: 0o600 });
  renameSync(next, file);
}

import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

// AES-256-GCM with a 96-bit random nonce; the tag authenticates the ciphertext and its context.
const algorithm = "aes-256-gcm";

function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(algorithm, key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString("base64");
}

function open(key: Buffer, sealed: string, aad: string): Buffer {
  const raw = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv(algorithm, key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

export function wrapDataKey(masterKey: Buffer, dataKey: Buffer, scope: string): string {
  return seal(masterKey, dataKey, `data-key:${scope}`);
}

export function unwrapDataKey(masterKey: Buffer, wrapped: string, scope: string): Buffer {
  return open(masterKey, wrapped, `data-key:${scope}`);
}

/**
 * Encrypts one field. The additional data binds the ciphertext to its scope and field, so a
 * value copied into another municipality's or another field's column fails to decrypt.
 * Format: `v1.<data key version>.<base64 iv|tag|ciphertext>`.
 */
export function encryptField(
  dataKey: Buffer,
  keyVersion: number,
  context: string,
  plaintext: string,
): string {
  return `v1.${keyVersion}.${seal(dataKey, Buffer.from(plaintext, "utf8"), context)}`;
}

export function parseFieldVersion(ciphertext: string): number {
  const [format, version] = ciphertext.split(".", 2);
  if (format !== "v1" || !version) throw new Error("not an Ariadne encrypted field");
  return Number.parseInt(version, 10);
}

export function decryptField(dataKey: Buffer, context: string, ciphertext: string): string {
  const sealed = ciphertext.split(".").slice(2).join(".");
  return open(dataKey, sealed, context).toString("utf8");
}

export function deriveIndexKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", dataKey, Buffer.alloc(0), "ariadne blind index", 32));
}

/** Exact-match search without decrypting: spelling variants of case and spacing match. */
export function normaliseForIndex(value: string): string {
  return value.normalize("NFKC").trim().toLocaleLowerCase("en").replace(/\s+/g, " ");
}

export function blindIndex(indexKey: Buffer, field: string, value: string): string {
  return createHmac("sha256", indexKey)
    .update(`${field}\u0000${normaliseForIndex(value)}`)
    .digest("base64url");
}

/**
 * Attachments are stored encrypted and only ever served as downloads. The type whitelist is
 * checked against the file's own first bytes, not just the declared type, so a script renamed
 * to .pdf is refused at the door.
 */

/** Decoded bytes. Uploads travel as base64 in JSON under the API's 1 MiB body limit. */
export const attachmentMaxBytes = 700 * 1024;

const signatures = {
  "application/pdf": [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  "image/png": [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  "image/jpeg": [[0xff, 0xd8, 0xff]],
} as const satisfies Record<string, readonly (readonly number[])[]>;

export const attachmentMediaTypes = Object.keys(signatures) as (keyof typeof signatures)[];
export type AttachmentMediaType = keyof typeof signatures;

/** True when the bytes begin as files of the declared type do. */
export function contentMatchesType(bytes: Uint8Array, type: AttachmentMediaType): boolean {
  return signatures[type].some((sig) => sig.every((b, i) => bytes[i] === b));
}

/** A file name safe to put in a Content-Disposition header: no path, no quotes, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[^\p{L}\p{N}._ -]/gu, "_")
    .replace(/^\.+/, "")
    .slice(0, 120);
  return cleaned || "attachment";
}

/** Base64 to bytes with the platform's `atob`, so the browser validates uploads as the server does. */
export function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

import type { FastifyReply } from "fastify";

/**
 * Sends a stored file as a download: never rendered in the page, never sniffed, sandboxed if opened
 * anyway, never cached. The name travels both as plain ASCII and, exactly, as RFC 5987 UTF-8.
 */
export function sendAsDownload(
  reply: FastifyReply,
  file: { mediaType: string; fileName: string; bytes: Buffer },
) {
  return reply
    .header("content-type", file.mediaType)
    .header(
      "content-disposition",
      `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; sandbox")
    .header("cache-control", "no-store")
    .send(file.bytes);
}

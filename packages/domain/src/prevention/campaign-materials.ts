import { z } from "zod";
import { attachmentMediaTypes, contentMatchesType, decodeBase64 } from "../cases/index.ts";
import { singleLineText } from "../common/index.ts";

/**
 * Files of a campaign's materials (issue 15, point 2): leaflets and posters as PDF or image, every
 * version kept. The type is checked against the file's own first bytes, as case attachments are.
 */
export const materialMaxBytes = 3 * 1024 * 1024;

/** The upload's JSON body may be this large: the file as base64 (4 characters per 3 bytes) and its names. */
export const materialBodyLimitBytes = Math.ceil(materialMaxBytes / 3) * 4 + 16 * 1024;

/** "3 MB": the limit as people read it, in the refusal's message. */
export const materialLimitText = `${materialMaxBytes / (1024 * 1024)} MB`;

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const MaterialUpload = z
  .strictObject({
    /** The material's title: a new title starts at version 1, an existing one gets its next version. */
    title: singleLineText(200).min(1),
    fileName: singleLineText(200).min(1),
    mediaType: z.enum(attachmentMediaTypes),
    contentBase64: z
      .string()
      .min(4)
      .max(materialBodyLimitBytes)
      .regex(base64, "base64")
      // "%PDF-1.4": what a generic sample of the API (the OpenAPI walk) can send as a valid file.
      .meta({ examples: ["JVBERi0xLjQK"] }),
  })
  .superRefine((v, ctx) => {
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64(v.contentBase64);
    } catch {
      ctx.addIssue({ code: "custom", path: ["contentBase64"], message: "not valid base64" });
      return;
    }
    // The size is the route's to refuse (413 naming the limit); the content's type is checked here.
    if (!contentMatchesType(bytes, v.mediaType))
      ctx.addIssue({ code: "custom", path: ["contentBase64"], message: `content is not ${v.mediaType}` });
  });
export type MaterialUpload = z.infer<typeof MaterialUpload>;

export const MaterialFile = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  title: z.string(),
  version: z.int(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.int(),
  uploadedAt: z.string(),
});
export type MaterialFile = z.infer<typeof MaterialFile>;

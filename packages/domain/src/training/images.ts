import { z } from "zod";
import { contentMatchesType, decodeBase64 } from "../cases/index.ts";

/**
 * Images in lessons are uploaded to the app and served by it, so a learner's browser never asks a
 * third party for them (the CSP would refuse it anyway). The type is checked against the file's
 * own first bytes, as for case attachments.
 */
export const lessonImageMediaTypes = ["image/png", "image/jpeg"] as const;
export type LessonImageMediaType = (typeof lessonImageMediaTypes)[number];

/** Decoded bytes: an illustration, not a photo archive; base64 of it fits the API's 1 MiB body. */
export const lessonImageMaxBytes = 500 * 1024;

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const LessonImageUpload = z
  .strictObject({
    mediaType: z.enum(lessonImageMediaTypes),
    contentBase64: z
      .string()
      .min(4)
      .max(Math.ceil(lessonImageMaxBytes / 3) * 4, { message: `at most ${lessonImageMaxBytes} bytes` })
      .regex(base64, "base64"),
  })
  .superRefine((v, ctx) => {
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64(v.contentBase64);
    } catch {
      ctx.addIssue({ code: "custom", path: ["contentBase64"], message: "not valid base64" });
      return;
    }
    if (bytes.length > lessonImageMaxBytes)
      ctx.addIssue({
        code: "custom",
        path: ["contentBase64"],
        message: `at most ${lessonImageMaxBytes} bytes`,
      });
    else if (!contentMatchesType(bytes, v.mediaType))
      ctx.addIssue({ code: "custom", path: ["contentBase64"], message: `content is not ${v.mediaType}` });
  });
export type LessonImageUpload = z.infer<typeof LessonImageUpload>;

export const LessonImage = z.object({
  id: z.uuid(),
  mediaType: z.enum(lessonImageMediaTypes),
  size: z.int(),
});
export type LessonImage = z.infer<typeof LessonImage>;

import { Scheme } from "@ariadne/domain/referral/index.ts";
import { z } from "zod";
import { request } from "../../api/client.ts";

export const SchemeView = Scheme.extend({ abilities: z.object({ edit: z.boolean() }) });
export type SchemeView = z.infer<typeof SchemeView>;

const Organisations = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

export const schemeApi = {
  get: () => request("GET", "/api/v1/scheme-of-assistance", SchemeView),
  save: (body: unknown) => request("PUT", "/api/v1/scheme-of-assistance", SchemeView, body),
  organisations: async () => (await request("GET", "/api/v1/organisations", Organisations)).items,
  pdfUrl: (lang: string) => `/api/v1/scheme-of-assistance.pdf?lang=${encodeURIComponent(lang)}`,
};

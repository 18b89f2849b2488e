import { Service } from "@ariadne/domain/referral/index.ts";
import { z } from "zod";
import { ApiFailure, request, withQuery } from "../../api/client.ts";

export const ServiceView = Service.extend({
  abilities: z.object({ update: z.boolean(), updateAvailability: z.boolean(), archive: z.boolean() }),
});
export type ServiceView = z.infer<typeof ServiceView>;

const Directory = z.object({
  items: z.array(ServiceView),
  abilities: z.object({ manage: z.boolean(), match: z.boolean() }),
});
export type Directory = z.infer<typeof Directory>;

const Reason = z.looseObject({ code: z.string() });
export type Reason = z.infer<typeof Reason>;
const Ranking = z.object({
  asOf: z.string(),
  totalRanked: z.number(),
  totalExcluded: z.number(),
  ranked: z.array(
    z.object({
      service: ServiceView,
      score: z.number(),
      distanceKm: z.number().nullable(),
      reasons: z.array(Reason),
    }),
  ),
  excluded: z.array(z.object({ service: ServiceView, reasons: z.array(Reason) })),
});
export type Ranking = z.infer<typeof Ranking>;

const Gaps = z.object({
  checked: z.number(),
  languages: z.array(z.string()),
  gaps: z.array(
    z.object({
      type: z.string(),
      group: z.string(),
      language: z.string(),
      servedInOtherLanguages: z.number(),
    }),
  ),
});
export type Gaps = z.infer<typeof Gaps>;

const ImportReport = z.object({ created: z.number(), updated: z.number() });
export const CsvRowError = z.object({ line: z.number(), column: z.string().nullable(), reason: z.string() });
export type CsvRowError = z.infer<typeof CsvRowError>;

export interface DirectoryFilter {
  type?: string;
  language?: string;
  unconditional?: boolean;
  availableNow?: boolean;
}

/** The server names each row error's place in its issue path: `body.csv.<line>.<column>`. */
export function rowErrorsOf(issues: readonly { path: string; message: string }[]): CsvRowError[] {
  return issues.flatMap((i) => {
    const m = /^body\.csv\.(\d+)\.(.*)$/.exec(i.path);
    return m ? [{ line: Number(m[1]), column: m[2] || null, reason: i.message }] : [];
  });
}

export const exportUrl = "/api/v1/services/export";

export const servicesApi = {
  list: (f: DirectoryFilter = {}) =>
    request(
      "GET",
      withQuery("/api/v1/services", {
        type: f.type,
        language: f.language,
        unconditional: f.unconditional ? "true" : undefined,
        availableNow: f.availableNow ? "true" : undefined,
      }),
      Directory,
    ),
  get: (id: string) => request("GET", `/api/v1/services/${id}`, ServiceView),
  create: (body: unknown) => request("POST", "/api/v1/services", ServiceView, body),
  update: (id: string, body: unknown) => request("PATCH", `/api/v1/services/${id}`, ServiceView, body),
  archive: (id: string, version: number) =>
    request("DELETE", `/api/v1/services/${id}`, ServiceView, { version }),
  match: (body: unknown) => request("POST", "/api/v1/services/match", Ranking, body),
  gaps: (q: { types?: string; groups?: string; languages?: string }) =>
    request("GET", withQuery("/api/v1/services/gaps", q), Gaps),
  /** Imports a CSV all or nothing; a refused file comes back as its row errors. */
  importCsv: async (
    csv: string,
  ): Promise<{ ok: true; created: number; updated: number } | { ok: false; rows: CsvRowError[] }> => {
    try {
      return { ok: true, ...(await request("POST", "/api/v1/services/import", ImportReport, { csv })) };
    } catch (e) {
      const rows = e instanceof ApiFailure && e.status === 400 ? rowErrorsOf(e.issues) : [];
      if (rows.length === 0) throw e;
      return { ok: false, rows };
    }
  },
};

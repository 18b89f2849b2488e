import { i18n, procurement } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { scope } from "../mapping/shared.ts";
import { procurementPolicy } from "./policy.ts";

/** `?lang=pl` asks for the texts in one language; without it they come in every language Ariadne speaks. */
const ReferenceQuery = scope.extend({ lang: z.enum(i18n.localeIds).optional() });

/**
 * The reference data the risk screen and the clauses rest on (issue 16), each with its version and
 * source: CPV, sector and country risks, the clause library and the supplier questionnaire. The
 * CPV titles and the clauses' and questions' texts are given by language (issue 18), English for a
 * text a language lacks.
 */
export function registerReferenceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/procurement-reference",
    { schema: { tags: ["procurement"], querystring: ReferenceQuery } },
    async (req) => {
      const actor = actorOf(req);
      procurementPolicy.read(actor);
      targetMunicipality(actor, req.query.municipalityId);
      const languages = req.query.lang ? [req.query.lang] : [...i18n.localeIds];
      await Promise.all(languages.map((l) => i18n.loadLocale(l)));
      return {
        languages,
        cpv: {
          source: procurement.cpvSource,
          // Whose titles they are: English the Regulation's, the other languages Ariadne's drafts.
          titles: procurement.procurementTextIn(["cpvTitles"], languages),
          divisions: procurement.cpvEntriesIn(procurement.cpvDivisions, languages),
          groups: procurement.cpvEntriesIn(procurement.cpvGroups, languages),
        },
        sectorRisks: { version: procurement.sectorRiskVersion, entries: procurement.sectorRisks },
        countryRisks: { version: procurement.countryRiskVersion, entries: procurement.countryRisks },
        sources: procurement.riskSources,
        clauses: { version: procurement.clauseLibraryVersion, items: procurement.clauseLibraryIn(languages) },
        questionnaire: {
          version: procurement.questionnaireVersion,
          questions: procurement.questionsIn(languages),
        },
      };
    },
  );
}

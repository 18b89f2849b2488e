/** Screening: the indicator catalogue, the assessment engine and self-identification barriers. */
export { catalogueV1 } from "./catalogue-v1/index.ts";
export type {
  DimensionResult,
  DimensionState,
  ProfileResult,
  Question,
  ScreeningOutcome,
  ScreeningResultData,
  SupplementaryResult,
} from "./evaluate.ts";
export { compareQuestions, evaluateScreening, outcomeRank } from "./evaluate.ts";
export type { Message, MessageKey } from "./messages.ts";
export { clauseLabels, dimensionLabels, formatMessage, messages, profileLabels } from "./messages.ts";
export type { NextQuestion } from "./next-question.ts";
export { nextQuestion } from "./next-question.ts";
export type { QuestionGroup } from "./question-ranking.ts";
export { nextQuestionGroup, rankQuestions } from "./question-ranking.ts";
export type { RenderedCatalogue, RenderedIndicator } from "./render.ts";
export { renderCatalogue, renderCatalogueText } from "./render.ts";
export type { StrengthCounts, ThresholdClause } from "./rule.ts";
export { thresholdClause } from "./rule.ts";
export type { InputIssue } from "./schemas.ts";
export {
  CalendarDate,
  parseScreeningInput,
  ScreeningInput,
  ScreeningResult,
  screeningInputSchema,
} from "./schemas.ts";
export type { TimelineEntry } from "./timeline.ts";
export { screeningTimeline } from "./timeline.ts";
export * from "./types.ts";

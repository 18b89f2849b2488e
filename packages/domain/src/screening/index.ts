/** Screening: the indicator catalogue, the assessment engine and self-identification barriers. */

export type { AssistanceElement, AssistanceLevel, ElementState, ElementVia } from "./assistance.ts";
export { assistanceLevelRank } from "./assistance.ts";
export { questionKeyOf } from "./assistance-evidence.ts";
export type { AssistanceQuestion } from "./assistance-questions.ts";
export { maxNextQuestions } from "./assistance-questions.ts";
export type { AssistanceSignal } from "./assistance-signal.ts";
export type { CatalogueTexts } from "./catalogue-texts.ts";
export { catalogueTexts } from "./catalogue-texts.ts";
export { catalogueV1 } from "./catalogue-v1/index.ts";
export { catalogueV2 } from "./catalogue-v2/index.ts";
export { catalogueFor, catalogues, latestCatalogue } from "./catalogues.ts";
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
export type { GroupAnswer, GroupMember, GroupMemberResult, GroupScreeningData } from "./group.ts";
export { evaluateGroupScreening, memberInput, memberProfiles } from "./group.ts";
export { GroupScreeningInput, GroupScreeningResult } from "./group-schemas.ts";
export {
  barrierTextIn,
  forcedLabourLabelIn,
  formLabelIn,
  indicatorGuidanceIn,
  indicatorTextIn,
} from "./indicator-text.ts";
export type { Message, MessageKey, ScreeningTexts } from "./messages.ts";
export {
  assistanceLevelLabels,
  clauseLabels,
  dimensionLabels,
  elementLabels,
  formatMessage,
  labelIn,
  messages,
  profileLabels,
  screeningTexts,
} from "./messages.ts";
export type { NextQuestion } from "./next-question.ts";
export { nextQuestion } from "./next-question.ts";
export type { QuestionGroup } from "./question-ranking.ts";
export { nextQuestionGroup, rankQuestions } from "./question-ranking.ts";
export type { RenderedCatalogue, RenderedIndicator } from "./render.ts";
export { renderCatalogue, renderCatalogueText } from "./render.ts";
export { renderResultText } from "./render-result.ts";
export type { DimensionNeed, ProfileChange, ResultChange, SignalChange } from "./result-change.ts";
export { isSettled, resultChange } from "./result-change.ts";
export type { StrengthCounts, ThresholdClause } from "./rule.ts";
export { thresholdClause } from "./rule.ts";
export type { InputIssue } from "./schemas.ts";
export {
  AssistanceSignalSchema,
  CalendarDate,
  parseScreeningInput,
  ScreeningInput,
  ScreeningResult,
  screeningInputSchema,
} from "./schemas.ts";
export type { TimelineEntry } from "./timeline.ts";
export { screeningTimeline } from "./timeline.ts";
export * from "./types.ts";

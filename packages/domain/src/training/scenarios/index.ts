import { labourScenarios } from "./labour.ts";
import { otherScenarios } from "./other.ts";
import type { Scenario } from "./scenario.ts";

export type { Scenario, ScenarioSector } from "./scenario.ts";
export { scenarioSectors, scenarioSituationIn } from "./scenario.ts";

/** The scenario library (issue 14, item 2): every sector of the local map, adults and children. */
export const scenarios: readonly Scenario[] = [...labourScenarios, ...otherScenarios];

export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}

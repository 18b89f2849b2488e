import type { FastifyInstance } from "fastify";
import type { Services } from "../services.ts";
import { registerCompletionRoutes } from "./completions.ts";
import { registerCourseRoutes } from "./courses.ts";
import { registerCoverageRoutes } from "./coverage.ts";
import { registerImageRoutes } from "./images.ts";
import { registerOwnScenarioRoutes } from "./own-scenarios.ts";
import { registerSessionRoutes } from "./sessions.ts";

/** Training (issue 14): courses, scenario exercises, sessions and attendance, certificates, coverage. */
export function registerTrainingRoutes(app: FastifyInstance, s: Services) {
  registerCourseRoutes(app, s);
  registerSessionRoutes(app, s);
  registerCompletionRoutes(app, s);
  registerCoverageRoutes(app, s);
  registerImageRoutes(app, s);
  registerOwnScenarioRoutes(app, s);
}

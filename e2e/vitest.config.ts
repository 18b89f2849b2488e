import { defineConfig } from "vitest/config";

/**
 * Browser journeys: one process, one browser at a time. The budgets are generous because CI and
 * the developers' machines share two cores between Chromium, the server and PostgreSQL (often with
 * another test run beside): a step waits for the state it asserts — a locator's auto-wait or
 * `expect.poll` — for up to a minute, never for a fixed time.
 */
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["e2e/support/build-web.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 60_000, interval: 100 } },
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});

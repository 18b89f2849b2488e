import { defineConfig } from "vitest/config";

/**
 * Fault tests (issue 19): they kill server processes, stop their own PostgreSQL clusters and fill
 * disks, so they run apart from the unit suite, one file at a time.
 */
export default defineConfig({
  test: {
    include: ["test/faults/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
    fileParallelism: false,
  },
});

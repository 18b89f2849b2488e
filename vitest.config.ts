import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/src/**/*.test.tsx"],
    // Budgets, not targets: on two cores shared with PostgreSQL and another build, setting up an app
    // (migrations, demo seed, argon2 sign-ins) took over a minute; speed is measured by `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: "forks",
  },
});

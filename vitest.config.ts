import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generates the spec set under test once, into a temp folder (test/support/env.ts reads it).
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // 2-core machines: keep parallelism modest so conformance servers and tsc runs do not starve.
    maxWorkers: 2,
  },
});

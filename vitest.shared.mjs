// Shared vitest settings for every workspace package. Each package's vitest.config.* spreads this,
// so all of them also write a JSON report that scripts/test-summary.mjs adds up after `pnpm test`.
export const sharedTestConfig = {
  reporters: ["default", "json"],
  outputFile: { json: "test-results/vitest.json" },
  // No test may hang CI: a slow test fails with a clear timeout instead.
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

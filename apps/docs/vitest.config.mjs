// @ts-check
import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.mjs";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    include: ["test/**/*.test.ts"],
    // The samples test runs Prism and the browser test runs Chromium: one file at a time keeps
    // the 2-core CI machine responsive and the timings stable.
    fileParallelism: false,
  },
});

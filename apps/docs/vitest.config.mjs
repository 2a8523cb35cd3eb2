// @ts-check
import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "@vivamo/test-kit/vitest";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    include: ["test/**/*.test.ts"],
    // The samples test runs Prism and the browser test runs Chromium: one file at a time keeps
    // the 2-core CI machine responsive and the timings stable.
    fileParallelism: false,
    // One worker thread for every file, without a fresh module graph per file: the files share no
    // state, and starting a worker per file cost more CPU than most of the tests.
    pool: "threads",
    isolate: false,
  },
});

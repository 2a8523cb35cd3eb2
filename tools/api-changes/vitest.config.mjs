import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "@vivamo/test-kit/vitest";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // The scratch specs, bundled once per run (test/global-setup.mjs).
    globalSetup: ["test/global-setup.mjs"],
    // The test files share no mutable state: they run in worker threads of one process and share
    // its imports (TypeScript, openapi-typescript) and its warmed-up compiler,
    // instead of loading them again in a new Node process per file.
    pool: "threads",
    isolate: false,
  },
});

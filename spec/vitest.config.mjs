import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "@vivamo/test-kit/vitest";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // The spec's tests only read files and spawn the Redocly CLI: they share no mutable state, so
    // they run in worker threads of one process and reuse their imports (the bundle is read once),
    // instead of one new Node process per file.
    pool: "threads",
    isolate: false,
  },
});

import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "@vivamo/test-kit/vitest";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // The test files mostly wait on the processes they start (pnpm, turbo, Prism, servers): two
    // side by side keep the wall time down (vitest's default on a 2-core machine is one), and
    // one worker process reused for every file spares a Node start-up and vitest's import per
    // file (the files share no state: each works in its own scratch directories).
    maxWorkers: 2,
    isolate: false,
    // add-operation.test.mjs runs its checks and `pnpm dev` side by side: all of them at once,
    // not five at a time (vitest's default).
    maxConcurrency: 10,
    projects: [
      {
        // The proofs that share one spec edit, regenerated once per run by their global setup
        // (test/proof/global-setup.mjs). Vitest runs a project's global setup only when some of
        // its files run: `vitest run test/timeouts.test.mjs` does not make the copies.
        extends: true,
        test: {
          name: "proofs",
          include: ["test/add-operation.test.mjs", "test/dev-pipeline.test.mjs"],
          globalSetup: ["test/proof/global-setup.mjs"],
        },
      },
      {
        extends: true,
        test: {
          name: "checks",
          include: ["test/**/*.test.mjs"],
          exclude: ["test/add-operation.test.mjs", "test/dev-pipeline.test.mjs"],
        },
      },
    ],
  },
});

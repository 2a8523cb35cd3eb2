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
  },
});

import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "@vivamo/test-kit/vitest";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    globalSetup: ["./test/setup/mock.mjs"],
    // The test files share worker processes: none mocks modules, the one that changes a global
    // (test/msw.test.mjs: MSW patches fetch while its server listens) restores it in afterAll, and
    // each file in a fresh process paid Node's and vitest's start-up again and re-read the spec and Ajv.
    isolate: false,
    // Prism starts in 2-3 s on an idle machine and in far more on a loaded one; startMockServer
    // itself waits up to 120 s and then fails with Prism's output.
    hookTimeout: 180_000,
  },
});

import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.mjs";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    globalSetup: ["./test/setup/mock.mjs"],
    // Prism starts in 2-3 s on an idle machine and in far more on a loaded one; startMockServer
    // itself waits up to 120 s and then fails with Prism's output.
    hookTimeout: 180_000,
  },
});

import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "@vivamo/test-kit/vitest";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // Packs the packages and installs the consumer project once, for both test files.
    globalSetup: ["./src/global-setup.mjs"],
  },
});

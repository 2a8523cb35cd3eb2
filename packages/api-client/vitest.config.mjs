import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.mjs";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // Starts the real Prism mock (from the bundled spec, with --errors) once for the contract tests.
    globalSetup: ["test/setup/prism.ts"],
    // Type tests (*.test-d.ts) are checked by the TypeScript compiler and reported as tests.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});

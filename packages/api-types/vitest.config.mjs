import { defineConfig } from "vitest/config";
import { sharedTestConfig, typeChecker } from "@vivamo/test-kit/vitest";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // Type tests (*.test.ts with expectTypeOf / @ts-expect-error) run through tsc as well.
    typecheck: {
      enabled: true,
      checker: typeChecker,
      tsconfig: "./tsconfig.json",
      include: ["test/**/*.test.ts"],
    },
  },
});

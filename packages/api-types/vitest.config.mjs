import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.mjs";

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // Type tests (*.test.ts with expectTypeOf / @ts-expect-error) run through tsc as well.
    typecheck: { enabled: true, tsconfig: "./tsconfig.json", include: ["test/**/*.test.ts"] },
  },
});

import { defineConfig } from "vitest/config";
import { sharedTestConfig, typeChecker } from "../../vitest.shared.mjs";

// Two projects, so that a unit test never waits for a server it does not use:
// - unit: everything but the contract tests, with injected fakes and loopback node:http servers;
//   type tests (*.test-d.ts) are checked by the TypeScript compiler and reported as tests;
// - types-strict: type tests compiled with what `tsc --init` turns on (exactOptionalPropertyTypes,
//   noUncheckedIndexedAccess), as integrators' projects compile the client;
// - contract: the client against the real Prism mock (the bundled spec, --errors), started once
//   by this project's own globalSetup.
export default defineConfig({
  test: {
    ...sharedTestConfig,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/contract.test.ts"],
          typecheck: {
            enabled: true,
            checker: typeChecker,
            include: ["test/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        },
      },
      {
        extends: true,
        test: {
          name: "types-strict",
          include: [],
          typecheck: {
            enabled: true,
            checker: typeChecker,
            include: ["test/strict/*.test-d.ts"],
            tsconfig: "./test/strict/tsconfig.json",
          },
        },
      },
      {
        extends: true,
        test: {
          name: "contract",
          include: ["test/contract.test.ts"],
          globalSetup: ["test/setup/prism.ts"],
        },
      },
    ],
  },
});

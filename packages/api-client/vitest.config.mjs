import { defineConfig } from "vitest/config";
import { readFileSync } from "node:fs";
import { sharedTestConfig, typeChecker } from "@vivamo/test-kit/vitest";

const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8"));

// Two projects, so that a unit test never waits for a server it does not use:
// - unit: everything but the contract tests, with injected fakes and loopback node:http servers;
//   type tests (*.test-d.ts) are checked by the TypeScript compiler and reported as tests;
// - unit-mocked: the unit tests that replace a module with vi.mock(), each file isolated;
// - types-strict: type tests compiled with what `tsc --init` turns on (exactOptionalPropertyTypes,
//   noUncheckedIndexedAccess), as integrators' projects compile the client;
// - contract: the client against the real Prism mock (the bundled spec, --errors), started once
//   by this project's own globalSetup.
export default defineConfig({
  // The version the build puts in the User-Agent (tsdown.config.ts), for tests of the sources.
  define: { __VIVAMO_CLIENT_VERSION__: JSON.stringify(version) },
  test: {
    ...sharedTestConfig,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/contract.test.ts", "test/validation-hook.test.ts"],
          // One worker thread for every file, without a fresh module graph per file: the files
          // share no state (fetch is injected, servers are their own), and a third of the CPU of
          // the unit tests was workers starting. Files that mock a module run in "unit-mocked".
          pool: "threads",
          isolate: false,
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
          // vi.mock() replaces a module for one file only when that file has a module graph of
          // its own.
          name: "unit-mocked",
          include: ["test/validation-hook.test.ts"],
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

// Shared vitest settings for every workspace package. Each package's vitest.config.* spreads this,
// so all of them also write a JSON report that src/test-summary.mjs adds up after `npm test`.
import { fileURLToPath } from "node:url";
import { scaled } from "./timeouts.mjs";
import { typescript7Tsc } from "./typescript7.mjs";

export { scaled };

/**
 * The compiler for vitest's type tests (`typecheck.checker`): TypeScript 7, the one our consumers
 * install, at about a fifth of 5.9's CPU (see src/typecheck.mjs for why 7 here and 5.9 where a
 * compiler API is needed).
 */
export const typeChecker = typescript7Tsc;

export const sharedTestConfig = {
  // The JSON report and how the run ended (src/vitest-run-reporter.mjs: the JSON report misses
  // unhandled errors); src/test-summary.mjs reads both.
  reporters: [
    "default",
    "json",
    fileURLToPath(new URL("./vitest-run-reporter.mjs", import.meta.url)),
  ],
  outputFile: { json: "test-results/vitest.json" },
  // No test may hang CI, and none may fail only because the machine is busy: the budgets are
  // generous on an idle machine (a unit test takes milliseconds; 60 s is a hang, not slowness) and
  // grow with its load when the run starts (src/timeouts.mjs). The load often rises after that
  // (turbo starts the other workspaces' tests), hence the margin. A test that needs longer (a
  // package install, a browser) says so itself, through `scaled`.
  testTimeout: scaled(60_000),
  // Hooks start servers (Prism, Chromium): their own start-up waits fail first, with the server's
  // output; this is the backstop.
  hookTimeout: scaled(180_000),
  teardownTimeout: scaled(30_000),
};

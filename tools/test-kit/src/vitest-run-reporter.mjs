// A vitest reporter that records how the whole run ended, next to the JSON report:
// test-results/vitest-run.json = { reason, unhandledErrors }.
//
// Vitest's JSON report says `success: true` when every test passed even if an error escaped the
// tests (an unhandled rejection, a throw in a timer) and vitest itself failed the run (exit 1).
// src/test-reports.mjs reads this file so that such a run counts as failed, with the error.
// src/vitest.mjs adds it to every workspace's reporters.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const RUN_STATUS = join("test-results", "vitest-run.json");

export default class RunStatusReporter {
  /** @type {string} */
  root = process.cwd();

  /** @param {{ config: { root: string } }} vitest */
  onInit(vitest) {
    this.root = vitest.config.root;
  }

  /**
   * @param {ReadonlyArray<unknown>} _testModules
   * @param {ReadonlyArray<{ message?: string, name?: string }>} unhandledErrors
   * @param {"passed" | "interrupted" | "failed"} reason
   */
  onTestRunEnd(_testModules, unhandledErrors, reason) {
    const file = join(this.root, RUN_STATUS);
    mkdirSync(join(file, ".."), { recursive: true });
    const errors = unhandledErrors.map(
      (error) => `${error.name ?? "Error"}: ${error.message ?? ""}`.split("\n")[0],
    );
    writeFileSync(file, `${JSON.stringify({ reason, unhandledErrors: errors }, null, 2)}\n`);
  }
}

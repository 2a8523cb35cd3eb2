// The vitest JSON reports that every workspace writes to test-results/vitest.json during
// `npm test`, and what they add up to. Used by scripts/run.mjs (clears them before a run, so that a
// report left over from an earlier run can never stand in for tests that did not run) and by
// src/test-summary.mjs (adds them up).
//
// The rule: every workspace with a `test` script must leave a report that says it succeeded.
// A missing report, an unreadable one, a failed test, a suite that failed to load (import error,
// a throwing beforeAll), "No test files found" or vitest's own `success: false` all count as
// failures, with the workspace's name and the reason.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { RUN_STATUS } from "./vitest-run-reporter.mjs";
import { workspacePackages } from "./workspaces.mjs";

export const REPORT = join("test-results", "vitest.json");

/**
 * The workspaces whose package.json has a `test` script, as paths relative to `root`.
 * @param {string} root
 * @returns {string[]}
 */
export function workspacesWithTests(root) {
  return workspacePackages(root)
    .filter(({ manifest }) => typeof manifest.scripts?.test === "string")
    .map(({ dir }) => dir);
}

/**
 * Deletes every workspace's report, so that only this run's reports (or turbo's cached replay of
 * the same inputs) can be found afterwards.
 * @param {string} root
 */
export function clearReports(root) {
  for (const dir of workspacesWithTests(root)) {
    rmSync(join(root, dir, REPORT), { force: true });
    rmSync(join(root, dir, RUN_STATUS), { force: true });
  }
}

/**
 * @typedef {{ workspace: string, passed: number, failed: number, skipped: number,
 *   seconds: number | undefined, problems: string[] }} WorkspaceResult
 *   `seconds`: from vitest's start to the end of the last test file (undefined without a report).
 */

/**
 * Reads one workspace's report. `failed` counts failed tests, plus one for every suite that failed
 * without a failed test (it did not load, or a hook threw: its tests are reported as skipped), plus
 * one when there is no usable report at all or vitest reported failure for any other reason.
 * @param {string} root
 * @param {string} workspace
 * @returns {WorkspaceResult}
 */
export function readWorkspace(root, workspace) {
  const file = join(root, workspace, REPORT);
  const result = {
    workspace,
    passed: 0,
    failed: 0,
    skipped: 0,
    seconds: /** @type {number | undefined} */ (undefined),
    problems: /** @type {string[]} */ ([]),
  };
  if (!existsSync(file)) {
    result.failed = 1;
    result.problems.push(
      `no test report (${REPORT}): its tests did not run, or vitest stopped before reporting (global setup error?)`,
    );
    return result;
  }
  let json;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    result.failed = 1;
    result.problems.push(
      `unreadable test report: ${error instanceof Error ? error.message : error}`,
    );
    return result;
  }
  result.passed = json.numPassedTests ?? 0;
  result.failed = json.numFailedTests ?? 0;
  result.skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  if (result.failed > 0) result.problems.push(`${result.failed} failed test(s)`);

  /** @type {{ name?: string, status?: string, message?: string, endTime?: number, assertionResults?: { status?: string }[] }[]} */
  const suites = Array.isArray(json.testResults) ? json.testResults : [];
  const lastEnd = Math.max(...suites.map((suite) => suite.endTime ?? 0));
  if (typeof json.startTime === "number" && lastEnd > json.startTime) {
    result.seconds = (lastEnd - json.startTime) / 1000;
  }
  for (const suite of suites) {
    if (suite.status !== "failed") continue;
    if ((suite.assertionResults ?? []).some((test) => test.status === "failed")) continue;
    result.failed += 1;
    const name = suite.name ? relative(join(root, workspace), suite.name) : "a test file";
    const why = (suite.message ?? "").split("\n", 1)[0]?.trim() || "failed without a failed test";
    result.problems.push(`${name} failed to run: ${why}`);
  }
  if ((json.numTotalTestSuites ?? suites.length) === 0) {
    result.failed += 1;
    result.problems.push("no test files found");
  } else if ((json.numFailedTestSuites ?? 0) > 0 && result.problems.length === 0) {
    result.failed += 1;
    result.problems.push(`${json.numFailedTestSuites} failed test file(s)`);
  }
  // How the run ended (src/vitest-run-reporter.mjs): the JSON report above says success even
  // when an error escaped the tests and vitest failed the run.
  const statusFile = join(root, workspace, RUN_STATUS);
  if (!existsSync(statusFile)) {
    result.failed += 1;
    result.problems.push(
      `no run status (${RUN_STATUS}): vitest stopped before the end, or its config does not use src/vitest.mjs's reporters`,
    );
  } else {
    const status = JSON.parse(readFileSync(statusFile, "utf8"));
    const errors = Array.isArray(status.unhandledErrors) ? status.unhandledErrors : [];
    if (errors.length > 0) {
      result.failed += 1;
      result.problems.push(`unhandled error(s) during the run: ${errors.join("; ")}`);
    } else if (status.reason !== "passed" && result.problems.length === 0) {
      result.failed += 1;
      result.problems.push(`vitest ended the run as "${status.reason}"`);
    }
  }
  if (json.success !== true && result.problems.length === 0) {
    result.failed += 1;
    result.problems.push("vitest reported failure (an unhandled error during the run?)");
  }
  return result;
}

/**
 * @param {string} root
 * @returns {{ results: WorkspaceResult[], totals: { passed: number, failed: number, skipped: number } }}
 */
export function summarize(root) {
  const results = workspacesWithTests(root).map((workspace) => readWorkspace(root, workspace));
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const result of results) {
    totals.passed += result.passed;
    totals.failed += result.failed;
    totals.skipped += result.skipped;
  }
  return { results, totals };
}

#!/usr/bin/env node
// Adds up the vitest JSON reports that each workspace wrote during `npm test` and prints one
// closing line, "N passed, N failed, N skipped", for CI logs and humans alike. Every workspace
// that has a `test` script must have reported success (see src/test-reports.mjs); any that did
// not is named with the reason, counted as failed, and makes this script exit 1.
//
//   vivamo-test-summary [--root <dir>]   (default: this repository)
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { summarize } from "./test-reports.mjs";

const { values } = parseArgs({ options: { root: { type: "string" } } });
const root = values.root
  ? resolve(values.root)
  : fileURLToPath(new URL("../../../", import.meta.url));

const { results, totals } = summarize(root);
const width = Math.max(0, ...results.map(({ workspace }) => workspace.length)) + 2;
console.log("\nTest summary by workspace:");
if (results.length === 0) console.log("  (no workspace has a test script)");
for (const { workspace, passed, failed, skipped, seconds, problems } of results) {
  const mark = failed > 0 ? "FAILED" : "ok";
  // vitest's own wall time for the workspace (a turbo cache hit replays the recorded one).
  const time = seconds === undefined ? "" : `  ${seconds.toFixed(1)} s`;
  console.log(
    `  ${workspace.padEnd(width)} ${passed} passed, ${failed} failed, ${skipped} skipped  ${mark}${time}`,
  );
  for (const problem of problems) console.log(`      - ${problem}`);
}
const failedWorkspaces = results
  .filter(({ failed }) => failed > 0)
  .map(({ workspace }) => workspace);
if (failedWorkspaces.length) console.log(`\nFailed: ${failedWorkspaces.join(", ")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || results.length === 0 ? 1 : 0);

#!/usr/bin/env node
// Adds up the vitest JSON reports that each package wrote during `pnpm test` and prints one
// closing line, "N passed, N failed, N skipped", for CI logs and humans alike.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const workspaces = ["spec", "tools", "packages", "apps"].flatMap((dir) => {
  if (dir === "spec") return ["spec"];
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir)).map((name) => join(dir, name));
});

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
for (const workspace of workspaces) {
  const report = join(root, workspace, "test-results", "vitest.json");
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, "utf8"));
  const passed = json.numPassedTests ?? 0;
  const failed = json.numFailedTests ?? 0;
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  rows.push(`  ${workspace.padEnd(28)} ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
console.log("\nTest summary by workspace:");
console.log(rows.join("\n") || "  (no test reports found)");
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || rows.length === 0 ? 1 : 0);

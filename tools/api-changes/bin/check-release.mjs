#!/usr/bin/env node
// Fails when the pending changesets (.changeset/*.md) bump @vivamo/api-types or @vivamo/api-client
// less than the API changes since the last release require, and names each change that needs more.
//   --root <dir>  the repository (default: this one)   --spec <file>  the bundled spec to classify
import { parseArgs } from "node:util";
import { analyze, judge, plannedBumps, repoPaths, UsageError } from "../src/index.mjs";

const { values } = parseArgs({ options: { root: { type: "string" }, spec: { type: "string" } } });

try {
  const result = await analyze({ root: values.root, spec: values.spec });
  const planned = await plannedBumps(repoPaths(values.root).root);
  const verdict = judge(result, planned, result.version, result.baseline.version);
  (verdict.ok ? console.log : console.error)(verdict.message);
  process.exit(verdict.ok ? 0 : 1);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`check-release: ${error.message}`);
  process.exit(2);
}

#!/usr/bin/env node
// How long the drift gate of the response validators takes to report one schema edit on a grown
// spec (every path copied `factor` times, as bench/size-per-operation.mjs grows it): generate the
// committed text and the edited one, then run the gate itself (`writeOrCheck` of
// @vivamo/spec-tools/generated-file, as `--check` does) on them. A benchmark, not a test.
//
//   node bench/drift-check.mjs [factor]    default: 50 (750 operations)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { readOperations } from "@vivamo/spec-model/operations";
import { writeOrCheck } from "@vivamo/spec-tools/generated-file";
import { bundledSpecPath } from "@vivamo/spec-tools/paths";
import { renderValidators } from "../scripts/render-validators.mjs";
import { responseSchemas } from "../scripts/response-schemas.mjs";
import { grow } from "./size-per-operation.mjs";

const factor = Number(process.argv[2] ?? 50);
const spec = grow(readBundledSpec(bundledSpecPath), factor);
const edited = structuredClone(spec);
edited.components.schemas.KycStatus.enum.pop(); // one shared schema changes

const timed = async (label, run) => {
  const started = performance.now();
  const result = await run();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
};
const before = await timed("generate", () => renderValidators(responseSchemas(spec)).js);
const after = await timed(
  "generate the edited spec",
  () => renderValidators(responseSchemas(edited)).js,
);
const dir = mkdtempSync(join(tmpdir(), "vivamo-drift-"));
const file = join(dir, "validators.js");
writeFileSync(file, before);
const report = [];
const error = console.error;
console.error = (line) => report.push(String(line));
try {
  const code = await timed("the drift gate's check and report", () =>
    writeOrCheck([{ file, text: after }], { check: true, what: "the response validators" }),
  );
  console.log(`exit code ${code}, report of ${report.join("\n").split("\n").length} lines`);
} finally {
  console.error = error;
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${readOperations(spec).length} operations, ${before.split("\n").length} lines`);

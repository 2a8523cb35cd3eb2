#!/usr/bin/env node
// @ts-check
// Writes samples/generated/<operationId>.ts for every operation of the bundled spec that has no
// hand-written samples/<operationId>.ts, from the operation's own examples, and removes generated
// samples that are no longer needed (hand-written since, or the operation is gone).
//
//   node scripts/generate-samples.mjs            write them
//   node scripts/generate-samples.mjs --check    fail, with a diff, if the committed ones are stale
//   --spec <file>                                use another bundled spec
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundledSpecPath, readBundledSpec } from "@vivamo/spec/document";
import { formatSource, writeOrCheck } from "@vivamo/spec/generated-file";
import { readOperations } from "@vivamo/spec/operations";
import { renderGeneratedSample } from "../src/generated-sample.mjs";
import { GENERATED_SAMPLES } from "../src/portal-spec.mjs";

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const samplesDir = join(appDir, "samples");
const generatedDir = join(samplesDir, GENERATED_SAMPLES);

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string" },
  },
});
const specPath = resolve(values.spec ?? bundledSpecPath);

try {
  const operations = readOperations(readBundledSpec(specPath));
  /** @type {{ file: string, text: string | undefined }[]} */
  const files = [];
  const wanted = new Set();
  for (const operation of operations) {
    if (existsSync(join(samplesDir, `${operation.operationId}.ts`))) continue; // hand-written
    const file = join(generatedDir, `${operation.operationId}.ts`);
    wanted.add(file);
    files.push({ file, text: await formatSource(renderGeneratedSample(operation), file) });
  }
  const existing = existsSync(generatedDir) ? readdirSync(generatedDir) : [];
  for (const name of existing) {
    const file = join(generatedDir, name);
    if (name.endsWith(".ts") && !wanted.has(file)) files.push({ file, text: undefined });
  }
  process.exitCode = await writeOrCheck(files, {
    check: values.check,
    what: "the generated docs samples",
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}

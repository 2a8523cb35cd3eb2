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
import { formatSource } from "@vivamo/spec-tools/generated-file";
import { isEntryPoint, runGenerator } from "@vivamo/spec-tools/generator-command";
import { readOperations } from "@vivamo/spec-model/operations";
import { renderGeneratedSample } from "../src/generated-sample.mjs";
import { GENERATED_SAMPLES } from "../src/portal-spec.mjs";

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const samplesDir = join(appDir, "samples");
const generatedDir = join(samplesDir, GENERATED_SAMPLES);

/** @type {import("@vivamo/spec-tools/generator-command").Generator} */
export const generator = {
  what: "the docs samples",
  async generate({ spec }) {
    /** @type {{ file: string, text: string | undefined }[]} */
    const files = [];
    const wanted = new Set();
    for (const operation of readOperations(spec)) {
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
    return files;
  },
};

if (isEntryPoint(import.meta.url)) await runGenerator(generator);

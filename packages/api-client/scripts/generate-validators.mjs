#!/usr/bin/env node
// Generates src/generated/validators.js (+ .d.ts): the response validators behind
// `createVivamoClient({ validateResponses: true })`, precompiled from the bundled spec with Ajv's
// standalone code so that no JSON Schema compiler ships or runs in the client.
//
//   node scripts/generate-validators.mjs            write the files
//   node scripts/generate-validators.mjs --check    fail if the committed files are not what the spec produces
//   --spec <file>                                   use another bundled spec (the drift-gate test does this)
//   --out <dir>                                     write (or check) in another directory (tests)
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundledSpecPath, readBundledSpec } from "@vivamo/spec/document";
import { writeOrCheck } from "@vivamo/spec/generated-file";
import { renderValidators } from "./render-validators.mjs";
import { responseSchemas } from "./response-schemas.mjs";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string", default: bundledSpecPath },
    out: { type: "string", default: join(packageRoot, "src/generated") },
  },
});

let rendered;
try {
  rendered = renderValidators(responseSchemas(readBundledSpec(resolve(values.spec))));
} catch (error) {
  console.error(`Cannot generate the response validators: ${error.message}`);
  process.exit(2);
}

const outDir = resolve(values.out);
process.exitCode = await writeOrCheck(
  [
    { file: join(outDir, "validators.js"), text: rendered.js },
    { file: join(outDir, "validators.d.ts"), text: rendered.dts },
  ],
  { check: values.check, what: "the response validators" },
);

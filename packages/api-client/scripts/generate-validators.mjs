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
import { isEntryPoint, runGenerator } from "@vivamo/spec-tools/generator-command";
import { renderValidators } from "./render-validators.mjs";
import { responseSchemas } from "./response-schemas.mjs";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** @type {import("@vivamo/spec-tools/generator-command").Generator} */
export const generator = {
  what: "the response validators",
  extraOptions: { out: { type: "string", default: join(packageRoot, "src/generated") } },
  generate({ spec, options }) {
    const rendered = renderValidators(responseSchemas(spec));
    const outDir = resolve(String(options.out));
    return [
      { file: join(outDir, "validators.js"), text: rendered.js },
      { file: join(outDir, "validators.d.ts"), text: rendered.dts },
    ];
  },
};

if (isEntryPoint(import.meta.url)) await runGenerator(generator);

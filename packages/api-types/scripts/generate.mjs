#!/usr/bin/env node
// Generates src/generated/openapi.ts from the bundled spec (spec/dist/openapi.json).
//
//   node scripts/generate.mjs            write the file
//   node scripts/generate.mjs --check    fail if the committed file is not what the spec produces
//   --spec <file>                        use another bundled spec (the drift-gate test does this)
//
// We read the *bundled* spec rather than the multi-file source: openapi-typescript embeds Redocly
// core 1.x, which must not see the CLI 2.x `redocly.yaml` with our strict rules.
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isEntryPoint, runGenerator } from "@vivamo/spec-tools/generator-command";
import { renderTypes } from "./render-types.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, "..");
const target = resolve(packageRoot, "src/generated/openapi.ts");

/** @type {import("@vivamo/spec-tools/generator-command").Generator} */
export const generator = {
  what: "the TypeScript types",
  async generate({ spec, specPath }) {
    return [{ file: target, text: await renderTypes(spec, pathToFileURL(specPath)) }];
  },
};

if (isEntryPoint(import.meta.url)) await runGenerator(generator);

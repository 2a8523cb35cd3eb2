#!/usr/bin/env node
// @ts-check
// Generates the client's SDK layer from the bundled spec (spec/dist/openapi.json):
//   - src/generated/resources.ts: a typed, documented method per operation (x-vivamo-sdk-method);
//   - the operation table of README.md, between its `generated:operations` markers.
//
//   node scripts/generate.mjs            write them
//   node scripts/generate.mjs --check    fail, with a diff, if the committed ones are stale
//   --spec <file>                        use another bundled spec
//
// Like @vivamo/api-types, this reads the *bundled* spec: `pnpm generate` bundles it first.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundledSpecPath, readBundledSpec } from "@vivamo/spec/document";
import { formatSource, writeOrCheck } from "@vivamo/spec/generated-file";
import { readOperations } from "@vivamo/spec/operations";
import { renderReadme } from "./render-readme.mjs";
import { planResources, renderResources } from "./render-resources.mjs";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const resourcesFile = resolve(packageRoot, "src/generated/resources.ts");
const readmeFile = resolve(packageRoot, "README.md");

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string" },
  },
});

const specPath = resolve(values.spec ?? bundledSpecPath);

try {
  const spec = readBundledSpec(specPath);
  const resources = planResources(readOperations(spec));
  const readme = await readFile(readmeFile, "utf8");
  const files = [
    {
      file: resourcesFile,
      text: await formatSource(renderResources(resources), resourcesFile),
    },
    {
      file: readmeFile,
      text: await formatSource(renderReadme(readme, resources), readmeFile),
    },
  ];
  process.exitCode = await writeOrCheck(files, {
    check: values.check,
    what: "the client's resource methods and README table",
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}

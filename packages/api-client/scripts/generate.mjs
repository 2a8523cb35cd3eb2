#!/usr/bin/env node
// @ts-check
// Generates the client's SDK layer from the bundled spec (spec/dist/openapi.json):
//   - src/generated/resources.ts: a typed, documented method per operation (x-vivamo-sdk-method);
//   - src/generated/resource-types.ts: a named type per resource (`CustomersResource`, ...);
//   - src/generated/operation-table.ts: each operation's method, body property, status and
//     paging, for the type tests (test/operation-types.ts) to derive its type from `paths`;
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
import { formatSource } from "@vivamo/spec-tools/generated-file";
import { isEntryPoint, runGenerator } from "@vivamo/spec-tools/generator-command";
import { readOperations } from "@vivamo/spec-model/operations";
import { renderReadme } from "./render-readme.mjs";
import {
  planResources,
  renderOperationTable,
  renderResources,
  renderResourceTypes,
} from "./render-resources.mjs";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const resourcesFile = resolve(packageRoot, "src/generated/resources.ts");
const resourceTypesFile = resolve(packageRoot, "src/generated/resource-types.ts");
const operationTableFile = resolve(packageRoot, "src/generated/operation-table.ts");
const readmeFile = resolve(packageRoot, "README.md");

/** @type {import("@vivamo/spec-tools/generator-command").Generator} */
export const generator = {
  what: "the client's resource methods and README table",
  async generate({ spec }) {
    const resources = planResources(readOperations(spec));
    const readme = await readFile(readmeFile, "utf8");
    return [
      {
        file: resourcesFile,
        text: await formatSource(renderResources(resources), resourcesFile),
      },
      {
        file: resourceTypesFile,
        text: await formatSource(renderResourceTypes(resources), resourceTypesFile),
      },
      {
        file: operationTableFile,
        text: await formatSource(renderOperationTable(resources), operationTableFile),
      },
      {
        file: readmeFile,
        text: await formatSource(renderReadme(readme, resources), readmeFile),
      },
    ];
  },
};

if (isEntryPoint(import.meta.url)) await runGenerator(generator);

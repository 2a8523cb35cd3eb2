#!/usr/bin/env node
// What one more operation costs in bytes: the numbers behind the size budget of .size-limit.mjs
// (a base plus an allowance per operation; see CONTRIBUTING.md, "Size budget"). A benchmark, not a
// test: it grows the bundled spec (every path copied under new resource names, components shared
// by `$ref`, as an API grows), generates the client's resource layer and response validators from
// it into a scratch copy of src/, bundles that as the package builds (tsdown.config.ts, ESM only,
// without declarations) and measures it as check-package does (size-limit, min+gzip).
//
//   node bench/size-per-operation.mjs [factor ...]    default: 1 2 4
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { readOperations } from "@vivamo/spec-model/operations";
import { bundledSpecPath } from "@vivamo/spec-tools/paths";
import { formatSource } from "@vivamo/spec-tools/generated-file";
import { planResources, renderResources } from "../scripts/render-resources.mjs";
import { renderValidators } from "../scripts/render-validators.mjs";
import { responseSchemas } from "../scripts/response-schemas.mjs";
import { build } from "tsdown";
import { checks } from "../.size-limit.mjs";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(packageRoot, "node_modules/.bin", name);
const manifest = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"));

/** The spec with `factor` copies of every path (copy 1 is the spec itself). */
export function grow(spec, factor) {
  const paths = { ...spec.paths };
  for (let copy = 2; copy <= factor; copy++) {
    for (const [path, item] of Object.entries(spec.paths)) {
      const grown = structuredClone(item);
      for (const operation of Object.values(grown)) {
        if (!operation?.operationId) continue;
        operation.operationId += `Grown${copy}`;
        const [resource, method] = operation["x-vivamo-sdk-method"].split(".");
        operation["x-vivamo-sdk-method"] = `${resource}Grown${copy}.${method}`;
      }
      paths[`/grown${copy}${path}`] = grown;
    }
  }
  return { ...spec, paths };
}

/** size-limit's results (bytes, min+gzip) for the package's checks, on the spec `spec`. */
async function measure(spec, scratch) {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  cpSync(join(packageRoot, "src"), join(scratch, "src"), { recursive: true });
  const generated = join(scratch, "src/generated");
  const resources = join(generated, "resources.ts");
  writeFileSync(
    resources,
    await formatSource(renderResources(planResources(readOperations(spec))), resources),
  );
  writeFileSync(join(generated, "validators.js"), renderValidators(responseSchemas(spec)).js);
  // size-limit loads its plugins from the package's dependencies; ESM, as the package ships. The
  // package's dependencies too: the build keeps them external (and fails on anything else it would
  // bundle from node_modules), as it does for the package.
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({
      type: "module",
      dependencies: manifest.dependencies,
      devDependencies: { "@size-limit/preset-small-lib": "*" },
    }),
  );
  await build({
    config: join(packageRoot, "tsdown.config.ts"),
    cwd: scratch,
    format: "esm",
    dts: false,
    logLevel: "error",
  });
  writeFileSync(join(scratch, ".size-limit.json"), JSON.stringify(checks()));
  const output = execFileSync(bin("size-limit"), ["--json"], { cwd: scratch, encoding: "utf8" });
  return JSON.parse(output.slice(output.indexOf("[")));
}

// Run as a script; `grow` is also imported (bench/drift-check.mjs).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

async function main() {
  const factors = process.argv.slice(2).map(Number);
  const spec = readBundledSpec(bundledSpecPath);
  // Inside this package (removed at the end), so that the scratch copy resolves openapi-fetch and
  // size-limit's plugins from its dependencies; not under node_modules, which size-limit's glob skips.
  const scratch = mkdtempSync(join(packageRoot, ".size-per-operation-"));
  try {
    const rows = [];
    for (const factor of factors.length ? factors : [1, 2, 4]) {
      const grown = grow(spec, factor);
      const operations = readOperations(grown).length;
      const results = await measure(grown, join(scratch, String(factor)));
      rows.push({ operations, sizes: results.map((result) => result.size) });
      console.log(`${operations} operations: ${results.map((r) => `${r.size} B`).join(", ")}`);
    }
    const [first, last] = [rows[0], rows.at(-1)];
    if (first && last && last.operations > first.operations) {
      const names = checks().map((check) => check.name);
      console.log(`\nPer operation, from ${first.operations} to ${last.operations} operations:`);
      names.forEach((name, i) => {
        const slope = (last.sizes[i] - first.sizes[i]) / (last.operations - first.operations);
        const base = first.sizes[i] - slope * first.operations;
        console.log(`  ${name}: ${slope.toFixed(1)} B per operation, base ${base.toFixed(0)} B`);
      });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

#!/usr/bin/env node
// @ts-check
// How fast the rule catalogue is (issue 15's budgets: the whole corpus in 20 s, a 750-operation
// spec against itself plus one change in 10 s), measured, not asserted in a test. Each case runs
// RUNS times in this process; wall and CPU time (user + system) are printed per run.
//   node tools/api-changes/scripts/bench.mjs
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { HTTP_METHODS } from "@vivamo/spec-model/operations";
import { compareSpecsSync } from "../src/compare.mjs";
import { findBaseline } from "../src/releases.mjs";
import { loadCorpus } from "../test/corpus.mjs";

const RUNS = 5;

/**
 * @param {string} name
 * @param {() => string} run returns a note on what it did
 */
function measure(name, run) {
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const note = run();
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    results.push({ wall, cpu: (used.user + used.system) / 1000, note });
  }
  const walls = results.map((r) => r.wall).sort((a, b) => a - b);
  console.log(`${name}: ${results[0].note}`);
  console.log(
    `  wall ms per run: ${results.map((r) => r.wall.toFixed(0)).join(", ")} (median ${walls[Math.floor(RUNS / 2)].toFixed(0)})`,
  );
  console.log(`  CPU ms per run:  ${results.map((r) => r.cpu.toFixed(0)).join(", ")}`);
}

console.log(`${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}\n`);

measure("the labelled corpus (load the fixtures, expand, compare every pair)", () => {
  const pairs = loadCorpus();
  let compared = 0;
  for (const pair of pairs) {
    try {
      compareSpecsSync(pair.base, pair.revision);
      compared++;
    } catch {
      // an invalid document, refused as it should be
    }
  }
  return `${pairs.length} pairs, ${compared} compared, ${pairs.length - compared} refused`;
});

// 750 operations: the released spec's paths copied under numbered prefixes until there are 750,
// every copy using the same components (as a big real API does).
const released = readBundledSpec(
  /** @type {{ file: string }} */ (findBaseline(new URL("../../..", import.meta.url).pathname))
    .file,
);
const big = structuredClone(released);
big.paths = {};
let operations = 0;
for (let copy = 0; operations < 750; copy++) {
  for (const [path, item] of Object.entries(released.paths)) {
    const methods = HTTP_METHODS.filter((method) => item[method]);
    if (operations + methods.length > 750) continue;
    const clone = structuredClone(item);
    for (const method of methods) {
      if (clone[method].operationId) clone[method].operationId += `V${copy}`;
    }
    big.paths[`/v${copy}${path}`] = clone;
    operations += methods.length;
  }
}
const oneChange = structuredClone(big);
// A shared component: the change shows on every operation that uses it.
oneChange.components.schemas.Customer.properties.createdAt.type = ["string", "null"];

measure("750 operations against themselves plus one change", () => {
  const { changes } = compareSpecsSync(big, oneChange);
  return `${operations} operations, ${changes.length} changes reported`;
});
measure("750 operations against an identical copy", () => {
  const { changes } = compareSpecsSync(big, structuredClone(big));
  return `${operations} operations, ${changes.length} changes reported`;
});

// The command itself, a process of its own: read both files (YAML and JSON), compare, print.
const dir = mkdtempSync(join(tmpdir(), "api-changes-bench-"));
try {
  const baseFile = join(dir, "base.yaml");
  const revisionFile = join(dir, "revision.json");
  writeFileSync(baseFile, stringify(big));
  writeFileSync(revisionFile, JSON.stringify(oneChange));
  const bin = fileURLToPath(new URL("../bin/api-changes.mjs", import.meta.url));
  const walls = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      [bin, "--base", baseFile, "--revision", revisionFile, "--json"],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    walls.push(performance.now() - started);
    if (child.status !== 0) throw new Error(`api-changes exited ${child.status}: ${child.stderr}`);
  }
  console.log(
    "api-changes --base <750 operations, YAML> --revision <plus one change, JSON> --json, a process each run",
  );
  console.log(`  wall ms per run: ${walls.map((w) => w.toFixed(0)).join(", ")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

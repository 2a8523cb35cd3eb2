#!/usr/bin/env node
// `pnpm bench:scale [factor ...]` (default: 1 10 50): how the toolchain's costs grow with the API,
// before the API does. For each factor, on a scratch copy of the repository, every path of the
// spec is copied (factor - 1) times under new resource names (`customersGrown2.get`, ...), its
// components shared by `$ref` as an API grows; then, each with its wall time, CPU time and peak
// memory (GNU time):
//   generate        `pnpm generate`, cold (no turbo cache)
//   build           the client and what it depends on (`turbo run build`, cold)
//   type-check      a strict consumer of the built client calling three grown resources
//   test task       the client's tests (its `test` script): unit, types and contract against Prism
//   dev save        `pnpm dev` (scripts/dev.mjs), warm: from a save (a description edited) to fresh
//                   generated files, over five saves (median, min-max), and the CPU of a pass
// and the client's bundle sizes (size-limit: the default import, the validation chunk). It prints
// one markdown table, each measure with its growth over the first factor. A benchmark, not a
// test: at 50× the test task alone takes minutes of CPU.
//
// `pnpm bench:scale --test-only 1 10`: only what the client's test task needs (generate, build)
// and the test task itself; the other columns are left empty.
import { execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { scratchCopy } from "../tools/test-kit/src/scratch-copy.mjs";
import { strictConsumerTsconfig } from "../tools/test-kit/src/consumer-tsconfig.mjs";
import { QUIET_TOOL_ENV } from "../tools/test-kit/src/quiet-env.mjs";

const run = promisify(execFile);
const env = { ...process.env, ...QUIET_TOOL_ENV, NO_COLOR: "1" };

/** Copies every path file of the copy's spec (factor - 1) times, and registers the copies. */
export async function growSpec(copy, factor) {
  const root = join(copy, "spec/openapi.yaml");
  const openapi = await readFile(root, "utf8");
  const entries = [...openapi.matchAll(/^ {2}(\/\S*):\n {4}\$ref: paths\/(\S+)\n/gm)];
  if (entries.length === 0) throw new Error("spec/openapi.yaml lists no paths to grow");
  let registered = "";
  for (let k = 2; k <= factor; k++) {
    for (const [, path, file] of entries) {
      const text = await readFile(join(copy, "spec/paths", file), "utf8");
      const grown = text
        .replace(/^(\s+operationId: )(\w+)$/gm, `$1$2Grown${k}`)
        .replace(/^(\s+x-vivamo-sdk-method: )(\w+)\./gm, `$1$2Grown${k}.`);
      await writeFile(join(copy, "spec/paths", `grown${k}@${file}`), grown);
      registered += `  /grown${k}${path}:\n    $ref: paths/grown${k}@${file}\n`;
    }
  }
  await writeFile(root, openapi.replace("\npaths:\n", `\npaths:\n${registered}`));
}

/** How many operations the copy's bundled spec has, as the one spec reader counts them. */
export async function countOperations(copy) {
  const reader = join(copy, "packages/spec-model/src/operations.mjs");
  const { readOperations } = await import(pathToFileURL(reader).href);
  const spec = JSON.parse(await readFile(join(copy, "spec/dist/openapi.json"), "utf8"));
  return readOperations(spec).length;
}

/** Runs a command under GNU time: wall seconds, CPU seconds, peak memory (MB). */
async function measure(command, args, cwd) {
  const format = "BENCH %e %U %S %M";
  const result = await run("/usr/bin/time", ["-f", format, command, ...args], {
    cwd,
    env,
    maxBuffer: 256 << 20,
  }).catch((error) => error);
  const stderr = `${result.stderr ?? ""}`;
  const line = stderr.split("\n").find((l) => l.startsWith("BENCH "));
  if (result instanceof Error || !line) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout ?? ""}${stderr}`);
  }
  const [wall, user, system, kb] = line.split(" ").slice(1).map(Number);
  return { wall, cpu: user + system, memory: kb / 1024 };
}

/** A strict consumer (what `tsc --init` turns on) of the built client, calling grown resources. */
export async function consumer(copy, factor) {
  const dir = join(copy, "apps/list-customers/scale-consumer");
  await mkdir(dir, { recursive: true });
  const suffix = factor > 1 ? `Grown${factor}` : "";
  await writeFile(
    join(dir, "consumer.mts"),
    `import { createVivamoClient } from "@vivamo/api-client";
const vivamo = createVivamoClient({ apiKey: "sk_test_scale" });
export const customer = await vivamo.customers${suffix}.get("demo-user");
export const status = await vivamo.paymentIntents${suffix}.status("pi_1");
for await (const each of vivamo.customers${suffix}.listAll({ size: 50 })) console.log(each.createdAt);
`,
  );
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify(strictConsumerTsconfig(["consumer.mts"])),
  );
  return measure(
    process.execPath,
    [join(copy, "node_modules/typescript7/bin/tsc"), "-p", dir],
    dir,
  );
}

/** Seconds of CPU a process and its finished children used (Linux: /proc/<pid>/stat, in ticks). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return (utime + stime + cutime + cstime) / 100; // USER_HZ: 100 on Linux
}

/**
 * `pnpm dev` on the copy: after its first pass, five saves of a description (each waited for:
 * the pass is over and the types carry the edit); the wall time from the save to that, and the CPU
 * time of the pass (300 ms of it is the settle time of the save, included).
 */
async function devSaves(copy, saves = 5) {
  const dev = spawn(process.execPath, ["scripts/dev.mjs"], {
    cwd: copy,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  dev.stdout.on("data", (chunk) => (output += chunk));
  dev.stderr.on("data", (chunk) => (output += chunk));
  const passes = () => output.match(/\[dev\] (regenerated in|\w+ failed after)/g)?.length ?? 0;
  const until = async (condition) => {
    while (!condition()) {
      if (dev.exitCode !== null) throw new Error(`pnpm dev exited:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const schema = join(copy, "spec/components/schemas/CustomerData.yaml");
  const types = join(copy, "packages/api-types/src/generated/openapi.ts");
  const original = await readFile(schema, "utf8");
  const walls = [];
  const cpus = [];
  try {
    await until(() => passes() === 1);
    for (let i = 1; i <= saves; i++) {
      const text = `City or town (save ${i}).`;
      const before = passes();
      const cpu = cpuSeconds(dev.pid);
      const saved = performance.now();
      await writeFile(schema, original.replace("City or town.", text));
      await until(() => passes() > before);
      walls.push((performance.now() - saved) / 1000);
      cpus.push(cpuSeconds(dev.pid) - cpu);
      if (!(await readFile(types, "utf8")).includes(text)) {
        throw new Error(`pnpm dev's pass did not regenerate the types:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    dev.kill("SIGINT");
    await writeFile(schema, original);
  }
  const spread = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
  };
  return { wall: spread(walls), cpu: spread(cpus) };
}

/** size-limit's sizes of the default import and the validation chunk, in bytes. */
async function sizes(copy) {
  const client = join(copy, "packages/api-client");
  const result = await run(join(client, "node_modules/.bin/size-limit"), ["--json"], {
    cwd: client,
    env,
  }).catch((error) => error); // a budget exceeded still reports the sizes
  const output = `${result.stdout ?? ""}`;
  const checks = JSON.parse(output.slice(output.indexOf("[")));
  const size = (path) => checks.find((check) => check.name.includes(path))?.size;
  return { defaultImport: size("createVivamoClient"), validation: size("validation chunk") };
}

async function benchmark(factor, { testOnly = false } = {}) {
  const copy = await scratchCopy(`vivamo-scale-${factor}x-`);
  try {
    await growSpec(copy, factor);
    const generate = await measure("pnpm", ["exec", "turbo", "run", "generate", "--force"], copy);
    const operations = await countOperations(copy);
    const build = await measure(
      "pnpm",
      ["exec", "turbo", "run", "build", "--filter=@vivamo/api-client", "--force"],
      copy,
    );
    // The client's test task as turbo runs it (its script), without re-running its dependencies.
    const client = join(copy, "packages/api-client");
    const testTask = () => measure(process.execPath, ["test/run-projects.mjs"], client);
    if (testOnly) return { factor, operations, generate, build, test: await testTask() };
    const typecheck = await consumer(copy, factor);
    const test = await testTask();
    const dev = await devSaves(copy);
    return { factor, operations, generate, build, typecheck, test, dev, ...(await sizes(copy)) };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

// Run as a command (not when another script imports growSpec, countOperations or consumer).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

async function main() {
  const args = process.argv.slice(2);
  const testOnly = args.includes("--test-only");
  const factors = args.filter((arg) => arg !== "--test-only").map(Number);
  const rows = [];
  for (const factor of factors.length ? factors : [1, 10, 50]) {
    console.error(`[bench:scale] ${factor}×: growing and measuring a scratch copy...`);
    rows.push(await benchmark(factor, { testOnly }));
  }

  const [first] = rows;
  const growth = (value, base) => (base ? ` (${(value / base).toFixed(1)}×)` : "");
  const task = (row, name) => {
    if (!row[name]) return "-";
    const { wall, cpu, memory } = row[name];
    const base = first[name];
    return `${wall.toFixed(1)} s${growth(wall, base.wall)}, CPU ${cpu.toFixed(1)} s${growth(cpu, base.cpu)}, ${memory.toFixed(0)} MB`;
  };
  const devSave = ({ dev }) => {
    if (!dev) return "-";
    const { wall, cpu } = dev;
    return `${wall.median.toFixed(2)} s${growth(wall.median, first.dev.wall.median)} (${wall.min.toFixed(2)}-${wall.max.toFixed(2)}), CPU ${cpu.median.toFixed(2)} s`;
  };
  const bytes = (row, name) =>
    row[name] === undefined
      ? "-"
      : `${(row[name] / 1000).toFixed(2)} kB${growth(row[name], first[name])}`;
  console.log(
    [
      "| factor | operations | generate | build | consumer type-check | client test task | dev save → fresh | default import | validation chunk |",
      "| ---: | ---: | --- | --- | --- | --- | --- | ---: | ---: |",
      ...rows.map(
        (row) =>
          `| ${row.factor}× | ${row.operations} | ${task(row, "generate")} | ${task(row, "build")} | ${task(row, "typecheck")} | ${task(row, "test")} | ${devSave(row)} | ${bytes(row, "defaultImport")} | ${bytes(row, "validation")} |`,
      ),
    ].join("\n"),
  );
}

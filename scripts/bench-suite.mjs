#!/usr/bin/env node
// @ts-check
// `pnpm bench:suite`: what a cold `npm test` costs, task by task. A benchmark, not a test.
//
//   pnpm bench:suite [--ref HEAD] [--keep]
//
// It clones <ref> into a temporary folder (a fresh checkout: no turbo cache, nothing built),
// installs it from pnpm's store, and runs the README's test command there with every package
// script timed: pnpm runs each script through a small bash shell (pnpm's `script-shell` setting,
// written to the clone's .npmrc) that appends the script's own CPU seconds and those of every
// process it waited for (bash's `times`) to a log. It prints the CPU seconds of each workspace and
// task, the whole run's wall time and CPU seconds, and the machine. CPU seconds, unlike wall time,
// hardly move when the machine is busy: compare them across runs.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { ref: { type: "string", default: "HEAD" }, keep: { type: "boolean", default: false } },
});
const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const work = mkdtempSync(join(tmpdir(), "vivamo-bench-suite-"));
const clone = join(work, "repo");
const log = join(work, "cpu.log");

console.log(`Cloning ${values.ref} into ${clone}...`);
execFileSync("git", ["clone", "--quiet", "--no-hardlinks", root, clone]);
execFileSync("git", ["checkout", "--quiet", values.ref ?? "HEAD"], { cwd: clone });

// The timing shell. `times` prints two lines: the shell's own user and system time, then its
// children's; the script ran as a child. (Into a file: in a pipe or `$(...)`, `times` would run in
// a subshell, which has no children.)
const shell = join(work, "timed-shell");
writeFileSync(
  shell,
  `#!/bin/bash
/bin/sh "$@"
status=$?
times > "${log}.$$"
echo "\${npm_package_name:-?}|\${npm_lifecycle_event:-?}|$(tail -n 1 "${log}.$$")" >> "${log}"
rm -f "${log}.$$"
exit $status
`,
);
chmodSync(shell, 0o755);
writeFileSync(join(clone, ".npmrc"), `script-shell=${shell}\n`);

const pnpm = (/** @type {string[]} */ args) =>
  spawnSync("pnpm", args, { cwd: clone, stdio: "inherit" });
if (pnpm(["install", "--frozen-lockfile", "--prefer-offline"]).status !== 0) {
  throw new Error("pnpm install failed in the clone");
}
writeFileSync(log, ""); // the install's own scripts are not the suite's cost

const started = performance.now();
const output = join(work, "npm-test.log");
const run = spawnSync(
  "bash",
  ["-c", `node scripts/run.mjs test > ${JSON.stringify(output)} 2>&1`],
  {
    cwd: clone,
    stdio: "inherit",
    env: { ...process.env, CI: "true" },
  },
);
if (run.status !== 0) {
  // What failed, from turbo's own lines and the test summary.
  const lines = readFileSync(output, "utf8").split("\n");
  console.log(
    lines
      .filter((line) => /ERROR|FAIL|Failed|×/.test(line))
      .slice(0, 40)
      .join("\n"),
  );
  console.log(lines.slice(-20).join("\n"));
}
const wall = (performance.now() - started) / 1000;
// The children's CPU, from the kernel's account of every process this one waited for.
const childrenCpu = readChildrenCpu();

/** @type {Map<string, Map<string, number>>} workspace -> task -> CPU seconds */
const table = new Map();
for (const line of readFileSync(log, "utf8").split("\n").filter(Boolean)) {
  const [name = "?", task = "?", times = ""] = line.split("|");
  const [user = 0, system = 0] = [...times.matchAll(/(\d+)m([\d.]+)s/g)].map(
    (m) => Number(m[1]) * 60 + Number(m[2]),
  );
  const tasks = table.get(name) ?? new Map();
  tasks.set(task, (tasks.get(task) ?? 0) + user + system);
  table.set(name, tasks);
}

const rows = [...table].map(([name, tasks]) => ({
  name,
  total: [...tasks.values()].reduce((sum, seconds) => sum + seconds, 0),
  tasks: [...tasks].sort((a, b) => b[1] - a[1]),
}));
rows.sort((a, b) => b.total - a.total);
console.log(`\nCPU seconds by workspace and task (cold \`npm test\` of ${values.ref}):`);
for (const { name, total, tasks } of rows) {
  const detail = tasks.map(([task, seconds]) => `${task} ${seconds.toFixed(1)}`).join(", ");
  console.log(`  ${name.padEnd(32)} ${total.toFixed(1).padStart(7)}   ${detail}`);
}
const scripts = rows.reduce((sum, { total }) => sum + total, 0);
console.log(`  ${"(all package scripts)".padEnd(32)} ${scripts.toFixed(1).padStart(7)}`);
console.log(
  `\nnpm test: exit ${run.status}, ${wall.toFixed(1)} s wall, ${childrenCpu.toFixed(1)} CPU-s in all` +
    ` (turbo, pnpm and the summary included).`,
);
console.log(
  `Machine: ${cpus()[0]?.model ?? "?"}, ${cpus().length} cores, Node ${process.version}, ` +
    `load ${loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")} at the end.`,
);
if (values.keep) console.log(`Kept ${work}.`);
else rmSync(work, { recursive: true, force: true });
process.exit(run.status === 0 ? 0 : 1);

/** User + system seconds of the children this process has waited for (Linux: /proc/self/stat). */
function readChildrenCpu() {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
  // Fields 16 and 17 of stat(5) (cutime, cstime), counted from the state field (3).
  const ticks = Number(fields[13]) + Number(fields[14]);
  const hertz = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));
  return ticks / hertz;
}

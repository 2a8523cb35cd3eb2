#!/usr/bin/env node
// `pnpm dev`: regenerate the types from the spec once per save, until Ctrl-C.
//
// It watches spec/ (minus its build output) and redocly.yaml, waits for a burst of file events to
// settle (an editor's save is several events), then runs `turbo run generate` once (lint, bundle,
// regenerate). A save during a run queues exactly one more run. Ctrl-C stops the running task and
// exits 0, so pnpm has no failure to report. (The package script is `exec node scripts/dev.mjs`:
// without `exec`, the shell between pnpm and node dies of the Ctrl-C itself, and pnpm reports
// ELIFECYCLE even though we exited 0.)
//
// Why not `turbo watch generate`: it also sees the files generate writes and the bundle's output,
// and ran the task twice per save; and it exits non-zero on Ctrl-C (pnpm's ELIFECYCLE).
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { QUIET_TOOL_ENV } from "../tools/test-kit/src/quiet-env.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const turbo = join(
  root,
  "node_modules",
  ".bin",
  process.platform === "win32" ? "turbo.cmd" : "turbo",
);
const SETTLE_MS = 300;
const IGNORED = ["dist", "node_modules", "test-results", ".turbo"];

Object.assign(process.env, QUIET_TOOL_ENV);

/** @type {import("node:child_process").ChildProcess | undefined} */
let running;
let queued = false;
let stopping = false;
/** @type {NodeJS.Timeout | undefined} */
let settle;
let runs = 0;

function generate() {
  if (stopping) return;
  if (running) {
    queued = true;
    return;
  }
  runs++;
  const started = performance.now();
  console.log(`\n[dev] regenerating (run ${runs})...`);
  running = spawn(turbo, ["run", "generate", "--output-logs=new-only"], {
    cwd: root,
    stdio: "inherit",
  });
  running.once("exit", (code) => {
    running = undefined;
    if (stopping) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      code === 0
        ? `[dev] regenerated in ${seconds} s; watching spec/ (Ctrl-C to stop)`
        : `[dev] generate failed (exit ${code}) after ${seconds} s; fix the spec and save again`,
    );
    if (queued) {
      queued = false;
      generate();
    }
  });
}

/** @param {string | null} file */
function changed(file) {
  if (file && file.split(sep).some((part) => IGNORED.includes(part))) return;
  clearTimeout(settle);
  settle = setTimeout(generate, SETTLE_MS);
}

const watchers = [
  watch(join(root, "spec"), { recursive: true }, (_event, file) => changed(file)),
  watch(join(root, "redocly.yaml"), () => changed(null)),
];

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    clearTimeout(settle);
    for (const watcher of watchers) watcher.close();
    console.log(`\n[dev] stopped after ${runs} run(s).`);
    if (!running) process.exit(0);
    running.kill("SIGTERM");
    running.once("exit", () => process.exit(0));
  });
}

generate();

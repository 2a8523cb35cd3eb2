#!/usr/bin/env node
// `pnpm dev`: regenerate what `pnpm generate` does once per save, until Ctrl-C.
//
// It watches spec/ (minus its build output) and redocly.yaml, waits for a burst of file events to
// settle (an editor's save is several events), then runs the pipeline once: lint, bundle,
// regenerate, warm in this process (tools/spec-tools/src/dev-pipeline.mjs). A save during a run
// queues exactly one more run. A save that breaks lint prints the problems and keeps watching.
// Ctrl-C lets a running pass finish its writes (a second one does not wait), then exits 0, so pnpm
// has no failure to report.
// (The package script is `exec node scripts/dev.mjs`: without `exec`, the shell between pnpm and
// node dies of the Ctrl-C itself, and pnpm reports ELIFECYCLE even though we exited 0.)
//
//   node scripts/dev.mjs           watch
//   node scripts/dev.mjs --once    one pass, then exit: 0 when it regenerated, 1 when it could not
//
// Why not `turbo watch generate`: it also sees the files generate writes and the bundle's output,
// and ran the task twice per save; and it exits non-zero on Ctrl-C (pnpm's ELIFECYCLE).
import { watch } from "node:fs";
import { join, sep } from "node:path";
import { parseArgs } from "node:util";
import { createDevPipeline, repoRoot } from "../tools/spec-tools/src/dev-pipeline.mjs";
import { QUIET_TOOL_ENV } from "../tools/test-kit/src/quiet-env.mjs";

const SETTLE_MS = 300;
const IGNORED = ["dist", "node_modules", "test-results", ".turbo"];

Object.assign(process.env, QUIET_TOOL_ENV);
const { values } = parseArgs({ options: { once: { type: "boolean", default: false } } });
const pipeline = createDevPipeline();

/** @type {Promise<void> | undefined} */
let running;
let queued = false;
let stopping = false;
/** @type {NodeJS.Timeout | undefined} */
let settle;
let runs = 0;

/** One pass of the pipeline; resolves to whether it regenerated. */
async function pass() {
  runs++;
  const started = performance.now();
  console.log(`\n[dev] regenerating (run ${runs})...`);
  const result = await pipeline.run().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return { ok: false, stage: "error", timings: {} };
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const steps = Object.entries(result.timings ?? {})
    .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(2)} s`)
    .join(", ");
  const then = values.once || stopping ? "" : "; watching spec/ (Ctrl-C to stop)";
  console.log(
    result.ok
      ? `[dev] regenerated in ${seconds} s (${steps})${then}`
      : `[dev] ${result.stage} failed after ${seconds} s; fix the spec and save again`,
  );
  return result.ok;
}

function generate() {
  if (stopping) return;
  if (running) {
    queued = true;
    return;
  }
  running = pass().then(() => {
    running = undefined;
    if (queued && !stopping) {
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

if (values.once) {
  process.exit((await pass()) ? 0 : 1);
}

const watchers = [
  watch(join(repoRoot, "spec"), { recursive: true }, (_event, file) => changed(file)),
  watch(join(repoRoot, "redocly.yaml"), () => changed(null)),
];

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) process.exit(0); // a second Ctrl-C does not wait
    stopping = true;
    clearTimeout(settle);
    for (const watcher of watchers) watcher.close();
    console.log(`\n[dev] stopped after ${runs} run(s).`);
    // A pass in flight finishes writing its files first (well under a second after a save).
    void (running ?? Promise.resolve()).finally(() => process.exit(0));
  });
}

generate();

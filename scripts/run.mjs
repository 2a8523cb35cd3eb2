#!/usr/bin/env node
// Entry point for the README's two commands, on a machine that has only Node >= 20.19 and npm:
//
//   npm start   build everything from the spec, then serve the docs portal and the mock API
//   npm test    the whole test suite: lint, drift gate, typecheck, package checks, release gate,
//               tests
//
// It installs the pinned pnpm when missing, installs dependencies from the lockfile, then hands
// over to turbo. The same script backs `pnpm start` / `pnpm test` for the team.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// Only Node's own modules (and files that import nothing else) until the dependencies are
// installed below: on a fresh machine there is no node_modules yet.
import { QUIET_TOOL_ENV } from "../tools/test-kit/src/quiet-env.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmVersion = packageManager.replace(/^pnpm@/, "");

// Telemetry and update notices off everywhere, for every child process.
Object.assign(process.env, QUIET_TOOL_ENV);

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`Node ${process.versions.node} is too old: this repository needs Node >= 20.19.`);
}

const command = process.argv[2];
const tasks = {
  // Regenerate from the spec first (types are committed, so this is a no-op when they are fresh),
  // then build every package and the portal, then serve.
  start: [
    ["turbo", "run", "generate"],
    ["turbo", "run", "build"],
    ["node", "scripts/serve.mjs"],
  ],
  // No regeneration here: the drift gate must see the committed types as they are.
  test: [
    [
      "turbo",
      "run",
      "lint",
      "lint:code",
      "lint:scripts",
      "check-generated",
      "typecheck",
      "check-package",
      "check-release",
      "test",
      // oxfmt over the whole repository, as a root task so that it runs alongside the others
      // instead of after them.
      "format:check",
      "--continue",
      "--output-logs=new-only",
    ],
    ["node", "tools/test-kit/src/test-summary.mjs"],
  ],
};
if (!tasks[command]) fail(`usage: node scripts/run.mjs <${Object.keys(tasks).join("|")}>`);

const pnpm = findPnpm();
run(pnpm, ["install", "--frozen-lockfile", "--prefer-offline"]);
// A report left over from an earlier run must never count for tests that did not run this time:
// the summary needs a fresh report (or turbo's cached replay of one) from every workspace.
if (command === "test") {
  const { clearReports } = await import("../tools/test-kit/src/test-reports.mjs");
  clearReports(root);
}
let failed = false;
for (const [bin, ...args] of tasks[command]) {
  const status =
    bin === "node"
      ? await runForwardingSignals(process.execPath, args)
      : run(pnpm, ["exec", bin, ...args], false);
  if (status !== 0) failed = true;
  if (failed && command === "start") process.exit(status);
}
process.exit(failed ? 1 : 0);

/**
 * Runs a long-lived step (the servers) so that Ctrl-C or a SIGTERM sent to this process alone
 * reaches it too, and it can stop its own children (Prism) before we exit.
 */
function runForwardingSignals(exe, args) {
  return new Promise((resolve) => {
    const child = spawn(exe, args, { cwd: root, stdio: "inherit" });
    const forward = (signal) => child.kill(signal);
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
    for (const signal of signals) process.on(signal, forward);
    // `kill <npm pid>` stops npm and its shell without telling us: once we are orphaned (our
    // parent is gone), stop the servers too rather than leave them running.
    const parent = process.ppid;
    const orphanCheck = setInterval(() => process.ppid !== parent && forward("SIGTERM"), 1000);
    child.on("exit", (code, signal) => {
      clearInterval(orphanCheck);
      for (const s of signals) process.off(s, forward);
      resolve(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1));
    });
  });
}

/** The pinned pnpm: one already on PATH, else installed globally with npm, else via npx. */
function findPnpm() {
  const onPath = spawnSync("pnpm", ["--version"], {
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (onPath.status === 0 && onPath.stdout.trim() === pnpmVersion) return ["pnpm"];
  console.log(`Installing pnpm ${pnpmVersion} with npm...`);
  const global = spawnSync("npm", ["install", "--global", `pnpm@${pnpmVersion}`], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (global.status === 0) return ["pnpm"];
  // No permission for a global install: run it through npx instead.
  return ["npx", "--yes", `pnpm@${pnpmVersion}`];
}

function run(bin, args, exitOnFailure = true) {
  const [exe, ...pre] = Array.isArray(bin) ? bin : [bin];
  const result = spawnSync(exe, [...pre, ...args], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  const status = result.status ?? 1;
  if (status !== 0 && exitOnFailure) {
    fail(`\`${[exe, ...pre, ...args].join(" ")}\` failed (exit ${status}).`);
  }
  return status;
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

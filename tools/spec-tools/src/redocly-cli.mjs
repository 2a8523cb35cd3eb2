#!/usr/bin/env node
// @ts-check
// The one place that knows where the Redocly CLI is and how to run it quietly.
//
// As a command (`vivamo-redocly lint ...`, the spec's `lint` and `bundle` scripts) it runs the CLI
// with everything it prints, minus its Node.js end-of-life banner. As a module it gives the CLI's
// path and environment to the code that runs it itself (scratch specs, the portal build).
//
// Redocly CLI 2.x prints a boxed "Node.js 20 support is ending" notice on every command under
// Node 20, with no option or variable to turn it off. Our tooling supports Node >= 20.19 on
// purpose (see the root README), so the notice is noise: six boxes per `npm start`. Its update
// notice and telemetry are turned off through their documented variables.
import { spawn } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { QUIET_TOOL_ENV } from "@vivamo/test-kit/quiet-env";

/** The Redocly CLI's package.json: where the CLI is, and which version. */
export const redoclyManifestPath = createRequire(import.meta.url).resolve(
  "@redocly/cli/package.json",
);
const manifest = redoclyManifestPath;

/** The Redocly CLI's entry script, to run with `process.execPath`. */
export const redoclyCliPath = join(
  dirname(manifest),
  JSON.parse(readFileSync(manifest, "utf8")).bin.redocly,
);

/** The environment every Redocly run gets: no telemetry, no update notice. */
export const redoclyEnv = { ...process.env, ...QUIET_TOOL_ENV };

/**
 * Drops each box (╔ … ╝ and the blank line around it) that announces the end of a Node.js line.
 * @param {string} text
 */
export function withoutNodeBanner(text) {
  return text.replace(
    /\n*[ \t]*╔[^╝]*?Node\.js[^╝]*?(support is ending|end-of-life)[^╝]*╝[^\n]*\n*/g,
    "\n",
  );
}

/** Runs the CLI with `args`, passing its output through without the banner. */
function runCommand(/** @type {string[]} */ args) {
  const child = spawn(process.execPath, [redoclyCliPath, ...args], {
    stdio: ["inherit", "inherit", "pipe"],
    env: redoclyEnv,
  });
  let pending = "";
  const flush = () => {
    process.stderr.write(withoutNodeBanner(pending));
    pending = "";
  };
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    pending += chunk;
    // Hold back an unfinished box until it is complete, pass everything else through at once.
    const open = pending.lastIndexOf("╔");
    if (open === -1 || pending.indexOf("╝", open) !== -1) flush();
  });
  child.stderr.on("end", flush);
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => {
    flush();
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCommand(process.argv.slice(2));
}

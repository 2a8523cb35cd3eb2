#!/usr/bin/env node
// Runs the Redocly CLI of the calling workspace (`node ../scripts/redocly.mjs lint ...` in a package
// script) with everything it prints, minus its Node.js end-of-life banner.
//
// Redocly CLI 2.x prints a boxed "Node.js 20 support is ending" notice on every command under
// Node 20, with no option or variable to turn it off. Our tooling supports Node >= 20.19 on
// purpose (see the root README), so the notice is noise: six boxes per `npm start`. Its update
// notice and telemetry are turned off through their documented variables.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(join(process.cwd(), "package.json"));
const manifest = require.resolve("@redocly/cli/package.json");
const cli = join(dirname(manifest), JSON.parse(readFileSync(manifest, "utf8")).bin.redocly);

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: ["inherit", "inherit", "pipe"],
  env: {
    ...process.env,
    REDOCLY_TELEMETRY: "off",
    REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
    DO_NOT_TRACK: "1",
  },
});

let pending = "";
child.stderr.setEncoding("utf8");
child.stderr.on("data", (chunk) => {
  pending += chunk;
  // Hold back an unfinished box until it is complete, pass everything else through at once.
  const open = pending.lastIndexOf("╔");
  const complete = open === -1 || pending.indexOf("╝", open) !== -1;
  if (complete) flush();
});
child.stderr.on("end", flush);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => {
  flush();
  process.exitCode = code ?? (signal ? 1 : 0);
});

function flush() {
  process.stderr.write(withoutNodeBanner(pending));
  pending = "";
}

/**
 * Drops each box (╔ … ╝ and the blank line around it) that announces the end of a Node.js line.
 * @param {string} text
 */
function withoutNodeBanner(text) {
  return text.replace(
    /\n*[ \t]*╔[^╝]*?Node\.js[^╝]*?(support is ending|end-of-life)[^╝]*╝[^\n]*\n*/g,
    "\n",
  );
}

// The two commands, as functions of their arguments: bin/api-changes.mjs and bin/check-release.mjs
// run them on `process.argv` and exit with the code they return; the tests also call them in
// process on scratch repositories. Each prints through `io` (default: the console): `out` is
// stdout, `err` is stderr.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { addToChangelog, DRAFT_CHANGESET, renderChangeset, renderDocsPage } from "./changelog.mjs";
import { classifyChanges } from "./classify.mjs";
import { formatReport } from "./format.mjs";
import { judge, plannedBumps, requiredBump } from "./gate.mjs";
import { analyze, UsageError } from "./index.mjs";
import { currentVersion, findBaseline, repoPaths, writeRelease } from "./releases.mjs";

/** @typedef {{ out: (text: string) => void, err: (text: string) => void }} Io */

/** @type {Io} */
const CONSOLE = { out: (text) => console.log(text), err: (text) => console.error(text) };

/**
 * pnpm api-changes [--json] [--changeset] [release] [--root <dir>] [--spec <file>]
 * @param {string[]} args
 * @param {Io} [io]
 * @returns {Promise<number>} the exit code
 */
export async function apiChanges(args, io = CONSOLE) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        changeset: { type: "boolean", default: false },
        root: { type: "string" },
        spec: { type: "string" },
      },
    });
    if (positionals[0] === "release") await release(values, io);
    else if (positionals.length) throw new UsageError(`Unknown command: ${positionals.join(" ")}`);
    else await report(values, io);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`api-changes: ${error.message}`);
    return 2;
  }
}

/**
 * pnpm check-release [--root <dir>] [--spec <file>]: 0 when the pending changesets bump enough, 1
 * when not (naming each change that needs more), 2 on a usage error.
 * @param {string[]} args
 * @param {Io} [io]
 * @returns {Promise<number>} the exit code
 */
export async function checkRelease(args, io = CONSOLE) {
  try {
    const { values } = parseArgs({
      args,
      options: { root: { type: "string" }, spec: { type: "string" } },
    });
    const result = await analyze({ root: values.root, spec: values.spec });
    const planned = await plannedBumps(repoPaths(values.root).root);
    const verdict = judge(result, planned, result.version, result.baseline.version);
    (verdict.ok ? io.out : io.err)(verdict.message);
    return verdict.ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`check-release: ${error.message}`);
    return 2;
  }
}

/**
 * @param {{ json?: boolean, changeset?: boolean, root?: string, spec?: string }} values
 * @param {Io} io
 */
async function report(values, io) {
  const result = await analyze({ root: values.root, spec: values.spec });
  // With --json, stdout is the JSON alone: everything else goes to stderr.
  const say = values.json ? io.err : io.out;
  if (values.json) {
    io.out(JSON.stringify({ bump: result.bump, changes: result.changes }, null, 2));
  } else {
    io.out(formatReport(result, result.baseline.version));
  }
  if (!values.changeset) return;
  if (result.changes.length === 0) {
    say("Nothing to draft: no changeset is needed.");
    return;
  }
  // The bump the gate requires at this version (a breaking change at 0.x is a minor bump).
  const bump = requiredBump(result.changes, result.version);
  const file = join(repoPaths(values.root).root, ".changeset", DRAFT_CHANGESET);
  writeFileSync(file, renderChangeset(bump, result.changes, result.baseline.version));
  say(`Wrote ${file} (${bump}): review its text, then commit it with your change.`);
}

/**
 * Runs after `changeset version`, which has written the new version into package.json.
 * @param {{ root?: string, spec?: string }} values
 * @param {Io} io
 */
async function release(values, io) {
  const paths = repoPaths(values.root);
  const specFile = values.spec ?? paths.spec;
  const version = currentVersion(paths.root);
  if (findBaseline(paths.root, version)?.version === version) {
    io.out(`spec/releases/${version} exists already: nothing to snapshot.`);
    return;
  }
  const previous = findBaseline(paths.root, version, { before: true });
  const { bump, changes } = previous
    ? await classifyChanges(readBundledSpec(previous.file), readBundledSpec(specFile))
    : { bump: "none", changes: [] };
  writeRelease(paths.root, version, { specFile, previous: previous?.version, bump, changes });
  io.out(`Snapshot of the bundled spec kept as spec/releases/${version}/.`);
  if (previous) {
    for (const file of paths.changelogs) {
      if (addToChangelog(file, version, changes, previous.version)) io.out(`Updated ${file}`);
    }
  }
  mkdirSync(dirname(paths.docsPage), { recursive: true });
  writeFileSync(paths.docsPage, renderDocsPage(paths.root));
  io.out(`Wrote ${paths.docsPage}`);
}

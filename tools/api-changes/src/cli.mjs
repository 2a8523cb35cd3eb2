// The two commands, as functions of their arguments: bin/api-changes.mjs and bin/check-release.mjs
// run them on `process.argv` and exit with the code they return; the tests also call them in
// process on scratch repositories. Each prints through `io` (default: the console): `out` is
// stdout, `err` is stderr.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { addToChangelog, DRAFT_CHANGESET, renderChangeset, renderDocsPage } from "./changelog.mjs";
import { classifyChanges } from "./classify.mjs";
import { compareSpecs } from "./compare.mjs";
import { formatReport, markdownTable } from "./format.mjs";
import { judge, plannedBumps, requiredBump } from "./gate.mjs";
import { analyze, UsageError } from "./index.mjs";
import { currentVersion, findBaseline, repoPaths, writeRelease } from "./releases.mjs";
import { InvalidSpecError } from "./validate.mjs";

/** @typedef {{ out: (text: string) => void, err: (text: string) => void }} Io */

/** @type {Io} */
const CONSOLE = { out: (text) => console.log(text), err: (text) => console.error(text) };

/**
 * pnpm api-changes [--json | --markdown] [--changeset] [--fail-on breaking] [release]
 *                  [--base <file|version>] [--revision <file>] [--root <dir>] [--spec <file>]
 * Exit code: 0, or 1 when `--fail-on breaking` is given and a change is breaking, 2 on an error
 * (a usage mistake, a file that cannot be read, a document that is not valid OpenAPI).
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
        markdown: { type: "boolean", default: false },
        changeset: { type: "boolean", default: false },
        "fail-on": { type: "string" },
        base: { type: "string" },
        revision: { type: "string" },
        root: { type: "string" },
        spec: { type: "string" },
      },
    });
    if (values["fail-on"] !== undefined && values["fail-on"] !== "breaking") {
      throw new UsageError(`--fail-on takes one value, breaking (got ${values["fail-on"]})`);
    }
    if (values.json && values.markdown) throw new UsageError("Give --json or --markdown, not both");
    let result;
    if (positionals[0] === "release") {
      await release(values, io);
    } else if (positionals.length) {
      throw new UsageError(`Unknown command: ${positionals.join(" ")}`);
    } else if (values.base !== undefined || values.revision !== undefined) {
      result = await compareFiles(values, io);
    } else {
      result = await report(values, io);
    }
    const breaking = result?.changes.some((change) => change.level === "breaking");
    return values["fail-on"] === "breaking" && breaking ? 1 : 0;
  } catch (error) {
    // Exit code 1 means "breaking": anything that goes wrong is 2, a bug of this tool included.
    if (!(error instanceof UsageError || error instanceof InvalidSpecError)) {
      // Anything can be thrown: its stack when it has one, else the value itself.
      const stack = /** @type {{ stack?: unknown } | null | undefined} */ (error)?.stack;
      io.err(`api-changes: an error of this tool, please report it:\n${stack ?? error}`);
      return 2;
    }
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
    if (!(error instanceof UsageError || error instanceof InvalidSpecError)) throw error;
    io.err(`check-release: ${error.message}`);
    return 2;
  }
}

/**
 * The working tree's spec against the last release, with both opinions.
 * @param {{ json?: boolean, markdown?: boolean, changeset?: boolean, root?: string, spec?: string }} values
 * @param {Io} io
 */
async function report(values, io) {
  const result = await analyze({ root: values.root, spec: values.spec });
  // With --json, stdout is the JSON alone: everything else goes to stderr.
  const say = values.json ? io.err : io.out;
  print(result, result.baseline.version, values, io);
  if (!values.changeset) return result;
  if (result.changes.length === 0) {
    say("Nothing to draft: no changeset is needed.");
    return result;
  }
  // The bump the gate requires at this version (a breaking change at 0.x is a minor bump).
  const bump = requiredBump(result.changes, result.version);
  const file = join(repoPaths(values.root).root, ".changeset", DRAFT_CHANGESET);
  writeFileSync(file, renderChangeset(bump, result.changes, result.baseline.version));
  say(`Wrote ${file} (${bump}): review its text, then commit it with your change.`);
  return result;
}

/**
 * Any two documents, by the rule catalogue alone (compareSpecs): `--base` a file or a released
 * version (`spec/releases/<version>/`), `--revision` a file (default: the bundled spec).
 * @param {{ json?: boolean, markdown?: boolean, changeset?: boolean, base?: string, revision?: string, root?: string, spec?: string }} values
 * @param {Io} io
 */
async function compareFiles(values, io) {
  if (values.changeset) {
    throw new UsageError(
      "--changeset drafts against the last release: leave out --base and --revision",
    );
  }
  const paths = repoPaths(values.root);
  if (values.base === undefined) throw new UsageError("--revision needs --base <file|version>");
  const baseFile = baseFileOf(values.base, paths);
  const revisionFile = values.revision ?? values.spec ?? paths.spec;
  const result = await compareSpecs(
    readSpecFile(baseFile, "--base"),
    readSpecFile(revisionFile, "--revision"),
    {
      labels: { base: `base (${baseFile})`, revision: `revision (${revisionFile})` },
    },
  );
  print(result, values.base, values, io);
  return result;
}

/**
 * A file, or the released spec of a version.
 * @param {string} base
 * @param {ReturnType<typeof repoPaths>} paths
 */
function baseFileOf(base, paths) {
  if (existsSync(base)) return resolve(base);
  const released = join(paths.releases, base, "openapi.yaml");
  if (existsSync(released)) return released;
  const versions = existsSync(paths.releases) ? readdirSync(paths.releases).join(", ") : "none";
  throw new UsageError(
    `--base ${base} is neither a file nor a released version (released: ${versions}).`,
  );
}

/**
 * A spec file, JSON or YAML, with an error that says which argument and what is wrong.
 * @param {string} file
 * @param {string} option
 */
function readSpecFile(file, option) {
  if (!existsSync(file)) throw new UsageError(`${option} ${file}: no such file`);
  try {
    return readBundledSpec(file);
  } catch (error) {
    // The parser's error: its first line says what and where.
    const { message } = /** @type {Error} */ (error);
    throw new UsageError(`${option} ${file} is neither JSON nor YAML: ${message.split("\n")[0]}`);
  }
}

/**
 * @param {{ bump: string, changes: import("./compare.mjs").Change[] }} result
 * @param {string} baseline
 * @param {{ json?: boolean, markdown?: boolean }} values
 * @param {Io} io
 */
function print(result, baseline, values, io) {
  if (values.json) io.out(JSON.stringify({ bump: result.bump, changes: result.changes }, null, 2));
  else if (values.markdown) io.out(markdownTable(result, baseline));
  else io.out(formatReport(result, baseline));
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
  /** @type {{ bump: import("./compare.mjs").Bump, changes: import("./compare.mjs").Change[] }} */
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

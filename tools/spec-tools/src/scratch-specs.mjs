// @ts-check
// Scratch copies of the spec's YAML sources, and the real Redocly CLI run on many of them at once,
// with the repository's redocly.yaml (the config of the `lint` and `bundle` tasks). Tests edit
// copies as a contributor would, then lint them (spec/test/lint-rules.test.mjs) or bundle them
// (tools/api-changes). Starting the CLI costs more than linting or bundling one more copy, so each
// helper takes every copy of a test file (or run) and starts the CLI once.
import { execFile } from "node:child_process";
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statfsSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { redoclyConfig, specDir } from "./paths.mjs";
import { redoclyCliPath, redoclyEnv } from "./redocly-cli.mjs";

export { redoclyConfig };

const run = promisify(execFile);
/** What `copySpecSources` copies: the root document and every folder it references. */
export const SPEC_SOURCES = ["openapi.yaml", "paths", "components", "webhooks"];

/**
 * Free space /dev/shm must have before scratch copies go there. The tests of a run use about 15 MB
 * at once; a container's /dev/shm is often 64 MB and shared with other programs (Chromium uses it).
 */
const SHM_FREE_BYTES_NEEDED = 128 * 1024 * 1024;

/**
 * A new scratch folder for copies of the spec, named `<prefix>XXXXXX`: in memory (/dev/shm) where
 * the machine has it with room to spare, since writing a hundred small files per copy to disk
 * costs more system time than linting the copy; in the temp folder elsewhere. The caller removes
 * it.
 * @param {string} prefix
 */
export function makeScratchDir(prefix) {
  let base = tmpdir();
  try {
    accessSync("/dev/shm", constants.W_OK);
    const { bavail, bsize } = statfsSync("/dev/shm");
    if (statSync("/dev/shm").isDirectory() && bavail * bsize >= SHM_FREE_BYTES_NEEDED) {
      base = "/dev/shm";
    }
  } catch {
    // no /dev/shm: the temp folder
  }
  return mkdtempSync(join(base, prefix));
}

/** @type {Map<string, Buffer> | undefined} path relative to the spec folder → content */
let sources;

/**
 * Copies the spec's sources (`openapi.yaml` and its folders) into `dir`; returns `dir`. The sources
 * are read once per process and written out per copy (a fraction of what `cpSync` costs).
 * @param {string} dir
 */
export function copySpecSources(dir) {
  if (!sources) {
    const read = new Map();
    for (const entry of SPEC_SOURCES) {
      if (!statSync(join(specDir, entry)).isDirectory()) {
        read.set(entry, readFileSync(join(specDir, entry)));
        continue;
      }
      for (const file of readdirSync(join(specDir, entry), { recursive: true })) {
        const path = join(entry, String(file));
        if (statSync(join(specDir, path)).isFile()) {
          read.set(path, readFileSync(join(specDir, path)));
        }
      }
    }
    sources = read;
  }
  const made = new Set();
  for (const [path, content] of sources) {
    const folder = dirname(join(dir, path));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** @param {string[]} args */
async function redocly(args, cwd = process.cwd()) {
  return run(process.execPath, [redoclyCliPath, ...args, "--config", redoclyConfig], {
    cwd,
    maxBuffer: 256 * 1024 * 1024,
    env: redoclyEnv,
  });
}

/**
 * `redocly lint --format=json` on every root in one CLI run. Returns the JSON report of each root
 * (`{ totals, problems }`), in the order of `roots`; a root with errors does not stop the others.
 * Throws, with the CLI's output, when the run does not report on every root, or reports one root's
 * problem under another.
 * @param {string[]} roots root documents (`openapi.yaml` of `copySpecSources` copies)
 * @returns {Promise<{ totals: Record<string, number>, problems: any[] }[]>}
 */
export async function lintSpecs(roots) {
  const paths = roots.map((root) => resolve(root));
  // Lint exits 1 when any root has an error: that is a result, not a failure of the run.
  const result = await redocly(["lint", ...paths, "--format=json", "--max-problems=10000"]).catch(
    (error) => error,
  );
  const reports = splitJsonValues(String(result.stdout ?? ""));
  if (reports.length !== paths.length) {
    throw new Error(
      `redocly lint reported on ${reports.length} of ${paths.length} roots:\n${result.stderr ?? result.message}`,
    );
  }
  paths.forEach((root, i) => {
    // A problem's first location is in the root's own folder: the reports are in root order.
    for (const problem of reports[i].problems) {
      // (The CLI names files relative to its working directory, ours.)
      const ref = resolve(problem.location?.[0]?.source?.ref ?? root);
      if (!ref.startsWith(dirname(root) + sep)) {
        throw new Error(`redocly lint reported ${ref} under the root ${root}`);
      }
    }
  });
  return reports;
}

/**
 * `redocly bundle` of every spec folder in one CLI run, the way the `bundle` task bundles the
 * spec (same config). Each folder's `openapi.yaml` is bundled into `<outputDir>/<name>.<ext>`.
 * @param {Record<string, string>} specs name (a file name without extension) → spec folder
 * @param {string} outputDir
 * @param {{ ext?: "yaml" | "json" }} [options]
 * @returns {Promise<Record<string, string>>} name → bundled file
 */
export async function bundleSpecs(specs, outputDir, { ext = "yaml" } = {}) {
  // The CLI names each bundle after its root file: give every root the name of its bundle.
  const roots = Object.entries(specs).map(([name, dir]) => {
    const root = join(dir, `${name}.yaml`);
    renameSync(join(dir, "openapi.yaml"), root);
    return { name, dir, root };
  });
  mkdirSync(outputDir, { recursive: true });
  try {
    const args = ["bundle", ...roots.map(({ root }) => root), "--ext", ext];
    // With one root, --output names the file; with more, the folder.
    const [only, ...others] = roots;
    const output = only && others.length === 0 ? join(outputDir, `${only.name}.${ext}`) : outputDir;
    await redocly([...args, "--output", output], outputDir);
  } catch (error) {
    const failure = /** @type {{ stderr?: string, message: string }} */ (error);
    throw new Error(`redocly bundle failed:\n${failure.stderr || failure.message}`);
  } finally {
    for (const { dir, root } of roots) renameSync(root, join(dir, "openapi.yaml"));
  }
  return Object.fromEntries(roots.map(({ name }) => [name, join(outputDir, `${name}.${ext}`)]));
}

/**
 * The JSON values printed one after another (`{…}{…}`), as the CLI prints one report per root.
 * @param {string} text
 */
function splitJsonValues(text) {
  const values = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") {
      if (depth++ === 0) start = i;
    } else if (char === "}" || char === "]") {
      if (--depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
    }
  }
  return values;
}

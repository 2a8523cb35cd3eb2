// @ts-check
// Writing a file generated from the spec, or proving the committed one fresh: shared by every
// generator (`@vivamo/api-types`, `@vivamo/api-client`, the docs samples), so the drift gate
// (`check-generated`) behaves and reads the same everywhere.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { createTwoFilesPatch } from "diff";

const oxfmtManifest = createRequire(import.meta.url).resolve("oxfmt/package.json");
const oxfmt = join(
  dirname(oxfmtManifest),
  JSON.parse(readFileSync(oxfmtManifest, "utf8")).bin.oxfmt,
);

/**
 * Formats generated source with the repository's formatter (oxfmt, `.oxfmtrc.json`), so the
 * generated file passes `pnpm format:check` like hand-written code and its diffs read the same.
 * @param {string} text
 * @param {string} file The file's path: it picks the language and the configuration.
 * @returns {Promise<string>}
 */
export function formatSource(text, file) {
  // `pnpm dev` renders the same files again on every save, mostly unchanged: format each once.
  const last = lastFormatted.get(file);
  if (last?.text === text) return last.formatted;
  const formatted = runOxfmt(text, file);
  lastFormatted.set(file, { text, formatted });
  formatted.catch(() => {
    if (lastFormatted.get(file)?.formatted === formatted) lastFormatted.delete(file);
  });
  return formatted;
}

/** @type {Map<string, { text: string, formatted: Promise<string> }>} file → its last formatting */
const lastFormatted = new Map();

/**
 * @param {string} text
 * @param {string} file
 * @returns {Promise<string>}
 */
function runOxfmt(text, file) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [oxfmt, "--stdin-filepath", file],
      { cwd: dirname(file), maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`oxfmt could not format ${file}: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
    child.stdin?.end(text);
  });
}

/**
 * @typedef {{ file: string, text: string | undefined }} GeneratedFile
 *   `text` undefined means the file must not exist (a generated file that is no longer needed).
 */

/**
 * Writes the generated files, or with `check` compares them with what is on disk and prints a
 * unified diff of each stale one. Returns the process exit code: 0, or 1 when `check` found drift.
 * @param {GeneratedFile[]} files
 * @param {{ check: boolean, what: string }} options `what` names the output in messages ("the
 *   client's resource methods").
 * @returns {Promise<number>}
 */
export async function writeOrCheck(files, { check, what }) {
  const shown = (/** @type {string} */ file) => relative(process.cwd(), file) || file;
  if (!check) {
    for (const { file, text } of files) {
      const before = await readFile(file, "utf8").catch(() => undefined);
      if (text === undefined) {
        if (before !== undefined) {
          await rm(file);
          console.log(`Removed ${shown(file)}`);
        }
        continue;
      }
      if (before === text) continue;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
      console.log(`Wrote ${shown(file)}`);
    }
    console.log(`${what}: ${files.length} file(s) generated from the spec.`);
    return 0;
  }
  let stale = 0;
  for (const { file, text } of files) {
    const committed = await readFile(file, "utf8").catch(() => undefined);
    if (committed === text) continue;
    stale++;
    if (text === undefined) {
      console.error(`${shown(file)} is no longer generated from the spec: remove it.`);
    } else {
      console.error(`${shown(file)} is out of date: the spec produces something else.`);
      console.error(describeDifference(committed ?? "", text));
    }
  }
  if (stale === 0) {
    console.log(`${what} are up to date with the spec.`);
    return 0;
  }
  console.error(`Run \`pnpm generate\`, review the diff of ${what}, and commit it.`);
  return 1;
}

/**
 * A unified diff of the committed file against the generated one, cut to keep CI logs short.
 * @param {string} before
 * @param {string} after
 * @param {number} [maxLines]
 * @returns {string}
 */
export function describeDifference(before, after, maxLines = 60) {
  const patch = createTwoFilesPatch("committed", "generated", before, after, "", "", {
    context: 2,
  });
  const lines = patch.split("\n").slice(1); // drop the "===" separator line
  const hidden = lines.length - maxLines;
  return [...lines.slice(0, maxLines), ...(hidden > 0 ? [`… ${hidden} more lines`] : [])].join(
    "\n",
  );
}

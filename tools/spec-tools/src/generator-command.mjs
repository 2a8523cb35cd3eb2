// @ts-check
// The command line every generator shares (`@vivamo/api-types`, the client's resource methods
// and response validators, the docs samples), so that each one takes the same arguments and
// fails the same way:
//
//   node scripts/<generator>.mjs            write the generated files
//   node scripts/<generator>.mjs --check    fail, with a diff, if the committed ones are stale
//   --spec <file>                           use another bundled spec (the drift-gate tests do)
//
// Exit codes: 0 written or fresh, 1 stale (`--check` found drift), 2 the generator could not run
// (no bundle, or a spec it refuses), with one line saying why instead of a stack trace.
//
// A generator module exports its generator (`export const generator = { what, generate }`) and
// runs the command only when it is the program (`if (isEntryPoint(import.meta.url))`), so that
// `pnpm dev` (./dev-pipeline.mjs) can import it and render its files in its own process.
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { bundledSpecPath } from "./paths.mjs";
import { writeOrCheck } from "./generated-file.mjs";

/**
 * @typedef {import("./generated-file.mjs").GeneratedFile} GeneratedFile
 * @typedef {NonNullable<import("node:util").ParseArgsConfig["options"]>} ExtraOptions
 * @typedef {{
 *   what: string,
 *   extraOptions?: ExtraOptions,
 *   generate: (input: {
 *     spec: any,
 *     specPath: string,
 *     options: Record<string, string | boolean | undefined>,
 *   }) => GeneratedFile[] | Promise<GeneratedFile[]>,
 * }} Generator `what` names the output in messages ("the response validators"); `extraOptions`
 *   are the generator's own arguments (`parseArgs` options), passed back to `generate` with the
 *   others as `options`.
 */

/**
 * Whether the module at `moduleUrl` is the program Node.js was started with
 * (`node scripts/generate.mjs`), rather than a module another one imports.
 * @param {string} moduleUrl the module's `import.meta.url`
 */
export function isEntryPoint(moduleUrl) {
  const program = process.argv[1];
  if (!program) return false;
  try {
    return realpathSync(program) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * The files a generator renders from a bundled spec already read, with its options as the command
 * line gives them when it has no arguments (no `--check`, each extra option's default).
 * @param {Generator} generator
 * @param {{ spec: any, specPath: string }} input
 * @returns {Promise<GeneratedFile[]>}
 */
export async function renderGenerated({ extraOptions = {}, generate }, { spec, specPath }) {
  /** @type {Record<string, string | boolean | undefined>} */
  const options = { check: false };
  for (const [name, option] of Object.entries(extraOptions)) {
    options[name] = /** @type {string | boolean | undefined} */ (option.default);
  }
  return generate({ spec, specPath, options });
}

/**
 * Parses the command line, reads the bundled spec (`--spec`, by default this repository's
 * bundle), lets `generate` render the files from it, and writes them, or checks them with
 * `--check`. Sets `process.exitCode`.
 * @param {Generator} generator
 * @returns {Promise<void>}
 */
export async function runGenerator({ what, extraOptions = {}, generate }) {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string" },
      ...extraOptions,
    },
  });
  // The extra options make parseArgs' inferred type unusable; these are the shapes it parses.
  const options = /** @type {Record<string, string | boolean | undefined>} */ (values);
  const specPath = resolve(/** @type {string | undefined} */ (options.spec) ?? bundledSpecPath);
  try {
    const files = await generate({ spec: readBundledSpec(specPath), specPath, options });
    process.exitCode = await writeOrCheck(files, { check: options.check === true, what });
  } catch (error) {
    console.error(`Cannot generate ${what}: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 2;
  }
}

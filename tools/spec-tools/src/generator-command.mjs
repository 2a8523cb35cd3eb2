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
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { bundledSpecPath } from "./paths.mjs";
import { writeOrCheck } from "./generated-file.mjs";

/**
 * @typedef {import("./generated-file.mjs").GeneratedFile} GeneratedFile
 * @typedef {NonNullable<import("node:util").ParseArgsConfig["options"]>} ExtraOptions
 */

/**
 * Parses the command line, reads the bundled spec (`--spec`, by default this repository's
 * bundle), lets `generate` render the files from it, and writes them, or checks them with
 * `--check`. Sets `process.exitCode`.
 * @param {{
 *   what: string,
 *   extraOptions?: ExtraOptions,
 *   generate: (input: {
 *     spec: any,
 *     specPath: string,
 *     options: Record<string, string | boolean | undefined>,
 *   }) => GeneratedFile[] | Promise<GeneratedFile[]>,
 * }} generator `what` names the output in messages ("the response validators");
 *   `extraOptions` are the generator's own arguments (`parseArgs` options), passed back to
 *   `generate` with the others as `options`.
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

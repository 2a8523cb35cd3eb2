// @ts-check
// Redocly's lint and bundle in this process, with the very code the Redocly CLI runs: for `pnpm dev`,
// which keeps them warm between saves instead of starting the CLI (about a second each) per save.
//
// Why the CLI's own modules: @redocly/cli 2.x ships as one bundle that inlines its
// @redocly/openapi-core 2.x (the @redocly/openapi-core in node_modules is 1.x, openapi-typescript's,
// with other rules, and it must not see our 2.x redocly.yaml). The bundle's modules export that
// core under short, minified names, fixed for a given CLI version: `EXPORTS` below maps them, for
// exactly the pinned version. A CLI upgrade makes `loadRedocly` fail with a message saying what to
// update, and tools/repo-checks/test/dev-pipeline.test.mjs proves the result byte for byte against
// the CLI's.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { QUIET_TOOL_ENV } from "@vivamo/test-kit/quiet-env";
import { redoclyManifestPath } from "./redocly-cli.mjs";

/** The CLI version whose bundle `EXPORTS` describes. */
export const REDOCLY_CLI_VERSION = "2.77.0";

/**
 * Where the CLI's bundle exports what we call (chunk file → export name → what it is). From the
 * CLI's own `lint` and `bundle` commands (lib/chunks/A2EPDWX5.js and 726R6BDF.js in 2.77.0).
 */
const EXPORTS = {
  "KSRBMNUH.js": {
    ya: "loadConfig",
    Ea: "lint",
    xa: "bundle",
    Ba: "getTotals",
    Ca: "formatProblems",
  },
  "VJ5QDYXZ.js": {
    s: "sortTopLevelKeysForOas",
    j: "dumpBundle",
  },
};

/**
 * @typedef {{
 *   ruleId: string,
 *   severity: "error" | "warn",
 *   message: string,
 *   ignored?: boolean,
 *   location: { source: { absoluteRef: string }, pointer?: string }[],
 * }} Problem
 * @typedef {{ errors: number, warnings: number, ignored: number }} Totals
 * @typedef {{
 *   loadConfig: (options: { configPath: string }) => Promise<any>,
 *   lint: (options: { ref: string, config: any }) => Promise<Problem[]>,
 *   bundle: (options: { ref: string, config: any }) => Promise<{ bundle: { parsed: any }, problems: Problem[] }>,
 *   getTotals: (problems: Problem[]) => Totals,
 *   formatProblems: (problems: Problem[], options: Record<string, unknown>) => void,
 *   sortTopLevelKeysForOas: (document: any) => any,
 *   dumpBundle: (document: any, format: "json" | "yaml", dereferenced: boolean) => string,
 * }} RedoclyCore
 */

/** @type {Promise<RedoclyCore> | undefined} */
let loaded;

/**
 * The CLI's core, imported once per process.
 * @returns {Promise<RedoclyCore>}
 */
export function loadRedocly() {
  loaded ??= (async () => {
    // The CLI reads these when its modules load (telemetry) and when it runs (update notices).
    Object.assign(process.env, QUIET_TOOL_ENV);
    const manifestPath = redoclyManifestPath;
    const { version } = JSON.parse(readFileSync(manifestPath, "utf8"));
    const chunks = join(dirname(manifestPath), "lib", "chunks");
    const stale = `tools/spec-tools/src/redocly-api.mjs knows the modules of @redocly/cli ${REDOCLY_CLI_VERSION}`;
    if (version !== REDOCLY_CLI_VERSION) {
      throw new Error(
        `${stale}, and ${version} is installed: update its EXPORTS from the CLI's lint and bundle commands.`,
      );
    }
    /** @type {Record<string, unknown>} */
    const core = {};
    for (const [chunk, names] of Object.entries(EXPORTS)) {
      const module = await import(pathToFileURL(join(chunks, chunk)).href);
      for (const [minified, name] of Object.entries(names)) {
        if (typeof module[minified] !== "function") {
          throw new Error(`${stale}, but its ${chunk} has no function ${minified} (${name}).`);
        }
        core[name] = module[minified];
      }
    }
    return /** @type {RedoclyCore} */ (core);
  })();
  return loaded;
}

/**
 * An api of a Redocly config (`apis:` in redocly.yaml): its root document and its config, read
 * afresh (an edit of redocly.yaml counts from the next run on).
 * @param {string} configPath
 * @param {string} alias e.g. `vivamo@v1`
 */
export async function loadApi(configPath, alias) {
  const redocly = await loadRedocly();
  const config = await redocly.loadConfig({ configPath });
  const root = config.resolvedConfig.apis?.[alias]?.root;
  if (typeof root !== "string") throw new Error(`${configPath} has no api ${alias}`);
  return { root: resolve(dirname(configPath), root), config: config.forAlias(alias) };
}

/**
 * `redocly lint` of one api: its problems and their totals.
 * @param {{ root: string, config: any }} api
 */
export async function lintApi(api) {
  const redocly = await loadRedocly();
  const problems = await redocly.lint({ ref: api.root, config: api.config });
  return { problems, totals: redocly.getTotals(problems) };
}

/**
 * Prints problems as the CLI does: `stylish` as the spec's `lint` script asks for, `codeframe` as
 * `redocly bundle` prints its own (file paths relative to the working directory).
 * @param {Problem[]} problems
 * @param {{ format: "stylish" | "codeframe", command: "lint" | "bundle" }} options
 */
export async function printProblems(problems, { format, command }) {
  const redocly = await loadRedocly();
  redocly.formatProblems(problems, {
    format,
    maxProblems: 1000,
    totals: redocly.getTotals(problems),
    version: REDOCLY_CLI_VERSION,
    command,
  });
}

/**
 * `redocly bundle` of one api: the text of the bundle in `yaml` and `json`, byte for byte what
 * `redocly bundle --output <file>.yaml` / `--ext json` writes; undefined when its problems include
 * an error (the CLI then writes no bundle).
 * @param {{ root: string, config: any }} api
 * @returns {Promise<{ yaml?: string, json?: string, problems: Problem[] }>}
 */
export async function bundleApi(api) {
  const redocly = await loadRedocly();
  const { bundle, problems } = await redocly.bundle({ ref: api.root, config: api.config });
  if (redocly.getTotals(problems).errors > 0) return { problems };
  const document = redocly.sortTopLevelKeysForOas(bundle.parsed);
  return {
    yaml: redocly.dumpBundle(document, "yaml", false),
    json: redocly.dumpBundle(document, "json", false),
    problems,
  };
}

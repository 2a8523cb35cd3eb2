// @ts-check
// `pnpm dev`'s pipeline, warm in one process: what `pnpm generate` (`turbo run generate`) does, per
// save, without starting a process per step.
//
//   1. lint the spec, as the spec's `lint` script (Redocly's code, ./redocly-api.mjs); on an error,
//      print the problems as its stylish format does and stop there;
//   2. bundle it into spec/dist/openapi.{yaml,json}, byte for byte as its `bundle` script;
//   3. run every generator of `pnpm generate` (each workspace's `generate` script, read from its
//      package.json: `node <script>` commands) on the new bundle, through the same `generator`
//      its script runs (./generator-command.mjs), and write what changed (./generated-file.mjs).
//
// What a save did not touch is not redone: a bundle identical to the last one skips step 3, and a
// generated file that renders as before is not formatted again (`formatSource` remembers the last
// one per file). The generator modules are imported once: an edit of a generator's own code needs
// a restart of `pnpm dev`, and so does an edit of the lint plugin (spec/lint/).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { writeOrCheck } from "./generated-file.mjs";
import { renderGenerated } from "./generator-command.mjs";
import { bundledSpecPath, redoclyConfig, specApi, specDir } from "./paths.mjs";
import { bundleApi, lintApi, loadApi, printProblems } from "./redocly-api.mjs";

/** @type {{ format: "stylish", command: "lint" }} as the spec's `lint` script prints them */
const STYLISH = { format: "stylish", command: "lint" };

/** The repository's root folder (where pnpm-workspace.yaml is). */
export const repoRoot = resolve(specDir, "..");

/**
 * @typedef {import("./generator-command.mjs").Generator} Generator
 * @typedef {{ workspace: string, script: string }} GeneratorScript
 */

/**
 * The generator scripts `pnpm generate` runs: for each workspace (pnpm-workspace.yaml) with a
 * `generate` script, each `node <script>` of it, in order.
 * @param {string} [root]
 * @returns {GeneratorScript[]}
 */
export function findGeneratorScripts(root = repoRoot) {
  const workspaceFile = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const section = workspaceFile.match(/^packages:\n((?:[ \t]+-.*\n)+)/m)?.[1] ?? "";
  const patterns = [...section.matchAll(/^[ \t]+-[ \t]+["']?([^"'\s#]+)/gm)].map(([, pattern]) =>
    String(pattern),
  );
  /** @type {string[]} */
  const workspaces = [];
  for (const pattern of patterns) {
    if (pattern.endsWith("/*")) {
      const parent = pattern.slice(0, -2);
      for (const name of readdirSync(join(root, parent)).sort()) {
        workspaces.push(`${parent}/${name}`);
      }
    } else {
      workspaces.push(pattern);
    }
  }
  /** @type {GeneratorScript[]} */
  const scripts = [];
  for (const workspace of workspaces) {
    const manifest = join(root, workspace, "package.json");
    if (!existsSync(manifest)) continue;
    const command = JSON.parse(readFileSync(manifest, "utf8")).scripts?.generate;
    if (typeof command !== "string") continue;
    for (const step of command.split("&&")) {
      const script = step.trim().match(/^node\s+(\S+\.m?js)$/)?.[1];
      if (!script) {
        throw new Error(
          `pnpm dev runs each \`node <script>\` of a generate script in its own process, and ` +
            `${workspace}'s is \`${command}\`.`,
        );
      }
      scripts.push({ workspace, script: join(root, workspace, script) });
    }
  }
  return scripts;
}

/**
 * Imports a generator script for its `generator` (without running its command line).
 * @param {GeneratorScript} script
 * @returns {Promise<Generator>}
 */
async function importGenerator({ workspace, script }) {
  const module = await import(pathToFileURL(script).href);
  const generator = module.generator;
  if (typeof generator?.generate !== "function") {
    throw new Error(
      `${relative(repoRoot, script)} (${workspace}) exports no \`generator\` for pnpm dev ` +
        "(see tools/spec-tools/src/generator-command.mjs).",
    );
  }
  return generator;
}

/**
 * Writes `text` to `file` unless it holds exactly that already.
 * @param {string} file
 * @param {string} text
 */
async function writeIfChanged(file, text) {
  if ((await readFile(file, "utf8").catch(() => undefined)) === text) return false;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return true;
}

/**
 * @typedef {{
 *   ok: boolean,
 *   stage: "lint" | "bundle" | "generate" | "done",
 *   timings: Record<string, number>,
 * }} RunResult `stage` is where a failed run stopped ("done" when `ok`); `timings` are the
 *   milliseconds of each step.
 */

/**
 * The warm pipeline of this repository: `run()` once per save.
 * @param {{ log?: (line: string) => void }} [options] `log` prints one line (console.log).
 */
export function createDevPipeline({ log = console.log } = {}) {
  /** @type {Promise<{ generator: Generator, script: GeneratorScript }[]> | undefined} */
  let generators;
  /** The bundle the generators last ran on, without failing. */
  let generatedFrom = "";
  const bundleYaml = bundledSpecPath.replace(/\.json$/, ".yaml");

  /** @returns {Promise<RunResult>} */
  async function run() {
    /** @type {Record<string, number>} */
    const timings = {};
    let started = performance.now();
    const lap = (/** @type {string} */ name) => {
      const now = performance.now();
      timings[name] = now - started;
      started = now;
    };
    const loading = (generators ??= Promise.all(
      findGeneratorScripts().map(async (script) => ({
        script,
        generator: await importGenerator(script),
      })),
    ));
    // A generator that failed to load is tried again on the next pass (its module, once broken, stays
    // so until a restart: Node caches a module that threw).
    loading.catch(() => {
      if (generators === loading) generators = undefined;
    });
    const api = await loadApi(redoclyConfig, specApi);
    const lint = await lintApi(api);
    lap("lint");
    if (lint.problems.length > 0) await printProblems(lint.problems, STYLISH);
    if (lint.totals.errors > 0) {
      log(
        `[dev] lint: ${lint.totals.errors} error(s), ${lint.totals.warnings} warning(s); nothing regenerated`,
      );
      return { ok: false, stage: "lint", timings };
    }
    const bundle = await bundleApi(api);
    if (bundle.yaml === undefined || bundle.json === undefined) {
      await printProblems(bundle.problems, { format: "codeframe", command: "bundle" });
      log("[dev] bundle: the spec has errors; nothing regenerated");
      return { ok: false, stage: "bundle", timings };
    }
    const { yaml, json } = bundle;
    await writeIfChanged(bundleYaml, yaml);
    await writeIfChanged(bundledSpecPath, json);
    lap("bundle");
    if (json === generatedFrom) {
      log("[dev] the bundle is unchanged: nothing to regenerate");
      return { ok: true, stage: "done", timings };
    }
    const loaded = await loading;
    lap("import");
    const results = await Promise.all(
      loaded.map(async ({ generator, script }) => {
        try {
          // Each generator gets its own copy of the spec, as from its own command line.
          const spec = JSON.parse(json);
          const files = await renderGenerated(generator, { spec, specPath: bundledSpecPath });
          return await writeOrCheck(files, { check: false, what: generator.what });
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          log(
            `Cannot generate ${generator.what} (${relative(repoRoot, script.script)}): ${reason}`,
          );
          return 2;
        }
      }),
    );
    lap("generate");
    const ok = results.every((code) => code === 0);
    if (ok) generatedFrom = json;
    return { ok, stage: ok ? "done" : "generate", timings };
  }

  return { run };
}

// Scratch copies of the spec for the scenario tests: the YAML sources copied to a temp dir, edited
// there as a contributor would, and bundled with the real Redocly CLI; and the scratch repository
// around such bundles that the release commands (changesets, check-release, api-changes) run in.
import { execFile } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parseDocument } from "yaml";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const redocly = join(dirname(require.resolve("@redocly/cli/package.json")), "bin/cli.js");
const SOURCES = ["openapi.yaml", "paths", "components", "webhooks"];

export function makeScratchDir() {
  return mkdtempSync(join(tmpdir(), "vivamo-api-changes-"));
}

export function removeScratchDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** Copies the spec's sources into `<dir>/spec` and returns that folder. */
export function copySpec(dir) {
  const spec = join(dir, "spec");
  mkdirSync(spec, { recursive: true });
  for (const entry of SOURCES) {
    cpSync(join(repoRoot, "spec", entry), join(spec, entry), { recursive: true });
  }
  return spec;
}

/** Edits one YAML source file of a scratch spec through its document model (comments survive). */
export function editYaml(specDir, file, edit) {
  const path = join(specDir, file);
  const document = parseDocument(readFileSync(path, "utf8"));
  edit(document);
  writeFileSync(path, document.toString());
}

export function writeSource(specDir, file, text) {
  writeFileSync(join(specDir, file), text);
}

/**
 * Writes a scratch copy of this monorepo as changesets and the api-changes commands see it, at
 * `root`: @vivamo/api-types and @vivamo/api-client at `version` (the client depending on the
 * types, as here), our `.changeset/config.json`, one pending changeset `<name>.md` that bumps both
 * by `bump` with `summary`, the bundle `released` as the released spec of `version` (the
 * baseline), and the bundle `current` as the spec in `spec/dist`.
 * @param {string} root
 * @param {{
 *   version: string,
 *   changeset: { name: string, bump: string, summary: string },
 *   released: string,
 *   current: string,
 * }} repository
 */
export function writeScratchRepository(root, { version, changeset, released, current }) {
  const write = (file, text) => {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write("package.json", JSON.stringify({ name: "scratch", private: true }));
  write("pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  write("packages/api-types/package.json", JSON.stringify({ name: "@vivamo/api-types", version }));
  write(
    "packages/api-client/package.json",
    JSON.stringify({
      name: "@vivamo/api-client",
      version,
      dependencies: { "@vivamo/api-types": "workspace:^" },
    }),
  );
  cpSync(join(repoRoot, ".changeset/config.json"), join(root, ".changeset/config.json"));
  const { name, bump, summary } = changeset;
  write(
    `.changeset/${name}.md`,
    `---\n"@vivamo/api-types": ${bump}\n"@vivamo/api-client": ${bump}\n---\n\n${summary}\n`,
  );
  mkdirSync(join(root, `spec/releases/${version}`), { recursive: true });
  cpSync(released, join(root, `spec/releases/${version}/openapi.yaml`));
  mkdirSync(join(root, "spec/dist"), { recursive: true });
  cpSync(current, join(root, "spec/dist/openapi.yaml"));
}

/**
 * Bundles scratch specs the way the `bundle` task does (no lint: the scenarios are about the
 * classification), all in one Redocly CLI run: starting the CLI costs more than a bundle.
 * @param {Record<string, string>} specs name → spec folder made by `copySpec`
 * @returns {Promise<Record<string, string>>} name → bundled YAML file
 */
export async function bundleAll(specs, outputDir) {
  const roots = Object.entries(specs).map(([name, specDir], i) => {
    // The CLI names each bundle after its root file: give every root a distinct name.
    const root = join(specDir, `spec-${i}.yaml`);
    renameSync(join(specDir, "openapi.yaml"), root);
    return { name, root, output: join(outputDir, `spec-${i}.yaml`) };
  });
  try {
    await run(
      process.execPath,
      [redocly, "bundle", ...roots.map(({ root }) => root), "--output", outputDir],
      {
        cwd: outputDir,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
  } catch (error) {
    throw new Error(`redocly bundle failed:\n${error.stderr || error.message}`);
  } finally {
    for (const { root } of roots) renameSync(root, join(dirname(root), "openapi.yaml"));
  }
  return Object.fromEntries(roots.map(({ name, output }) => [name, output]));
}

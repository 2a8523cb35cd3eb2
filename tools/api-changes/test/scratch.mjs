// Scratch copies of the spec for the scenario tests: the YAML sources copied to a temp dir, edited
// there as a contributor would, and bundled with the real Redocly CLI.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
 * Bundles a scratch spec the way the `bundle` task does (no lint: the scenarios are about the
 * classification), into `<specDir>/dist/openapi.yaml`. Returns the bundle's path.
 */
export async function bundle(specDir) {
  const output = join(specDir, "dist", "openapi.yaml");
  try {
    await run(
      process.execPath,
      [redocly, "bundle", join(specDir, "openapi.yaml"), "--output", output],
      {
        cwd: specDir,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
  } catch (error) {
    throw new Error(`redocly bundle failed for ${specDir}:\n${error.stderr || error.message}`);
  }
  return output;
}

// Editing scratch copies of the spec's sources (copied and bundled by @vivamo/spec-tools/scratch-specs, once per
// run in global-setup.mjs), and the scratch repository around such bundles that the release
// commands (changesets, check-release, api-changes) run in.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { makeScratchDir as makeSpecScratchDir } from "@vivamo/spec-tools/scratch-specs";
import { parseDocument } from "yaml";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export function makeScratchDir() {
  return makeSpecScratchDir("vivamo-api-changes-");
}

export function removeScratchDir(dir) {
  rmSync(dir, { recursive: true, force: true });
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
 * baseline), and the bundle `current` as the spec in `spec/dist` (both as `openapi.yaml`, where
 * the commands read them; a JSON bundle is YAML too).
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

// The released specs, kept offline in the repository: spec/releases/<version>/openapi.yaml (the
// bundled spec as released) and changes.json (what changed since the release before it). The
// baseline of the working tree is the newest release at or below the packages' current version.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";

export const DEFAULT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/**
 * The packages whose version follows the API; they are linked in .changeset/config.json.
 * @type {readonly ApiPackage[]}
 */
export const API_PACKAGES = ["@vivamo/api-types", "@vivamo/api-client"];

/**
 * @typedef {"@vivamo/api-types" | "@vivamo/api-client"} ApiPackage
 * @typedef {import("./compare.mjs").Bump} Bump
 * @typedef {import("./compare.mjs").Change} Change
 * @typedef {{ version: string, previous: string | null, bump: Bump, changes: Change[] }} ReleaseRecord
 *   spec/releases/<version>/changes.json
 */

/**
 * Where the release gate reads and writes, in the repository at `root`.
 * @param {string} [root]
 */
export function repoPaths(root = DEFAULT_ROOT) {
  return {
    root,
    spec: join(root, "spec/dist/openapi.yaml"),
    releases: join(root, "spec/releases"),
    typesPackage: join(root, "packages/api-types/package.json"),
    changelogs: ["packages/api-types/CHANGELOG.md", "packages/api-client/CHANGELOG.md"].map(
      (file) => join(root, file),
    ),
    docsPage: join(root, "apps/docs/guides/06-api-changelog.md"),
  };
}

/**
 * The version of @vivamo/api-types: the released version, or the one `changeset version` wrote.
 * @param {string} [root]
 * @returns {string}
 */
export function currentVersion(root) {
  return JSON.parse(readFileSync(repoPaths(root).typesPackage, "utf8")).version;
}

/**
 * Every release with a snapshot, oldest first.
 * @param {string} [root]
 */
export function listReleases(root) {
  const dir = repoPaths(root).releases;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => semver.valid(name) && existsSync(join(dir, name, "openapi.yaml")))
    .sort(semver.compare);
}

/**
 * The newest release at or below `version` (strictly below with `{ before: true }`).
 * @param {string} [root]
 * @param {string} [version]
 * @param {{ before?: boolean }} [options]
 */
export function findBaseline(root, version = currentVersion(root), { before = false } = {}) {
  const candidates = listReleases(root).filter((release) =>
    before ? semver.lt(release, version) : semver.lte(release, version),
  );
  const release = candidates.at(-1);
  if (!release) return undefined;
  return { version: release, file: join(repoPaths(root).releases, release, "openapi.yaml") };
}

/**
 * Keeps the bundled spec of `version` and the changes that led to it.
 * @param {string} root
 * @param {string} version
 * @param {{ specFile: string, previous?: string | null, bump: Bump, changes: Change[] }} release
 */
export function writeRelease(root, version, { specFile, previous, bump, changes }) {
  const dir = join(repoPaths(root).releases, version);
  mkdirSync(dir, { recursive: true });
  copyFileSync(specFile, join(dir, "openapi.yaml"));
  const record = { version, previous: previous ?? null, bump, changes };
  writeFileSync(join(dir, "changes.json"), JSON.stringify(record, null, 2) + "\n");
  return dir;
}

/**
 * The changes.json of every release, oldest first.
 * @param {string} [root]
 * @returns {ReleaseRecord[]}
 */
export function readReleaseRecords(root) {
  return listReleases(root).map((version) => {
    const file = join(repoPaths(root).releases, version, "changes.json");
    return existsSync(file)
      ? JSON.parse(readFileSync(file, "utf8"))
      : { version, previous: null, bump: "none", changes: [] };
  });
}

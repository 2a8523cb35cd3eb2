#!/usr/bin/env node
// A change to a published package must come with a changeset that names it: CI runs this on every
// pull request, and anyone can run it before pushing.
//
//   node scripts/check-changeset.mjs [--base <ref>]
//
// It compares the working tree with the merge base of HEAD and <ref> (default: origin/main, else
// main). Published packages are the workspace packages without `"private": true`. A change counts
// when it can reach the published package: anything in the package's directory except its tests,
// benchmarks, Markdown and test/tool configuration. A changeset counts when it was added or edited
// since the merge base and its front matter names the package. An empty changeset
// (`pnpm changeset --empty`) says on purpose that the change needs no release.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { workspacePackages } from "../tools/test-kit/src/workspaces.mjs";

/** Paths inside a package that never reach its published files. */
const NOT_SHIPPED = [
  /^test\//,
  /^bench\//,
  /^test-results\//,
  /\.md$/,
  /^tsconfig(\.[^/]*)?\.json$/,
  /^vitest\.config\.[cm]?[jt]s$/,
  /^\.size-limit\.[^/]*$/,
];

const { values } = parseArgs({ options: { base: { type: "string" } } });
const root = git(["rev-parse", "--show-toplevel"]).trim();
const base = values.base ?? defaultBase();
const mergeBase = git(["merge-base", "HEAD", base]).trim();

const changed = [
  ...git(["diff", "--name-only", "-z", mergeBase]).split("\0"),
  ...git(["ls-files", "--others", "--exclude-standard", "-z"]).split("\0"),
].filter(Boolean);

const published = workspacePackages(root)
  .filter(({ manifest }) => manifest.name && !manifest.private)
  .map(({ dir, manifest }) => ({ name: manifest.name, dir }));
const needed = new Map(); // package name -> the changed files that reach it
for (const file of changed) {
  const pkg = published.find(({ dir }) => file.startsWith(`${dir}/`));
  if (!pkg) continue;
  const inside = file.slice(pkg.dir.length + 1);
  if (NOT_SHIPPED.some((pattern) => pattern.test(inside))) continue;
  needed.set(pkg.name, [...(needed.get(pkg.name) ?? []), file]);
}

const changesets = changed.filter(
  (file) => /^\.changeset\/[^/]+\.md$/.test(file) && file !== ".changeset/README.md",
);
const named = new Set();
let empty = false;
for (const file of changesets) {
  if (!existsSync(join(root, file))) continue; // deleted (consumed by `changeset version`)
  const packages = frontMatterPackages(readFileSync(join(root, file), "utf8"));
  if (packages.length === 0) empty = true;
  for (const name of packages) named.add(name);
}

const missing = [...needed].filter(([name]) => !named.has(name));
if (missing.length === 0 || empty) {
  const what = needed.size
    ? `${[...needed.keys()].join(", ")}: ${empty && missing.length ? "an empty changeset says no release is needed" : "covered by a changeset"}`
    : "no change to a published package";
  console.log(`Changeset check (against ${base}, merge base ${mergeBase.slice(0, 12)}): ${what}.`);
  process.exit(0);
}
console.error(`Changeset check (against ${base}, merge base ${mergeBase.slice(0, 12)}) failed.`);
for (const [name, files] of missing) {
  const shown =
    files.slice(0, 5).join(", ") + (files.length > 5 ? `, and ${files.length - 5} more` : "");
  console.error(`  ${name} changed (${shown}) but no changeset names it.`);
}
console.error(
  "Run `pnpm changeset`, pick the package(s) and the bump, describe the change for its users, and commit the file." +
    "\nIf the change needs no release, run `pnpm changeset --empty` and commit that instead.",
);
process.exit(1);

/** @param {string[]} args */
function git(args) {
  return execFileSync("git", args, { encoding: "utf8", maxBuffer: 64 << 20 });
}

function defaultBase() {
  for (const ref of ["origin/main", "main"]) {
    try {
      git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
      return ref;
    } catch {
      // try the next one
    }
  }
  throw new Error("No origin/main or main to compare with: pass --base <ref>.");
}

/**
 * The package names in a changeset's front matter (`"@vivamo/api-client": minor`).
 * @param {string} text
 */
function frontMatterPackages(text) {
  const front = /^---\s*\n([\s\S]*?)\n?---/.exec(text)?.[1] ?? "";
  return [...front.matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch|none)\s*$/gm)].map(
    (m) => m[1],
  );
}

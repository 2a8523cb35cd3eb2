#!/usr/bin/env node
// @ts-check
// A change to a published package must come with a changeset that names it: CI runs this on every
// pull request, and anyone can run it before pushing.
//
//   node scripts/check-changeset.mjs [--base <ref>]
//
// It asks changesets itself, against the merge base of HEAD and <ref> (default: origin/main, else
// main): which packages changed (`@changesets/git`, with the `changedFilePatterns` of
// .changeset/config.json, so tests, benchmarks and docs never count), and which changesets were
// added since (`@changesets/read`). `changeset status` alone is not enough: it only asks that some
// changeset exists, not that it names each changed package. An empty changeset
// (`pnpm changeset --empty`) says on purpose that the change needs no release.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { getChangedPackagesSinceRef } from "@changesets/git";
import readChangesets from "@changesets/read";

const { values } = parseArgs({ options: { base: { type: "string" } } });
const root = git(["rev-parse", "--show-toplevel"]).trim();
const base = values.base ?? defaultBase();
const mergeBase = git(["merge-base", "HEAD", base]).trim();

/** @type {{ changedFilePatterns?: string[] }} */
const config = JSON.parse(readFileSync(join(root, ".changeset", "config.json"), "utf8"));
const changed = (
  await getChangedPackagesSinceRef({
    cwd: root,
    ref: mergeBase,
    changedFilePatterns: config.changedFilePatterns,
  })
).filter(({ packageJson }) => !packageJson.private);

const changesets = await readChangesets(root, mergeBase);
const named = new Set(changesets.flatMap(({ releases }) => releases.map(({ name }) => name)));
const empty = changesets.some(({ releases }) => releases.length === 0);

const where = `against ${base}, merge base ${mergeBase.slice(0, 12)}`;
const missing = changed.filter(({ packageJson }) => !named.has(packageJson.name));
if (missing.length === 0 || empty) {
  const names = changed.map(({ packageJson }) => packageJson.name).join(", ");
  const why =
    empty && missing.length
      ? "an empty changeset says no release is needed"
      : "covered by a changeset";
  console.log(
    `Changeset check (${where}): ${names ? `${names}: ${why}` : "no change to a published package"}.`,
  );
  process.exit(0);
}
console.error(`Changeset check (${where}) failed.`);
for (const { packageJson, dir } of missing) {
  console.error(
    `  ${packageJson.name} changed (in ${relative(root, dir)}/) but no changeset names it.`,
  );
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

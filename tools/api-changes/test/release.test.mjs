// `pnpm version-packages` on a scratch repository: the real `changeset version`, then
// `api-changes release`, which keeps the released spec, writes the API changes into the CHANGELOG
// entries and regenerates the docs portal's API changelog page; then the real bin/api-changes.mjs
// finds nothing left to classify. Also: the committed baseline and page of this repository are what
// those steps produce.
import { execFile } from "node:child_process";
import { readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { renderDocsPage } from "../src/changelog.mjs";
import { apiChanges } from "../src/cli.mjs";
import { analyze } from "../src/index.mjs";
import { currentVersion, listReleases, repoPaths } from "../src/releases.mjs";
import { makeScratchDir, removeScratchDir, repoRoot, writeScratchRepository } from "./scratch.mjs";

const run = promisify(execFile);
const API_CHANGES = join(import.meta.dirname, "../bin/api-changes.mjs");
const changesetsCli = join(
  createRequire(join(repoRoot, "package.json")).resolve("@changesets/cli/package.json"),
  "../bin.js",
);

describe("this repository", () => {
  test("has the released spec of its current version as the baseline", () => {
    const version = currentVersion(repoRoot);
    expect(listReleases(repoRoot)).toContain(version);
  });

  test("its API changelog page is what the releases produce (never edited by hand)", () => {
    const committed = readFileSync(repoPaths(repoRoot).docsPage, "utf8");
    expect(committed).toBe(renderDocsPage(repoRoot));
    expect(committed).toMatch(/^# API changelog\n/);
  });

  test("the root scripts run these commands", () => {
    const { scripts } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    expect(scripts["api-changes"]).toMatch(/&& node tools\/api-changes\/bin\/api-changes\.mjs$/);
    expect(scripts["check-release"]).toMatch(/^turbo run check-release\b/);
    expect(scripts["version-packages"]).toMatch(
      /^changeset version && .*node tools\/api-changes\/bin\/api-changes\.mjs release$/,
    );
  });
});

describe("pnpm version-packages on a scratch repository", () => {
  let scratch;
  let root;

  beforeAll(() => {
    scratch = makeScratchDir();
    root = join(scratch, "repo");
    // Scratch bundles of global-setup.mjs (edits.mjs, SCRATCH_SPECS).
    const bundles = inject("bundles");
    writeScratchRepository(root, {
      version: "0.1.0",
      changeset: { name: "birthday", bump: "minor", summary: "Customers have a date of birth." },
      released: bundles.unchanged,
      current: bundles["add an optional field"],
    });
    // The changelog generator named in config.json resolves from the repository's dependencies.
    symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"), "dir");
  });
  afterAll(() => removeScratchDir(scratch));

  test("snapshots the spec as the new version and writes the API changes for people", async () => {
    await run(process.execPath, [changesetsCli, "version"], { cwd: root });
    expect(currentVersion(root)).toBe("0.2.0");
    // The command's code in process (src/cli.mjs); its bin runs for real below.
    const output = [];
    const io = { out: (text) => output.push(text), err: (text) => output.push(text) };
    expect(await apiChanges(["release", "--root", root], io)).toBe(0);
    console.log(output.join("\n"));

    expect(listReleases(root)).toEqual(["0.1.0", "0.2.0"]);
    expect(readBundledSpec(join(root, "spec/releases/0.2.0/openapi.yaml"))).toEqual(
      readBundledSpec(join(root, "spec/dist/openapi.yaml")),
    );
    const record = JSON.parse(readFileSync(join(root, "spec/releases/0.2.0/changes.json"), "utf8"));
    expect(record).toMatchObject({ version: "0.2.0", previous: "0.1.0", bump: "minor" });

    const line =
      "- **feature**: `POST /customers request body: data.dateOfBirth` · property added (`request-property-added`)";
    for (const name of ["api-types", "api-client"]) {
      const changelog = readFileSync(join(root, `packages/${name}/CHANGELOG.md`), "utf8");
      expect(changelog).toContain(
        "## 0.2.0\n\n### Minor Changes\n\n- Customers have a date of birth.",
      );
      expect(changelog).toContain("### API changes since 0.1.0");
      expect(changelog).toContain(line);
    }
    const page = readFileSync(join(root, "apps/docs/guides/06-api-changelog.md"), "utf8");
    expect(page).toContain(`## 0.2.0\n\nBump **minor** since 0.1.0:\n\n`);
    expect(page).toContain(line);
    expect(page.indexOf("## 0.2.0")).toBeLessThan(page.indexOf("## 0.1.0"));

    // The new release is the baseline now: nothing changed since, nothing to gate. The real
    // `pnpm api-changes --json` (its bin, in a process of its own) says so too.
    const after = await analyze({ root });
    expect(after).toMatchObject({ baseline: { version: "0.2.0" }, bump: "none", changes: [] });
    const { stdout } = await run(process.execPath, [API_CHANGES, "--root", root, "--json"]);
    expect(JSON.parse(stdout)).toEqual({ bump: "none", changes: [] });
  }, 180_000);
});

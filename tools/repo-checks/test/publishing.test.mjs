// Safe publishing: a packed package is built from its sources right then (never a stale dist/: the
// `pnpm pack` run itself is in fresh-checkouts.test.mjs, on a fresh checkout), `pnpm release` runs
// the whole test suite before publishing, and a change to a published package comes with a
// changeset (scripts/check-changeset.mjs, run by CI on every pull request).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repo } from "@vivamo/test-kit/scratch-copy";

const exec = promisify(execFile);
const checkChangeset = join(repo, "scripts", "check-changeset.mjs");

describe("pnpm release", () => {
  it("runs the whole test suite (npm test) before publishing", async () => {
    const { scripts } = JSON.parse(await readFile(join(repo, "package.json"), "utf8"));
    expect(scripts.release).toMatch(/^npm test && changeset publish$/);
    expect(scripts.test).toBe("node scripts/run.mjs test");
  });

  it("every published package builds in prepack", async () => {
    for (const dir of ["packages/api-types", "packages/api-client"]) {
      const manifest = JSON.parse(await readFile(join(repo, dir, "package.json"), "utf8"));
      expect(manifest.private, dir).toBeUndefined();
      expect(manifest.scripts.prepack, dir).toContain(`turbo run build --filter=${manifest.name}`);
    }
  });
});

describe("changeset check (scripts/check-changeset.mjs) on a scratch git repository", () => {
  let git;
  beforeAll(async () => {
    git = await mkdtemp(join(tmpdir(), "vivamo-changeset-"));
    const files = {
      "package.json": JSON.stringify({ name: "x", private: true }),
      "pnpm-workspace.yaml": "packages:\n  - packages/*\n  - apps/*\n",
      "packages/lib/package.json": JSON.stringify({ name: "@x/lib", version: "1.0.0" }),
      "packages/lib/src/index.ts": "export const a = 1;\n",
      "packages/lib/test/index.test.ts": "// test\n",
      "apps/site/package.json": JSON.stringify({ name: "@x/site", private: true }),
      "apps/site/index.ts": "export {};\n",
      ".changeset/README.md": "# Changesets\n",
      // The repository's own config: its changedFilePatterns say which files count.
      ".changeset/config.json": await readFile(join(repo, ".changeset", "config.json"), "utf8"),
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(join(git, dirname(file)), { recursive: true });
      await writeFile(join(git, file), text);
    }
    await run("git", "init", "-q", "-b", "main");
    await run("git", "add", ".");
    await commit("base");
  });
  afterAll(() => rm(git, { recursive: true, force: true }));

  const run = (cmd, ...args) => exec(cmd, args, { cwd: git });
  /** Commits everything staged, as a throwaway author (the scratch repo has no git identity). */
  const commit = (message) =>
    run("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message);
  /** Runs the check on a fresh branch after `change`; resolves with its exit code and output. */
  async function check(branch, change) {
    await run("git", "checkout", "-q", "-b", branch, "main");
    await change();
    await run("git", "add", "-A");
    await commit(branch);
    try {
      const { stdout } = await exec(process.execPath, [checkChangeset, "--base", "main"], {
        cwd: git,
      });
      return { code: 0, output: stdout };
    } catch (error) {
      return { code: error.code, output: `${error.stdout}${error.stderr}` };
    }
  }
  const edit = (file, text) => writeFile(join(git, file), text);

  it("fails, naming the package and the fix, when a published package changes alone", async () => {
    const { code, output } = await check("no-changeset", () =>
      edit("packages/lib/src/index.ts", "export const a = 2;\n"),
    );
    expect(code).toBe(1);
    expect(output).toContain("@x/lib changed (in packages/lib/) but no changeset names it");
    expect(output).toContain("pnpm changeset");
  });

  it("passes when a changeset names the changed package", async () => {
    const { code, output } = await check("with-changeset", async () => {
      await edit("packages/lib/src/index.ts", "export const a = 3;\n");
      await edit(".changeset/brave-lions.md", '---\n"@x/lib": minor\n---\n\nNew a.\n');
    });
    expect(code, output).toBe(0);
    expect(output).toContain("@x/lib: covered by a changeset");
  });

  it("fails when the changeset names another package", async () => {
    const { code } = await check("wrong-changeset", async () => {
      await edit("packages/lib/src/index.ts", "export const a = 4;\n");
      await edit(".changeset/calm-owls.md", '---\n"@x/other": patch\n---\n\nOther.\n');
    });
    expect(code).toBe(1);
  });

  it("accepts an empty changeset (no release on purpose)", async () => {
    const { code } = await check("empty-changeset", async () => {
      await edit("packages/lib/src/index.ts", "export const a = 5;\n");
      await edit(".changeset/quiet-cats.md", "---\n---\n");
    });
    expect(code).toBe(0);
  });

  it("needs no changeset for private packages, tests or Markdown", async () => {
    const { code, output } = await check("no-release-needed", async () => {
      await edit("apps/site/index.ts", "export const b = 1;\n");
      await edit("packages/lib/test/index.test.ts", "// more tests\n");
      await edit("packages/lib/README.md", "# lib\n");
    });
    expect(code, output).toBe(0);
    expect(output).toContain("no change to a published package");
  });
});

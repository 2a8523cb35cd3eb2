// The task graph must be precise: a spec edit re-runs exactly the tasks that read the spec, and a
// client edit never re-runs the spec's tasks. We check it the way turbo decides it, with task
// hashes from `turbo run --dry=json`, on a scratch copy of the tracked files (never on the working
// tree, which other tasks are reading while this test runs).
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUIET_TOOL_ENV } from "@vivamo/test-kit/quiet-env";

const run = promisify(execFile);
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const turbo = join(repo, "node_modules", ".bin", "turbo");
const TASKS = ["lint", "bundle", "generate", "check-generated", "build", "typecheck", "test"];

let copy;
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "vivamo-task-graph-"));
  const { stdout } = await run("git", ["ls-files", "-z"], { cwd: repo, maxBuffer: 64 << 20 });
  for (const file of stdout.split("\0").filter(Boolean)) {
    await cp(join(repo, file), join(copy, file), { recursive: true }).catch((error) => {
      if (error.code !== "ENOENT") throw error; // a tracked file deleted in the working tree
    });
  }
});
afterAll(() => rm(copy, { recursive: true, force: true }));

/** Task id → hash for every task that has a script, as turbo would run them now. */
async function taskHashes() {
  const env = { ...process.env, ...QUIET_TOOL_ENV };
  const { stdout } = await run(turbo, ["run", ...TASKS, "--dry=json"], {
    cwd: copy,
    env,
    maxBuffer: 64 << 20,
  });
  const { tasks } = JSON.parse(stdout);
  return new Map(
    tasks
      .filter((task) => task.command !== "<NONEXISTENT>")
      .map((task) => [task.taskId, task.hash]),
  );
}

/** The hashes of the unchanged copy, computed once: every edit below is undone after its check. */
let unchanged;

/** Applies `edit` to one file of the copy and returns the ids of the tasks whose hash changed. */
async function invalidatedBy(file, edit) {
  const before = await (unchanged ??= taskHashes());
  const path = join(copy, file);
  const original = await readFile(path, "utf8");
  await writeFile(path, edit(original));
  try {
    const after = await taskHashes();
    return [...after]
      .filter(([id, hash]) => before.get(id) !== hash)
      .map(([id]) => id)
      .sort();
  } finally {
    await writeFile(path, original);
  }
}

describe("turbo task graph", () => {
  it("re-runs the spec's consumers, and no build that does not read the spec, on a spec edit", async () => {
    const changed = await invalidatedBy("spec/components/schemas/CustomerData.yaml", (text) =>
      text.replace("City or town.", "City or town name."),
    );
    expect(changed).toEqual(
      expect.arrayContaining([
        "@vivamo/spec#lint",
        "@vivamo/spec#bundle",
        "@vivamo/spec#test",
        "@vivamo/api-types#generate",
        "@vivamo/api-types#check-generated",
        "@vivamo/api-client#test",
        "@vivamo/docs#build",
        "@vivamo/docs#test",
        "@vivamo/mock-server#test",
        "@vivamo/example-list-customers#test",
        "@vivamo/package-smoke#test",
      ]),
    );
    // The types and the client compile the committed generated file, not the spec: until
    // `pnpm generate` changes that file, their builds and typechecks stay cached.
    expect(changed.filter((id) => /#(build|typecheck)$/.test(id))).toEqual(["@vivamo/docs#build"]);
  });

  it("rebuilds the types and everything built on them when the generated file changes", async () => {
    const changed = await invalidatedBy("packages/api-types/src/generated/openapi.ts", (text) =>
      text.replace("GENERATED FILE", "GENERATED  FILE"),
    );
    expect(changed).toEqual(
      expect.arrayContaining([
        "@vivamo/api-types#build",
        "@vivamo/api-types#check-generated",
        "@vivamo/api-client#build",
        "@vivamo/api-client#typecheck",
        "@vivamo/docs#build",
      ]),
    );
    expect(changed.filter((id) => id.startsWith("@vivamo/spec#"))).toEqual([]);
  });

  it("never re-runs the spec's or the types' tasks on a client edit", async () => {
    const changed = await invalidatedBy("packages/api-client/src/index.ts", (text) => `${text}\n`);
    expect(changed).toContain("@vivamo/api-client#build");
    expect(changed).toContain("@vivamo/docs#build");
    expect(changed).toContain("@vivamo/package-smoke#test"); // the packed client changed
    expect(changed.filter((id) => /^@vivamo\/(spec|api-types)#/.test(id))).toEqual([]);
  });

  it("does not rebuild anything for a README edit", async () => {
    const changed = await invalidatedBy("packages/api-types/README.md", (text) => `${text}\n`);
    expect(changed.filter((id) => /#(build|typecheck)$/.test(id))).toEqual([]);
    // Nor re-runs the package smoke tests: what they check (dist/, package.json) is unchanged.
    expect(changed).not.toContain("@vivamo/package-smoke#test");
  });
});

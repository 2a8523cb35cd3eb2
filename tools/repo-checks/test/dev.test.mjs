// `pnpm dev` regenerates the types once per save and stops cleanly on Ctrl-C (exit 0, no pnpm
// ELIFECYCLE). It runs on a scratch copy of the tracked files (with the installed node_modules
// linked in), never on the working tree, which other tasks are reading while this test runs.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { scaled } from "../../../vitest.shared.mjs";

const exec = promisify(execFile);
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const GENERATED = "packages/api-types/src/generated/openapi.ts";
const SPEC_FILE = "spec/components/schemas/CustomerData.yaml";

let copy;
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "vivamo-dev-"));
  const { stdout } = await exec(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: repo, maxBuffer: 64 << 20 },
  );
  const files = stdout.split("\0").filter(Boolean);
  for (const file of files) {
    await cp(join(repo, file), join(copy, file)).catch((error) => {
      if (error.code !== "ENOENT") throw error; // a tracked file deleted in the working tree
    });
  }
  // The installed dependencies, linked: the root's and every workspace's node_modules.
  const workspaces = new Set(files.filter((f) => f.endsWith("package.json")).map(dirname));
  for (const dir of workspaces) {
    if (existsSync(join(repo, dir, "node_modules")))
      await symlink(join(repo, dir, "node_modules"), join(copy, dir, "node_modules"), "dir");
  }
});
afterAll(() => rm(copy, { recursive: true, force: true }));

it(
  "regenerates once per save and stops on Ctrl-C with exit 0",
  async () => {
    const dev = spawn("pnpm", ["dev"], {
      cwd: copy,
      detached: true, // its own process group, as a terminal's foreground job
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", VITEST: "" },
    });
    let output = "";
    dev.stdout.on("data", (chunk) => (output += chunk));
    dev.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise((resolve) =>
      dev.once("exit", (code, signal) => resolve({ code, signal })),
    );
    const runs = () => output.match(/\[dev\] regenerating/g)?.length ?? 0;
    const done = () => output.match(/\[dev\] regenerated in/g)?.length ?? 0;
    const waitFor = async (what, condition, budget = scaled(120_000)) => {
      const deadline = Date.now() + budget;
      while (!condition()) {
        if (dev.exitCode !== null)
          throw new Error(`pnpm dev exited while waiting for ${what}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`No ${what} within ${budget} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    try {
      await waitFor("first generation", () => done() === 1);

      // One save (as editors do it: several writes in a row).
      const spec = join(copy, SPEC_FILE);
      const text = await readFile(spec, "utf8");
      const edited = text.replace("City or town.", "City, town or village.");
      expect(edited).not.toBe(text);
      await writeFile(spec, edited.replace("village.", "village"));
      await writeFile(spec, edited);
      await waitFor("regeneration after the save", () => done() === 2);
      await expect(readFile(join(copy, GENERATED), "utf8")).resolves.toContain(
        "City, town or village.",
      );
      // Nothing else follows: what generate wrote does not trigger another run.
      await new Promise((resolve) => setTimeout(resolve, scaled(4_000)));
      expect(runs(), output).toBe(2);
    } finally {
      if (dev.exitCode === null) process.kill(-dev.pid, "SIGINT");
    }
    const timer = setTimeout(() => process.kill(-dev.pid, "SIGKILL"), scaled(30_000));
    const result = await exited;
    clearTimeout(timer);
    expect(result, output).toEqual({ code: 0, signal: null });
    expect(output).toContain("[dev] stopped after 2 run(s).");
    expect(output).not.toMatch(/ELIFECYCLE|Command failed/);
  },
  scaled(300_000),
);

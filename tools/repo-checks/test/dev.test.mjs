// `pnpm dev` regenerates the types once per save and stops cleanly on Ctrl-C (exit 0, no pnpm
// ELIFECYCLE). It runs on a scratch copy of the tracked files (with the installed node_modules
// linked in), never on the working tree, which other tasks are reading while this test runs.
import { spawn } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { scaled } from "../../../vitest.shared.mjs";
import { scratchCopy } from "./scratch-copy.mjs";

const GENERATED = "packages/api-types/src/generated/openapi.ts";
const SPEC_FILE = "spec/components/schemas/CustomerData.yaml";

let copy;
beforeAll(async () => {
  copy = await scratchCopy("vivamo-dev-");
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

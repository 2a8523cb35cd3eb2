// `npm test`'s closing summary must never under-report. Each case below is injected for real: a
// scratch pnpm workspace whose packages run the real vitest with the same JSON reporter settings
// as ours (tools/test-kit/src/vitest.mjs), then tools/test-kit/src/test-summary.mjs adds up what they left behind.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearReports, workspacesWithTests } from "@vivamo/test-kit/test-reports";

const exec = promisify(execFile);
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const vitest = join(repo, "tools", "repo-checks", "node_modules", ".bin", "vitest");
const summaryScript = join(repo, "tools", "test-kit", "src", "test-summary.mjs");
const runReporter = join(repo, "tools", "test-kit", "src", "vitest-run-reporter.mjs");

const PASSING = `it("adds", () => expect(1 + 1).toBe(2));\n`;

/** Each scratch workspace: its test files, and an optional global setup module. */
const WORKSPACES = {
  ok: { "test/a.test.mjs": PASSING },
  "failed-test": {
    "test/a.test.mjs": `${PASSING}it("is wrong", () => expect(1).toBe(2));\n`,
  },
  "import-error": {
    "test/a.test.mjs": `import "./does-not-exist.mjs";\n${PASSING}`,
  },
  "hook-error": {
    "test/a.test.mjs": `beforeAll(() => { throw new Error("Prism did not listen"); });\n${PASSING}`,
  },
  "no-test-files": { "src/index.mjs": "export {};\n" },
  // Every test passes, but an error escapes them: vitest fails the run (success: false).
  "unhandled-error": {
    "test/a.test.mjs": `${PASSING}it("leaks", () => { setTimeout(() => { throw new Error("late failure"); }, 0); });\nit("waits", () => new Promise((r) => setTimeout(r, 50)));\n`,
  },
  "global-setup-error": {
    "test/a.test.mjs": PASSING,
    "global-setup.mjs": `export default () => { throw new Error("mock failed to start"); };\n`,
  },
  // Has a test script, but nothing runs it (as when turbo stops before it).
  "not-run": { "test/a.test.mjs": PASSING },
};

let scratch;
let output;
let exitCode;

/** Writes a pnpm workspace with the given packages under `ws/`. */
async function writeWorkspace(root, names) {
  await writeFile(
    join(root, "pnpm-workspace.yaml"),
    `packages:\n  - ws/*\n  - "tools/no-tests" # a workspace without a test script is not expected to report\n`,
  );
  await mkdir(join(root, "tools", "no-tests"), { recursive: true });
  await writeFile(join(root, "tools", "no-tests", "package.json"), `{"name":"no-tests"}`);
  for (const name of names) {
    const dir = join(root, "ws", name);
    for (const [file, text] of Object.entries(WORKSPACES[name])) {
      await mkdir(join(dir, file, ".."), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    await writeFile(
      join(dir, "package.json"),
      JSON.stringify({ name, type: "module", scripts: { test: "vitest run" } }),
    );
  }
}

/** Runs vitest in one scratch workspace the way our packages do (reporters from tools/test-kit/src/vitest.mjs). */
async function runVitest(dir, withGlobalSetup) {
  const args = [
    "run",
    "--globals",
    "--reporter=default",
    "--reporter=json",
    `--reporter=${runReporter}`,
  ];
  args.push("--outputFile.json=test-results/vitest.json");
  if (withGlobalSetup) args.push("--globalSetup=./global-setup.mjs");
  await exec(vitest, args, { cwd: dir, env: { ...process.env, CI: "true" } }).catch(() => {});
}

async function summary(root) {
  try {
    const { stdout } = await exec(process.execPath, [summaryScript, "--root", root]);
    return { stdout, code: 0 };
  } catch (error) {
    return { stdout: error.stdout, code: error.code };
  }
}

/** The summary's line for one workspace. */
const line = (name) => output.split("\n").find((l) => l.trimStart().startsWith(`ws/${name} `));
/** The problems listed under one workspace's line. */
function problems(name) {
  const lines = output.split("\n");
  const start = lines.findIndex((l) => l.trimStart().startsWith(`ws/${name} `));
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => !l.startsWith("      - "));
  return rest.slice(0, end).join("\n");
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "vivamo-summary-"));
  const names = Object.keys(WORKSPACES);
  await writeWorkspace(scratch, names);
  await Promise.all(
    names
      .filter((name) => name !== "not-run")
      .map((name) => runVitest(join(scratch, "ws", name), name === "global-setup-error")),
  );
  ({ stdout: output, code: exitCode } = await summary(scratch));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("test summary (tools/test-kit/src/test-summary.mjs)", () => {
  it("expects a report from every workspace with a test script, and only those", () => {
    expect(workspacesWithTests(scratch)).toEqual(
      Object.keys(WORKSPACES)
        .map((name) => `ws/${name}`)
        .sort(),
    );
    expect(output).not.toContain("no-tests");
  });

  it("counts a failed test as failed", () => {
    expect(line("failed-test")).toMatch(/1 passed, 1 failed, 0 skipped\s+FAILED/);
  });

  it("counts a test file that fails to load (import error) as failed, with the reason", () => {
    expect(line("import-error")).toMatch(/0 passed, 1 failed\b.*FAILED/);
    expect(problems("import-error")).toMatch(/test\/a\.test\.mjs failed to run: .*does-not-exist/);
  });

  it("counts a throwing beforeAll (vitest reports its tests as skipped) as failed", () => {
    expect(line("hook-error")).toMatch(/0 passed, 1 failed, 1 skipped\s+FAILED/);
    expect(problems("hook-error")).toContain("Prism did not listen");
  });

  it('counts "No test files found" as failed', () => {
    expect(line("no-test-files")).toMatch(/1 failed.*FAILED/);
    expect(problems("no-test-files")).toContain("no test files found");
  });

  it("counts an unhandled error (all tests passed, vitest failed the run) as failed", () => {
    expect(line("unhandled-error")).toMatch(/3 passed, 1 failed.*FAILED/);
    expect(problems("unhandled-error")).toContain(
      "unhandled error(s) during the run: Error: late failure",
    );
  });

  it("counts a global setup error (vitest writes no report) as failed", () => {
    expect(line("global-setup-error")).toMatch(/0 passed, 1 failed.*FAILED/);
    expect(problems("global-setup-error")).toContain("no test report");
  });

  it("counts a workspace whose tests did not run as failed, by name", () => {
    expect(line("not-run")).toMatch(/0 passed, 1 failed.*FAILED/);
    expect(output).toMatch(/Failed: .*ws\/not-run/);
  });

  it("adds everything up in the closing line and exits 1", () => {
    const last = output.trim().split("\n").at(-1);
    // 1 (ok) + 1 (failed-test) + 3 (unhandled-error) passed; 7 failures: one per broken workspace.
    expect(last).toBe("5 passed, 7 failed, 1 skipped");
    expect(exitCode).toBe(1);
    expect(line("ok")).toMatch(/1 passed, 0 failed, 0 skipped\s+ok\s+\d+\.\d s$/);
  });

  it("never counts a report left over from an earlier run (scripts/run.mjs clears them first)", async () => {
    const root = await mkdtemp(join(tmpdir(), "vivamo-summary-stale-"));
    try {
      // A workspace with the report of a successful run (the "ok" run above).
      await writeWorkspace(root, []);
      await cp(join(scratch, "ws", "ok"), join(root, "ws", "ok"), { recursive: true });
      expect((await summary(root)).code).toBe(0);
      // The next `npm test` starts by clearing the reports; this time the tests do not run.
      clearReports(root);
      const { stdout, code } = await summary(root);
      expect(code).toBe(1);
      expect(stdout).toMatch(/ws\/ok\s+0 passed, 1 failed/);
      expect(stdout).toContain("no test report");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("exits 0 when every workspace reported success", async () => {
    const root = await mkdtemp(join(tmpdir(), "vivamo-summary-ok-"));
    try {
      await writeWorkspace(root, []);
      await cp(join(scratch, "ws", "ok"), join(root, "ws", "ok"), { recursive: true });
      const { stdout, code } = await summary(root);
      expect(stdout.trim().split("\n").at(-1)).toBe("1 passed, 0 failed, 0 skipped");
      expect(code).toBe(0);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

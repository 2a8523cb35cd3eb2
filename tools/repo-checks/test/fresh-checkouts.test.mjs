// Two fresh checkouts of the repository (scratch copies: no .turbo, no dist/, no spec bundle, as two
// CI runners have them) that share one self-hosted turbo remote cache (scripts/remote-cache.mjs: the
// pinned turborepo-remote-cache server, local filesystem storage). On them:
//   - `pnpm pack` of @vivamo/api-types builds it first (prepack), so the tarball carries a fresh
//     dist/; that build is the first checkout's, a remote-cache miss uploaded to the server;
//   - the second checkout's build of the same package is a full remote-cache hit;
//   - the commands that need the bundled spec say to run `pnpm generate` instead of failing deep
//     inside Redocly, Prism or a module resolver.
//
// To stay fast on a busy 2-core machine it builds one package, @vivamo/api-types (its build is a
// real tsdown run of the generated types), not the whole graph: the cache protocol is the same for
// every task. One build serves both the pack check and the cache check.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "@vivamo/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUIET_TOOL_ENV } from "@vivamo/test-kit/quiet-env";
import { installServer, startRemoteCache } from "../../../scripts/remote-cache.mjs";
import { scaled } from "@vivamo/test-kit/vitest";
import { scratchCopy } from "@vivamo/test-kit/scratch-copy";

const exec = promisify(execFile);
const TASK = "@vivamo/api-types#build";

let cache;
let storage;
let a;
let b;
beforeAll(async () => {
  installServer(); // first use on a fresh machine: npm ci from its lockfile
  storage = await mkdtemp(join(tmpdir(), "vivamo-remote-cache-"));
  [cache, a, b] = await Promise.all([
    freePort().then((port) => startRemoteCache({ port, storage })),
    scratchCopy("vivamo-runner-a-"),
    scratchCopy("vivamo-runner-b-"),
  ]);
}, scaled(300_000));
afterAll(async () => {
  await cache?.close();
  await Promise.all([storage, a, b].map((dir) => dir && rm(dir, { recursive: true, force: true })));
});

/** The environment of a CI runner that uses the shared cache, with turbo's run summary on. */
const runnerEnv = () => ({
  ...process.env,
  TURBO_API: cache.url,
  TURBO_TOKEN: cache.token,
  TURBO_TEAM: "vivamo",
  TURBO_RUN_SUMMARY: "true",
  ...QUIET_TOOL_ENV,
  VITEST: "",
});

/** The tasks of the only turbo run summary of a checkout (.turbo/runs/*.json). */
async function runSummaryTasks(checkout) {
  const runs = join(checkout, ".turbo", "runs");
  const files = (await readdir(runs)).filter((name) => name.endsWith(".json"));
  expect(files).toHaveLength(1);
  return JSON.parse(await readFile(join(runs, files[0]), "utf8")).tasks;
}

/** `pnpm pack` of @vivamo/api-types in the first checkout, once; resolves with the tarball's files. */
let packed;
const packFirstCheckout = () =>
  (packed ??= (async () => {
    const destination = join(a, "packed");
    await mkdir(destination);
    await exec("pnpm", ["pack", "--pack-destination", destination], {
      cwd: join(a, "packages", "api-types"),
      timeout: scaled(180_000),
      env: runnerEnv(),
    });
    const [tarball] = await readdir(destination);
    const { stdout } = await exec("tar", ["-tzf", join(destination, tarball)]);
    return stdout.split("\n");
  })());

describe("pnpm pack", () => {
  it("builds @vivamo/api-types first (prepack), so the tarball carries a fresh dist/", async () => {
    expect(await packFirstCheckout()).toEqual(
      expect.arrayContaining(["package/dist/index.js", "package/dist/index.d.ts"]),
    );
  });
});

describe("the turbo remote cache", () => {
  it(
    "the second of two fresh checkouts gets a full remote-cache hit from the first one's build",
    async () => {
      await packFirstCheckout();
      // The first checkout's build (prepack's) ran: a miss, whose artifact reached the server's
      // filesystem storage.
      const firstTask = (await runSummaryTasks(a)).find((task) => task.taskId === TASK);
      expect(firstTask?.cache.status).toBe("MISS");
      expect((await readdir(storage, { recursive: true })).length).toBeGreaterThan(0);

      const { stdout, stderr } = await exec(
        join(b, "node_modules", ".bin", "turbo"),
        ["run", "build", "--filter=@vivamo/api-types", "--output-logs=hash-only"],
        { cwd: b, timeout: scaled(180_000), env: runnerEnv() },
      );
      const log = `${stdout}${stderr}`;
      expect(log).toContain("FULL TURBO");
      const tasks = await runSummaryTasks(b);
      for (const task of tasks.filter((t) => t.command !== "<NONEXISTENT>")) {
        expect({ task: task.taskId, ...task.cache }, log).toMatchObject({
          status: "HIT",
          source: "REMOTE",
        });
      }
      expect(tasks.map((t) => t.taskId)).toContain(TASK);
      // Replayed outputs, not just a log: the built files are there.
      await expect(readdir(join(b, "packages", "api-types", "dist"))).resolves.toContain(
        "index.js",
      );
    },
    scaled(300_000),
  );
});

/** Runs `node <args>` in a checkout; resolves with its exit code and everything it printed. */
async function node(checkout, args, env = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, args, {
      cwd: checkout,
      timeout: scaled(60_000),
      env: { ...process.env, ...env },
    });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

// Building @vivamo/api-types bundles no spec: spec/dist is missing in both checkouts.
describe("a missing bundle", () => {
  it("the docs build says to run pnpm generate", async () => {
    const { code, output } = await node(b, [join("apps", "docs", "scripts", "build.mjs")]);
    expect(code).toBe(1);
    expect(output).toMatch(/spec\/dist\/openapi\.json is missing: run `pnpm generate` first/);
  });

  it("serving the portal and the mock (scripts/serve.mjs) says to run pnpm generate", async () => {
    const { code, output } = await node(a, [join("scripts", "serve.mjs")], {
      VIVAMO_MOCK_PORT: String(await freePort()),
      VIVAMO_DOCS_PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expect(output).toMatch(/spec\/dist\/openapi\.yaml is missing: run `pnpm generate` first/);
  });
});

// CI that scales past one machine: two fresh checkouts of the repository (no .turbo, no dist/, as
// two CI runners have them) share one self-hosted turbo remote cache (scripts/remote-cache.mjs:
// the pinned turborepo-remote-cache server, local filesystem storage). The first checkout builds
// and uploads; the second one's build is a full remote-cache hit.
//
// To stay fast on a busy 2-core machine it builds one package, @vivamo/api-types (its build is a
// real tsup run of the generated types), not the whole graph: the cache protocol is the same for
// every task.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "@vivamo/mock-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { installServer, startRemoteCache } from "../../../scripts/remote-cache.mjs";
import { scaled } from "../../../vitest.shared.mjs";
import { scratchCopy } from "./scratch-copy.mjs";

const exec = promisify(execFile);
const TASK = "@vivamo/api-types#build";

let cache;
let storage;
const checkouts = [];
beforeAll(async () => {
  installServer(); // first use on a fresh machine: npm ci from its lockfile
  storage = await mkdtemp(join(tmpdir(), "vivamo-remote-cache-"));
  cache = await startRemoteCache({ port: await freePort(), storage });
  checkouts.push(await scratchCopy("vivamo-runner-a-"), await scratchCopy("vivamo-runner-b-"));
}, scaled(300_000));
afterAll(async () => {
  await cache?.close();
  await Promise.all(
    [storage, ...checkouts].map((dir) => dir && rm(dir, { recursive: true, force: true })),
  );
});

/** Builds @vivamo/api-types in a checkout against the shared cache; returns its log and run summary. */
async function build(checkout) {
  const { stdout, stderr } = await exec(
    join(checkout, "node_modules", ".bin", "turbo"),
    ["run", "build", "--filter=@vivamo/api-types", "--summarize", "--output-logs=hash-only"],
    {
      cwd: checkout,
      timeout: scaled(180_000),
      env: {
        ...process.env,
        TURBO_API: cache.url,
        TURBO_TOKEN: cache.token,
        TURBO_TEAM: "vivamo",
        TURBO_TELEMETRY_DISABLED: "1",
        TURBO_NO_UPDATE_NOTIFIER: "1",
        VITEST: "",
      },
    },
  );
  const runs = join(checkout, ".turbo", "runs");
  const [file] = (await readdir(runs)).filter((name) => name.endsWith(".json"));
  const summary = JSON.parse(await readFile(join(runs, file), "utf8"));
  return { log: `${stdout}${stderr}`, tasks: summary.tasks };
}

it(
  "the second of two fresh checkouts gets a full remote-cache hit from the first one's build",
  async () => {
    const [a, b] = checkouts;
    const first = await build(a);
    const firstTask = first.tasks.find((task) => task.taskId === TASK);
    expect(firstTask?.cache.status, first.log).toBe("MISS");
    // The artifact reached the server's filesystem storage.
    expect((await readdir(storage, { recursive: true })).length).toBeGreaterThan(0);

    const second = await build(b);
    expect(second.log).toContain("FULL TURBO");
    for (const task of second.tasks.filter((t) => t.command !== "<NONEXISTENT>")) {
      expect({ task: task.taskId, ...task.cache }, second.log).toMatchObject({
        status: "HIT",
        source: "REMOTE",
      });
    }
    expect(second.tasks.map((t) => t.taskId)).toContain(TASK);
    // Replayed outputs, not just a log: the built files are there.
    await expect(readdir(join(b, "packages", "api-types", "dist"))).resolves.toContain("index.js");
  },
  scaled(300_000),
);

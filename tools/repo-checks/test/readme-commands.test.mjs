// Every command a README shows runs as written. A shell block that a README marks as runnable is
// executed here, from the repository root, exactly as a reader would paste it:
//
//   <!-- runnable -->          the block runs to completion and exits 0, against a running mock
//   ```sh                      (the Prism mock of the bundled spec, on VIVAMO_MOCK_PORT)
//   ...
//   ```
//
//   <!-- runnable: server -->  the block starts a server: it must print its URL(s), answer on
//   ```sh                      them, and stop cleanly (exit 0, no ELIFECYCLE) on Ctrl-C; it gets
//   ...                        its own free VIVAMO_MOCK_PORT and VIVAMO_DOCS_PORT
//   ```
//
// Blocks run with `bash -e -c` (a terminal's shell is bash far more often than not, and bash, like
// an interactive shell, does not die with a server that handled Ctrl-C itself and exited 0).
// The marker is documented in the root README ("Runnable README commands").
import { execFile } from "node:child_process";
import {
  accessSync,
  chmodSync,
  constants,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { freePort, startMock } from "@vivamo/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProcess } from "@vivamo/test-kit/processes";
import { scaled } from "@vivamo/test-kit/vitest";

const exec = promisify(execFile);
const repo = fileURLToPath(new URL("../../..", import.meta.url));

// The marker, optional blank lines (the formatter adds one), then the fenced block.
const MARKER = /<!--\s*runnable(?::\s*(server))?\s*-->\s*\n(```[^\n]*)\n([\s\S]*?)\n```/g;

/** A marker on its own line. */
const MARKER_LINE = /^<!--\s*runnable\b.*-->\s*$/gm;

/**
 * A README's text with four-backtick fences blanked out (line count kept): what they show is an
 * example of the Markdown itself (as in the root README's description of the marker), not a block.
 * @param {string} text
 */
const withoutExamples = (text) =>
  text.replace(/^````[^\n]*\n[\s\S]*?^````[ \t]*$/gm, (example) => example.replace(/[^\n]/g, ""));

/** Every README.md tracked by git, its runnable blocks (and the line each starts on), its markers. */
async function readmes() {
  const { stdout } = await exec("git", ["ls-files", "-z", "--", "README.md", "**/README.md"], {
    cwd: repo,
  });
  return stdout
    .split("\0")
    .filter(Boolean)
    .map((file) => {
      const text = withoutExamples(readFileSync(join(repo, file), "utf8"));
      const blocks = [...text.matchAll(MARKER)].map((match) => ({
        file,
        line: text.slice(0, match.index).split("\n").length,
        server: match[1] === "server",
        fence: match[2],
        script: match[3],
      }));
      return { file, blocks, markers: text.match(MARKER_LINE)?.length ?? 0 };
    });
}
const files = await readmes();
const blocks = files.flatMap((readme) => readme.blocks);

let mock;
let env;
let shimDir;
/** Each server block → its environment and its start (the running server, or why it failed). */
const servers = new Map();
beforeAll(async () => {
  env = {
    ...process.env,
    VIVAMO_DOCS_PORT: String(await freePort()),
    // The blocks run as a reader would run them, not as part of this vitest run.
    VITEST: "",
    VITEST_WORKER_ID: "",
    NODE_OPTIONS: "",
    FORCE_COLOR: "0",
    NO_COLOR: "1",
  };
  // `npm test` may have run pnpm through npx (no global pnpm): give the blocks a `pnpm` anyway.
  // (Looked up on PATH rather than run: starting pnpm costs a second of CPU.)
  const onPath = (env.PATH ?? "")
    .split(delimiter)
    .some((dir) => dir && isExecutable(join(dir, "pnpm")));
  if (!onPath && process.env.npm_execpath?.includes("pnpm")) {
    shimDir = mkdtempSync(join(tmpdir(), "vivamo-pnpm-"));
    const shim = join(shimDir, "pnpm");
    writeFileSync(
      shim,
      `#!/bin/sh\nexec "${process.execPath}" "${process.env.npm_execpath}" "$@"\n`,
    );
    chmodSync(shim, 0o755);
    env.PATH = `${shimDir}:${env.PATH}`;
  }

  // The server blocks start first, side by side, each on its own free ports; their tests (after
  // the other blocks') check that they answer, then stop them. The one that serves the mock on its
  // VIVAMO_MOCK_PORT (scripts/serve.mjs, what `npm start` ends with) is the running mock the other
  // blocks are documented against ("once `npm start` runs"); without one, a mock is started here.
  for (const block of blocks.filter((b) => b.server)) {
    const serverEnv = {
      ...env,
      VIVAMO_MOCK_PORT: String(await freePort()),
      VIVAMO_DOCS_PORT: String(await freePort()),
      VIVAMO_REMOTE_CACHE_PORT: String(await freePort()),
    };
    const started = startServerBlock(block.script, serverEnv).then(
      (server) => ({ server }),
      (error) => ({ error }),
    );
    servers.set(block, { env: serverEnv, started });
  }
  for (const { env: serverEnv, started } of servers.values()) {
    const { server } = await started;
    const mockUrl = `http://127.0.0.1:${serverEnv.VIVAMO_MOCK_PORT}`;
    if (server?.output().includes(mockUrl) && !env.VIVAMO_MOCK_PORT) {
      env.VIVAMO_MOCK_PORT = serverEnv.VIVAMO_MOCK_PORT;
    }
  }
  if (!env.VIVAMO_MOCK_PORT) {
    mock = await startMock({ port: await freePort(), startupTimeoutMs: scaled(120_000) });
    env.VIVAMO_MOCK_PORT = String(mock.port);
  }
}, scaled(300_000));
afterAll(async () => {
  for (const { started } of servers.values()) await (await started).server?.interrupt();
  await mock?.close();
  if (shimDir) rmSync(shimDir, { recursive: true, force: true });
});

describe("README commands", () => {
  it("finds the runnable blocks of the READMEs, all of them shell blocks", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) {
      expect(block.fence, `${block.file}:${block.line}`).toMatch(/^```(sh|bash|shell)$/);
      expect(block.script.trim(), `${block.file}:${block.line}`).not.toBe("");
    }
  });

  it("never leaves a runnable marker without its shell block", () => {
    for (const { file, blocks: found, markers } of files) expect(found.length, file).toBe(markers);
  });

  for (const block of blocks.filter((b) => !b.server)) {
    it(`runs ${block.file}:${block.line} as written`, async () => {
      const result = await exec("bash", ["-e", "-c", block.script], {
        cwd: repo,
        env,
        timeout: scaled(120_000),
        maxBuffer: 16 << 20,
      }).catch((error) => error);
      const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
      expect(result.code ?? 0, `${block.script}\n--- output:\n${output}`).toBe(0);
    });
  }

  for (const block of blocks.filter((b) => b.server)) {
    it(`starts ${block.file}:${block.line}, answers, and stops cleanly on Ctrl-C`, async () => {
      const { server, error } = await servers.get(block).started;
      if (error) throw error;
      try {
        // Every loopback URL it printed answers (any status below 500: the server is up).
        const urls = new Set(server.output().match(/http:\/\/127\.0\.0\.1:\d+/g));
        expect(urls.size, server.output()).toBeGreaterThan(0);
        for (const url of urls) {
          const response = await fetch(`${url}/`);
          expect(response.status, `${url}\n${server.output()}`).toBeLessThan(500);
        }
      } finally {
        const { code, signal } = await server.interrupt();
        expect({ code, signal }, server.output()).toEqual({ code: 0, signal: null });
        expect(server.output()).not.toMatch(/ELIFECYCLE|Command failed/);
      }
    });
  }
});

/** Whether `file` is a file this process may execute. */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Runs a server block in its own process group and resolves once it printed a loopback URL.
 * Fails with the block's output when it exits first or prints nothing within the (load-scaled)
 * budget: generous, since a first run may install what the server needs (scripts/remote-cache.mjs).
 */
function startServerBlock(script, serverEnv) {
  return startProcess("bash", ["-e", "-c", script], {
    cwd: repo,
    env: serverEnv,
    ready: /Press Ctrl-C|listening on http:\/\/127\.0\.0\.1:\d+/i,
    timeoutMs: scaled(180_000),
    killAfterMs: scaled(30_000),
  });
}

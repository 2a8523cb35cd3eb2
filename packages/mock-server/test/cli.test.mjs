// The `vivamo-mock` command as the README shows it: ports from --port or VIVAMO_MOCK_PORT, pnpm's
// leading `--`, and a clear hint instead of Prism's ENOENT when the spec is not bundled yet. The
// README's `pnpm ... start -- --dynamic` runs for real (pnpm, the executable, Prism); the option
// cases run in-process through the same code (serveOptions, runCli in src/command.js).
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { serveOptions } from "../src/command.js";
import { freePort } from "../src/index.js";
import { runCommand } from "./helpers/cli.mjs";
import { runProcess, startProcess } from "./helpers/processes.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const running = [];
afterAll(() => Promise.all(running.map((p) => p.stop())));

async function start(command, args, env) {
  const server = await startProcess(command, args, {
    cwd: packageDir,
    env,
    ready: /listening on (http:\/\/\S+)/,
  });
  running.push(server);
  return { ...server, url: server.match[1] };
}

describe("vivamo-mock (serve)", { timeout: 180_000 }, () => {
  it("`pnpm --filter @vivamo/mock-server start -- --dynamic` honours VIVAMO_MOCK_PORT", async () => {
    const port = await freePort();
    const server = await start(
      "pnpm",
      ["--filter", "@vivamo/mock-server", "start", "--", "--dynamic"],
      {
        VIVAMO_MOCK_PORT: String(port),
      },
    );
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    const response = await fetch(`${server.url}/customers?size=3`, {
      headers: { Authorization: "Bearer sk_test_mock" },
    });
    const body = await response.json();
    expect(body.limit).toBe(3); // dynamic, and consistent with the request
    await server.stop();
  });

  it("--port wins over VIVAMO_MOCK_PORT, which wins over 4010; the flags reach the options", () => {
    expect(serveOptions(["--port", "4321"], { VIVAMO_MOCK_PORT: "4999" })).toEqual({
      port: 4321,
      host: "127.0.0.1",
      dynamic: false,
      errors: false,
      verbose: false,
    });
    expect(serveOptions([], { VIVAMO_MOCK_PORT: "4999" }).port).toBe(4999);
    expect(serveOptions([], {}).port).toBe(4010);
    expect(
      serveOptions(["--host", "0.0.0.0", "--dynamic", "--errors", "--verbose", "--port", "0"], {}),
    ).toEqual({ port: 0, host: "0.0.0.0", dynamic: true, errors: true, verbose: true });
  });

  it("refuses a port that is not a number, saying which setting was wrong", async () => {
    const result = await runCommand([], { env: { VIVAMO_MOCK_PORT: "http" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'VIVAMO_MOCK_PORT must be a port number (0-65535), got "http".',
    );
    const flag = await runCommand(["--port", "70000"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--port must be a port number (0-65535), got "70000".');
  });

  it("prints its usage with --help, after pnpm's `--` too", async () => {
    const result = await runCommand(["--", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/vivamo-mock trigger <event> --url <endpoint>/);
  });

  it("on a fresh clone (no bundle) says to run `pnpm generate`, not Prism's ENOENT", async () => {
    // A copy of the package with its dependencies but without the spec workspace or a packed copy.
    const copy = mkdtempSync(join(tmpdir(), "vivamo-mock-nobundle-"));
    try {
      cpSync(join(packageDir, "src"), join(copy, "src"), { recursive: true });
      cpSync(join(packageDir, "package.json"), join(copy, "package.json"));
      const require = createRequire(join(packageDir, "package.json"));
      for (const dependency of [
        "@stoplight/prism-cli",
        "@vivamo/spec-model",
        "ajv",
        "ajv-formats",
      ]) {
        const target = join(copy, "node_modules", dependency);
        mkdirSync(dirname(target), { recursive: true });
        symlinkSync(dirname(require.resolve(`${dependency}/package.json`)), target, "dir");
      }
      // pnpm's NODE_PATH would find the workspace's spec from anywhere: a real install has none.
      const result = await runProcess(process.execPath, [join(copy, "src", "cli.js")], {
        env: { NODE_PATH: "" },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        "Run `pnpm generate` (or `pnpm --filter @vivamo/spec bundle`) first, then try again.",
      );
      expect(result.stderr).not.toMatch(/ENOENT|Positionals|Options:/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

// The `vivamo-mock` command as the README shows it: ports from --port or VIVAMO_MOCK_PORT, pnpm's
// leading `--`, and a clear hint instead of Prism's ENOENT when the spec is not bundled yet. The
// README's `pnpm ... start -- --dynamic` runs for real (pnpm, the executable, Prism); the option
// cases run in-process through the same code (serveOptions, runCli in src/command.js).
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { serveOptions } from "../src/command.js";
import { freePort } from "../src/index.js";
import { runCommand } from "./helpers/cli.mjs";
import { listenOnLoopback } from "./helpers/listen.mjs";
import { runProcess, startProcess } from "@vivamo/test-kit/processes";

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
      stateful: false,
      verbose: false,
    });
    expect(serveOptions([], { VIVAMO_MOCK_PORT: "4999" }).port).toBe(4999);
    expect(serveOptions([], {}).port).toBe(4010);
    expect(
      serveOptions(
        ["--host", "0.0.0.0", "--dynamic", "--errors", "--stateful", "--verbose", "--port", "0"],
        {},
      ),
    ).toEqual({
      port: 0,
      host: "0.0.0.0",
      dynamic: true,
      errors: true,
      stateful: true,
      verbose: true,
    });
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

describe("vivamo-mock --stateful, settle and reset", { timeout: 180_000 }, () => {
  const auth = { Authorization: "Bearer sk_test_mock", "Content-Type": "application/json" };
  const post = async (url, body) => {
    const response = await fetch(url, {
      method: "POST",
      headers: auth,
      body: JSON.stringify(body),
    });
    expect(response.status, url).toBe(200);
    return response.json();
  };

  it("completes a KYC verification and settles a payment intent of the running mock (its webhook gets the result), then resets it", async () => {
    const server = await start(process.execPath, ["src/cli.js", "--stateful", "--port", "0"]);
    expect(server.output()).toContain("stateful");
    const received = [];
    const receiver = createServer((req, res) => {
      received.push(req.headers.signature);
      res.writeHead(204).end();
    });
    const receiverPort = await listenOnLoopback(receiver);
    try {
      const endpoint = `http://127.0.0.1:${receiverPort}/hook`;
      const hook = await post(`${server.url}/operators/webhooks`, { url: endpoint });
      await post(`${server.url}/customers`, {
        externalCustomerId: "cli_payer",
        data: { email: "cli@example.com" },
      });
      const { paymentIntentId } = await post(`${server.url}/payment-intents`, {
        customer: { externalCustomerId: "cli_payer" },
        paymentIntent: { amount: "3.00", currency: "USD", externalPaymentIntentId: "cli" },
      });

      await fetch(`${server.url}/customers/cli_payer/kyc-info`, { headers: auth });
      const kyc = await runCommand(["kyc", "cli_payer", "under_review", "--mock-url", server.url]);
      expect(kyc.stderr).toBe("");
      expect(kyc.stdout).toContain(
        "Customer cli_payer's proof_of_id verification is now under_review.",
      );

      const settled = await runCommand([
        "settle",
        paymentIntentId,
        "success",
        "--mock-url",
        server.url,
      ]);
      expect(settled.stderr).toBe("");
      expect(settled.code).toBe(0);
      expect(settled.stdout).toContain(`Payment intent ${paymentIntentId} is now success.`);
      expect(settled.stdout).toContain(`Webhook ${hook._id} (${endpoint}): HTTP 204`);
      expect(settled.stdout).not.toContain(hook.secretKey);
      expect(received).toHaveLength(1);

      const paidTwice = await runCommand([
        "settle",
        paymentIntentId,
        "failed",
        "--mock-url",
        server.url,
      ]);
      expect(paidTwice.code).toBe(1);
      expect(paidTwice.stderr).toContain("HTTP 409");

      // VIVAMO_MOCK_PORT names the mock when --mock-url is left out.
      const reset = await runCommand(["reset"], {
        env: { VIVAMO_MOCK_PORT: new URL(server.url).port },
      });
      expect(reset.code).toBe(0);
      const after = await fetch(`${server.url}/customers/cli_payer`, { headers: auth });
      expect(after.status).toBe(404);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
      await server.stop();
    }
  });

  it("says what is wrong with a --seed before anything starts", async () => {
    const alone = await runCommand(["--seed", "seed.json"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--seed is for the stateful mode: add --stateful.");
    const missing = await runCommand(["--stateful", "--seed", "no-such-seed.json", "--port", "0"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--seed no-such-seed.json: cannot read it (ENOENT).");
    const dir = mkdtempSync(join(tmpdir(), "vivamo-seed-"));
    try {
      writeFileSync(join(dir, "broken.json"), "{ customers: [");
      const broken = await runCommand(["--stateful", "--seed", join(dir, "broken.json")]);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain("broken.json is not JSON:");
      writeFileSync(
        join(dir, "wrong.json"),
        JSON.stringify({ customers: [{ externalCustomerId: 1 }] }),
      );
      const wrong = await runCommand([
        "--stateful",
        "--seed",
        join(dir, "wrong.json"),
        "--port",
        "0",
      ]);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain("seed.customers[0]/externalCustomerId must be string");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says what was wrong with a control command", async () => {
    const missing = await runCommand(["settle", "abc"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("settle needs a payment intent id and an outcome");
    const port = await freePort();
    const down = await runCommand(["reset", "--mock-url", `http://127.0.0.1:${port}`]);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(`The mock at http://127.0.0.1:${port} did not answer`);
    const relative = await runCommand(["reset", "--mock-url", "localhost"]);
    expect(relative.code).toBe(2);
    expect(relative.stderr).toContain("--mock-url: The mock's URL must be absolute");
  });
});

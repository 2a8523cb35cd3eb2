// Runs the example as integrators would (`tsx src/main.ts`) against the real Prism mock, and checks
// its summary against the customers the mock serves (the spec's example).
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort, startMock } from "@vivamo/mock-server";
import { scaled } from "@vivamo/test-kit/vitest";
import { bundledSpec } from "@vivamo/spec-tools/bundled";
import { readOperations } from "@vivamo/spec-model/operations";

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const cwd = fileURLToPath(new URL("..", import.meta.url));

/** Runs src/main.ts with tsx; resolves with stdout, stderr and the exit code. */
async function main(env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [require.resolve("tsx/cli"), "src/main.ts", ...args],
      {
        cwd,
        env: { ...process.env, VIVAMO_API_KEY: "", VIVAMO_BASE_URL: "", ...env },
        timeout: scaled(30_000),
      },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const { stdout, stderr, code } = error as { stdout: string; stderr: string; code: number };
    return { stdout, stderr, code };
  }
}

let mock: Awaited<ReturnType<typeof startMock>>;
beforeAll(async () => {
  mock = await startMock({ errors: true, startupTimeoutMs: scaled(120_000) });
});
afterAll(async () => {
  await mock?.close();
});

it("prints a summary of every customer the mock serves", async () => {
  const listCustomers = readOperations(bundledSpec).find((o) => o.operationId === "listCustomers");
  const example = listCustomers?.response?.examples.find((e) => e.name === "default");
  if (!example) throw new Error("listCustomers has no `default` response example in the spec");
  const { customers } = example.value as {
    customers: Array<{ data: { country?: string }; kycVerifications: Array<{ status: string }> }>;
  };

  const { stdout, stderr, code } = await main({ VIVAMO_BASE_URL: mock.url }, [
    "--size",
    "10",
    "--concurrency",
    "4",
  ]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(stdout).toContain(`Vivamo customers at ${mock.url} (pages of 10, 4 at a time)`);
  expect(stdout).toContain(`Customers: ${customers.length}`);
  for (const customer of customers) {
    expect(stdout).toMatch(
      new RegExp(`^  ${customer.kycVerifications.at(-1)?.status ?? "none"} +\\d+$`, "m"),
    );
    expect(stdout).toMatch(new RegExp(`^  ${customer.data.country ?? "unknown"} +\\d+$`, "m"));
  }
});

it("explains a refused configuration and exits with 1", async () => {
  const { stderr, code } = await main({
    VIVAMO_BASE_URL: "http://api.vivamo.co/v1",
    VIVAMO_API_KEY: "sk_live_x",
  });
  expect(code).toBe(1);
  expect(stderr).toMatch(
    /^VivamoError: Invalid baseUrl http:\/\/api\.vivamo\.co\/v1: .*https:\/\//,
  );
});

it("explains a bad page size and exits with 1", async () => {
  const { stderr, code } = await main({ VIVAMO_BASE_URL: mock.url }, ["--size", "0"]);
  expect(code).toBe(1);
  expect(stderr).toContain("VivamoError: size must be an integer >= 1, got number 0");
});

it("takes pnpm's leading `--` and finds the mock on VIVAMO_MOCK_PORT", async () => {
  // `pnpm start -- --size 7 --concurrency 2` runs `tsx src/main.ts -- --size 7 --concurrency 2`.
  const { stdout, stderr, code } = await main({ VIVAMO_MOCK_PORT: String(mock.port) }, [
    "--",
    "--size",
    "7",
    "--concurrency",
    "2",
  ]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(stdout).toContain(
    `Vivamo customers at http://127.0.0.1:${mock.port} (pages of 7, 2 at a time)`,
  );
});

it("says how to start the mock when nothing answers on its port", async () => {
  const port = await freePort(); // free: nothing listens there
  const { stderr, code } = await main({ VIVAMO_MOCK_PORT: String(port) }, ["--size", "5"]);
  expect(code).toBe(1);
  expect(stderr).toMatch(/^VivamoConnectionError: /);
  expect(stderr).toContain(
    `Nothing answered at http://127.0.0.1:${port}. Start the mock first: \`npm start\``,
  );
  expect(stderr).toContain(`VIVAMO_MOCK_PORT=${port}`);
});
